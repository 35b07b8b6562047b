#!/usr/bin/env node
// Render and interaction timings, each as a ratio to a baseline measured in the same page and
// run (innerHTML of the same table markup). Prints a table; writes bench/.tmp/render.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { compare, openBenchPage } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 11);
const budgets = [
  { name: 'Wizard first render, 1,000 reports (500 unfinished, 200 with issue reports)', measure: 'bench.wizardFirstRender()', baseline: 'bench.baselineFirstRender()', budget: 2 },
  { name: '"Select all" end screens on 1,000 finished rows', measure: 'bench.wizardSelectAll()', baseline: 'bench.baselineSelectAll()', budget: 1 },
  { name: 'Set one abandonment reason among 500', measure: 'bench.wizardSetReason()', baseline: 'bench.baselineSetReason()', budget: 1 },
];

const { page, errors, close } = await openBenchPage('bench/pages/finalisation.html');
const results = [];
try {
  for (const item of budgets) {
    const result = await compare(page, item.name, item.measure, item.baseline, runs);
    results.push({ ...result, budget: item.budget, ok: result.ratio <= item.budget });
  }
  const validation = await compare(page, 'Validating a 1,000-report payload: zod/mini (ours) vs full zod', 'bench.validateMini()', 'bench.validateFull()', runs);
  results.push({ ...validation, budget: null, ok: true });
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
await writeFile('bench/.tmp/render.json', JSON.stringify(results, null, 2));
if (results.some((result) => !result.ok) || errors.length) process.exitCode = 1;
