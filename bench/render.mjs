#!/usr/bin/env node
// Render and interaction timings, each as a ratio to a baseline measured in the same page and
// run (innerHTML of the same table markup). Prints a table; writes bench/.tmp/render.json.
import { runBenchPage } from './harness.mjs';

const budgets = [
  {
    name: 'Wizard first render, 1,000 reports (500 unfinished, 200 with issue reports)',
    measure: 'bench.wizardFirstRender()',
    baseline: 'bench.baselineFirstRender()',
    budget: 1.5,
  },
  {
    name: 'Wizard first render, 1,000 reports, vs its own rendered markup set in a plain shadow root with the same styles',
    measure: 'bench.wizardFirstRender()',
    baseline: 'bench.baselineOwnMarkup()',
    budget: 1.5,
  },
  {
    name: '"Select all" end screens on 1,000 finished rows',
    measure: 'bench.wizardSelectAll()',
    baseline: 'bench.baselineSelectAll()',
    budget: 1,
  },
  { name: 'Set one abandonment reason among 500', measure: 'bench.wizardSetReason()', baseline: 'bench.baselineSetReason()', budget: 1 },
];

await runBenchPage({
  page: 'bench/pages/finalisation.html',
  name: 'render',
  budgets,
  informational: [
    {
      name: 'Validating a 1,000-report payload: zod/mini (ours) vs full zod',
      measure: 'bench.validateMini()',
      baseline: 'bench.validateFull()',
    },
  ],
});
