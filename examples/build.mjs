#!/usr/bin/env node
// Builds the framework examples with esbuild, as a host's bundler would (run by `npm run build`,
// after the library: the examples import the built package by its name), and copies the example
// sources into the snippets of examples/README.md, so the README shows the code the tests run.
//   examples/react/main.tsx → examples/react/dist/main.js   (TSX; React is CommonJS-only, so it
//                                                             needs a bundler in any case)
//   examples/vue/main.js    → examples/vue/dist/main.js     (for the browser test only: the page
//                                                             examples/vue/index.html runs main.js
//                                                             with no build step, via an import map)
//   examples/react-wrappers/main.tsx → …/dist/react19.js   (pix-certif-elements/react, React 19)
//                                    → …/dist/react18.js   (the same, React 18 from examples/react18)
//   examples/react/main.tsx → examples/react/dist/react18.js (React 18 without the wrappers: what
//                                                             breaks, for the test that shows it)
//   examples/angular/        → examples/angular/dist/browser/main.js (Angular's builder, `ng build`)
// examples/react18 and examples/angular are npm projects of their own: each is installed here
// (`npm ci --prefix …`) when its node_modules is missing or older than its package-lock.json.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** `npm ci` in an example's own npm project, unless its node_modules matches its lock file. */
function install(project) {
  const dir = join(here, project);
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(join(dir, 'package-lock.json')).mtimeMs) return;
  console.log(`examples/${project}: npm ci`);
  execFileSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel', 'error'], { stdio: 'inherit' });
}
install('react18');
install('angular');
const react18 = {
  react: join(here, 'react18/node_modules/react'),
  'react-dom': join(here, 'react18/node_modules/react-dom'),
};
const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  logLevel: 'warning',
  // dist/ keeps rollup's bare `import './schemas.js'` lines, which "sideEffects" lets bundlers
  // drop; harmless, as those modules are also imported by name and so stay in the bundle.
  logOverride: { 'ignored-bare-import': 'silent' },
  // Development builds: React and Vue then warn in the console about misuse, which the tests see.
  define: { 'process.env.NODE_ENV': '"development"' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: [join(here, 'react/main.tsx')],
    outfile: join(here, 'react/dist/main.js'),
    tsconfig: join(here, 'react/tsconfig.json'),
  }),
  build({
    ...common,
    entryPoints: [join(here, 'react/main.tsx')],
    outfile: join(here, 'react/dist/react18.js'),
    tsconfig: join(here, 'react/tsconfig.json'),
    alias: react18,
  }),
  build({
    ...common,
    entryPoints: [join(here, 'react-wrappers/main.tsx')],
    outfile: join(here, 'react-wrappers/dist/react19.js'),
    tsconfig: join(here, 'react-wrappers/tsconfig.json'),
  }),
  build({
    ...common,
    entryPoints: [join(here, 'react-wrappers/main.tsx')],
    outfile: join(here, 'react-wrappers/dist/react18.js'),
    tsconfig: join(here, 'react-wrappers/tsconfig.json'),
    alias: react18,
  }),
  build({
    ...common,
    entryPoints: [join(here, 'vue/main.js')],
    outfile: join(here, 'vue/dist/main.js'),
    // The same resolution as the import map of examples/vue/index.html: Vue's browser build with
    // the template compiler, and the library's self-contained bundle.
    alias: {
      vue: 'vue/dist/vue.esm-browser.js',
      'pix-certif-elements': join(here, '../dist/pix-certif-elements.bundle.js'),
    },
  }),
]);

// Angular's own builder (@angular/build:application, esbuild inside). Its warnings go to the
// console; an error stops the build.
execFileSync(join(here, 'angular/node_modules/.bin/ng'), ['build'], {
  cwd: join(here, 'angular'),
  stdio: 'inherit',
  env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
});

// README snippets: a fenced block between `<!-- snippet: <path> -->` and `<!-- /snippet -->`.
const readmePath = join(here, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const synced = readme.replace(/(<!-- snippet: (\S+) -->\n)[\s\S]*?(<!-- \/snippet -->)/g, (_, open, path, close) => {
  const language = path.split('.').pop();
  const source = readFileSync(join(here, path), 'utf8').trimEnd();
  return `${open}\`\`\`${language}\n${source}\n\`\`\`\n${close}`;
});
if (synced !== readme) {
  writeFileSync(readmePath, synced);
  console.log('examples/README.md: snippets updated from the example sources');
}
