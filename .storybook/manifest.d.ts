// Written by `npm run manifest` (run before Storybook starts or builds).
declare module '*custom-elements.json' {
  const manifest: object;
  export default manifest;
}
