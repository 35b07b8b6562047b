// The package's type entry re-exports './browser/commands.mjs', which TypeScript does not map
// to the file's commands.d.ts: its one browser function, as that file declares it.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
