#!/usr/bin/env node
// <pix-student-enrolment> with 5,000 pupils in 40 classes: first render and a class filter
// change, each as a ratio to a baseline measured in the same page and run (innerHTML of a table
// of all 5,000 rows, same columns). Prints a table; writes bench/.tmp/enrolment.json; exits
// with 1 when a budget is exceeded.
import { mkdir, writeFile } from 'node:fs/promises';
import { compare, openBenchPage } from './harness.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 11);
const budgets = [
  { name: 'Pupil picker first render, 5,000 pupils in 40 classes', measure: 'bench.enrolmentFirstRender()', baseline: 'bench.baselineFirstRender()', budget: 1 },
  { name: 'Class filter change, 5,000 pupils', measure: 'bench.enrolmentFilterChange()', baseline: 'bench.baselineFilterChange()', budget: 1 },
];

const { page, errors, close } = await openBenchPage('bench/pages/enrolment.html');
const results = [];
try {
  for (const item of budgets) {
    const result = await compare(page, item.name, item.measure, item.baseline, runs);
    results.push({ ...result, budget: item.budget, ok: result.ratio <= item.budget });
  }
  // For information, no budget: the filter change against innerHTML of the filtered rows only.
  const filtered = await compare(page, 'Class filter change vs innerHTML of the ~125 filtered rows only, from a 50-row page (information, no budget)', 'bench.enrolmentFilterChange()', 'bench.baselineFilteredRows()', runs);
  results.push({ ...filtered, budget: null, ok: true });
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
await writeFile('bench/.tmp/enrolment.json', JSON.stringify(results, null, 2));
if (results.some((result) => !result.ok) || errors.length) process.exitCode = 1;
