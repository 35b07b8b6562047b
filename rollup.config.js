import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync, rmSync } from 'node:fs';
import minifyTemplates from './scripts/minify-templates.mjs';
import shortMessageKeys from './scripts/short-message-keys.mjs';
import smallDecorate from './scripts/small-decorate.mjs';

// Zod's own sources carry annotations rollup cannot place and circular imports: harmless.
function onwarn(warning, warn) {
  const fromDependency = (warning.id ?? warning.ids?.join(' ') ?? warning.message).includes('node_modules');
  if ((warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') && fromDependency) return;
  warn(warning);
}

// A clean dist/ each build: no file of an earlier build (an old map, a removed module) is shipped.
rmSync('dist', { recursive: true, force: true });

const defineEntries = readdirSync('src/define')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/define/${file}`);

// Fewer inlined functions and no statements joined into comma sequences: a little longer, but
// gzip finds more repeats (about 0.1 kB less min+gzip). bench/size.mjs minifies with the same.
const TERSER_OPTIONS = { ecma: 2020, module: true, compress: { inline: 1, sequences: false }, format: { comments: false } };

// The maps carry their sources (`inlineSources`): src/ is not shipped. No declaration maps, as
// they could only point at src/.
const TYPESCRIPT_OPTIONS = { tsconfig: './tsconfig.json', outDir: 'dist', inlineSources: true, declarationMap: false };

// `pix-certif-elements/bundle` is typed by the declarations of src/bundle.ts (dist/bundle.d.ts).
const bundleTypes = {
  name: 'bundle-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'pix-certif-elements.bundle.d.ts', source: "export * from './bundle.js';\n" });
  },
};

// `react` (an optional peer, for pix-certif-elements/react) and `@lit/react` stay the host's.
const external = (id) => /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|zod|tslib|react)(\/|$)/.test(id);

export default [
  {
    // The npm package: one file per module, declarations beside them.
    input: ['src/index.ts', 'src/state/index.ts', 'src/react.ts', ...defineEntries],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external,
    plugins: [
      typescript({ ...TYPESCRIPT_OPTIONS, declaration: true, declarationDir: 'dist' }),
      minifyTemplates(),
      // Only the elements' own texts: the state layer's keys are public.
      shortMessageKeys({ renamed: /\/src\/(components|internal)\/.*\.ts$/ }),
    ],
    onwarn,
  },
  {
    // One self-contained module for a plain <script type="module">.
    input: 'src/bundle.ts',
    output: { file: 'dist/pix-certif-elements.bundle.js', format: 'es', sourcemap: true },
    plugins: [
      smallDecorate(),
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ ...TYPESCRIPT_OPTIONS, declaration: false }),
      minifyTemplates(),
      shortMessageKeys(),
      terser(TERSER_OPTIONS),
      bundleTypes,
    ],
    onwarn,
  },
];
