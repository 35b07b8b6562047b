// Custom Elements Manifest: what hosts, Storybook and framework type generators read.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'pix-certif-elements: keep only named events, and no internal texts',
      // `dispatchEvent(new SomeEvent(...))` is also picked up without a name; the JSDoc
      // `@event` tags already describe every event with its name and type.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            // Each element's texts (`[MESSAGES]`, see PixElement) are internal, not a property for hosts.
            if (declaration.members) declaration.members = declaration.members.filter((member) => member.name !== '[MESSAGES]');
          }
        }
      },
    },
  ],
};
