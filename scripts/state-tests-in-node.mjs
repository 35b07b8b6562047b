#!/usr/bin/env node
// Runs the state layer's tests (test/state/*.test.ts, written for the browser runner) in plain
// Node as well, since the README promises that `src/state` runs there: esbuild bundles each
// file for Node, with Node's own test runner standing in for Mocha's `describe`/`it` and
// @open-wc/testing reduced to its Chai `expect` (the same Chai build as in the browsers), then
// `node --test` runs them. No DOM is defined: a state test that needs one fails here.
//   node scripts/state-tests-in-node.mjs              every test/state/*.test.ts
//   node scripts/state-tests-in-node.mjs test/state/catalogues.test.ts   some of them
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const stateTests = join(root, 'test/state');
const files = process.argv.slice(2).length
  ? process.argv.slice(2).map((file) => resolve(file))
  : readdirSync(stateTests)
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => join(stateTests, name));

// Mocha's globals, as esbuild `inject` replaces them: every free `describe`, `it`… in a test
// file becomes Node's own.
const MOCHA_GLOBALS = `export { describe, it, before, after, beforeEach, afterEach } from 'node:test';`;
// What the state tests take from @open-wc/testing: Chai alone (its DOM plugins need a browser).
const OPEN_WC_TESTING = `export { default as chai, expect, assert, should } from '@esm-bundle/chai/esm/chai.js';`;

const virtualModules = {
  name: 'node-test-shims',
  setup(builder) {
    builder.onResolve({ filter: /^(@open-wc\/testing|mocha-globals:node)$/ }, (args) => ({
      path: args.path,
      namespace: 'node-test-shims',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'node-test-shims' }, (args) => ({
      contents: args.path === '@open-wc/testing' ? OPEN_WC_TESTING : MOCHA_GLOBALS,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

const outdir = mkdtempSync(join(tmpdir(), 'pix-state-tests-'));
let status = 1;
try {
  await build({
    entryPoints: files,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    inject: ['mocha-globals:node'],
    plugins: [virtualModules],
    logLevel: 'warning',
  });
  const bundles = files.map((file) => join(outdir, basename(file).replace(/\.ts$/, '.mjs')));
  console.log(`State tests in Node (${bundles.length} files)`);
  const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=dot', ...bundles], {
    stdio: 'inherit',
    cwd: root,
  });
  status = result.status ?? 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
process.exit(status);
