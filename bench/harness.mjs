// Shared by the benchmark scripts: serves the repository (TypeScript compiled on the fly, lit and
// zod resolved with their production builds) and opens a page in headless Chromium.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromePath } from '../scripts/chromium.mjs';

export { chromePath };

export async function openBenchPage(path, { args = [] } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      port: 0,
      nodeResolve: { exportConditions: ['production'] },
      plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server?.address();
  const port = typeof address === 'object' && address ? address.port : server.config.port;
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`http://localhost:${port}/${path}`, { waitUntil: 'load' });
  await page.waitForFunction('window.benchReady === true', { timeout: 30000 });
  return {
    page,
    errors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `measure` and `baseline` alternately `runs` times (after a warm-up) and compares medians. */
export async function compare(page, name, measure, baseline, runs = 11) {
  await page.evaluate(measure);
  await page.evaluate(baseline);
  const ours = [];
  const theirs = [];
  for (let run = 0; run < runs; run += 1) {
    ours.push(await page.evaluate(measure));
    theirs.push(await page.evaluate(baseline));
  }
  const result = { name, runs, median: median(ours), baseline: median(theirs) };
  result.ratio = result.median / result.baseline;
  return result;
}

/**
 * Runs each budgeted comparison (and the informational ones) on a bench page, prints one line
 * each, writes `bench/.tmp/<name>.json`, and sets exit code 1 when a budget is exceeded or the
 * page logged an error.
 */
export async function runBenchPage({ page: path, name, budgets, informational = [], runs = Number(process.env.BENCH_RUNS ?? 11) }) {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { page, errors, close } = await openBenchPage(path);
  const results = [];
  try {
    for (const item of budgets) {
      const result = await compare(page, item.name, item.measure, item.baseline, runs);
      results.push({ ...result, budget: item.budget, ok: result.ratio <= item.budget });
    }
    for (const item of informational) {
      const result = await compare(page, item.name, item.measure, item.baseline, runs);
      results.push({ ...result, budget: null, ok: true });
    }
  } finally {
    await close();
  }
  if (errors.length) console.error(errors.join('\n'));
  for (const result of results) {
    console.log(
      `${result.ok ? 'ok  ' : 'OVER'} ${result.name}: ${result.median.toFixed(1)} ms vs baseline ${result.baseline.toFixed(1)} ms → ×${result.ratio.toFixed(2)}${result.budget === null ? '' : ` (budget ×${result.budget})`}`,
    );
  }
  await mkdir('bench/.tmp', { recursive: true });
  await writeFile(`bench/.tmp/${name}.json`, JSON.stringify(results, null, 2));
  if (results.some((result) => !result.ok) || errors.length) process.exitCode = 1;
  return results;
}
