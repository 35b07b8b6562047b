#!/usr/bin/env node
// Host apps: bench/hosts/app.js imports `pix-certif-elements` by its name (package.json's
// exports lead to dist/) and uses all six elements; it is built, minified, with esbuild, Vite
// (rollup) and webpack as a host team would, and each output's JavaScript is weighed min+gzip
// (gzip level 9, as bench/size.mjs). Run `npm run build` first (npm run bench does). Fails when
// an app ships more than its budget. Writes bench/.tmp/hosts.json for bench/report.mjs.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import webpack from 'webpack';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const HOST_APP_BUDGET = 50 * 1024;

const APP = resolve('bench/hosts/app.js');
const OUT = resolve('bench/.tmp/hosts');

if (!existsSync('dist/index.js')) {
  console.error('Build first: npm run build');
  process.exit(1);
}

/** The JavaScript files a bundler wrote, every folder down. */
function javascriptFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const builders = {
  esbuild: async (outdir) => {
    await esbuild({ entryPoints: [APP], outdir, bundle: true, minify: true, format: 'esm', platform: 'browser', logLevel: 'error' });
  },
  'Vite (rollup)': async (outDir) => {
    await vite({
      configFile: false,
      root: resolve('bench/hosts'),
      logLevel: 'error',
      mode: 'production',
      build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, rollupOptions: { input: APP } },
    });
  },
  webpack: (path) =>
    new Promise((done, fail) => {
      const config = { mode: 'production', context: resolve('.'), entry: APP, output: { path, filename: 'app.js' }, devtool: false };
      webpack(config, (error, stats) => {
        if (error) fail(error);
        else if (stats.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      });
    }),
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];
await rm(OUT, { recursive: true, force: true });
for (const [name, buildWith] of Object.entries(builders)) {
  const outdir = join(OUT, name.split(' ')[0].toLowerCase());
  await mkdir(outdir, { recursive: true });
  const started = performance.now();
  await buildWith(outdir);
  const files = javascriptFiles(outdir).map((file) => readFileSync(file));
  rows.push({
    name: `host app built with ${name}`,
    min: files.reduce((sum, code) => sum + code.length, 0),
    gzip: files.reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0),
    budget: HOST_APP_BUDGET,
    seconds: (performance.now() - started) / 1000,
  });
}

for (const row of rows) {
  const over = row.gzip > row.budget;
  console.log(
    `${over ? 'OVER' : 'ok  '} ${row.name}: ${kb(row.min)} min, ${kb(row.gzip)} min+gzip (budget ${kb(row.budget)}; built in ${row.seconds.toFixed(1)} s)`,
  );
}
await writeFile('bench/.tmp/hosts.json', JSON.stringify(rows, null, 2));

// `--ceiling <kB>` (as bench/size.mjs): fail only when an app grows past this size, while the
// budget is not met yet (bench/results.md shows it); without it, exceeding the budget fails.
const ceilingAt = process.argv.indexOf('--ceiling');
const limit = ceilingAt === -1 ? HOST_APP_BUDGET : Number(process.argv[ceilingAt + 1]) * 1024;
if (!(limit > 0)) throw new Error('--ceiling needs a size in kB, e.g. --ceiling 58');
if (ceilingAt !== -1) console.log(`Ceiling ${kb(limit)} (budget ${kb(HOST_APP_BUDGET)})`);
if (rows.some((row) => row.gzip > limit)) process.exitCode = 1;
