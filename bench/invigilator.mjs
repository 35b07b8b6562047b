#!/usr/bin/env node
// <pix-invigilator-space> with 200 candidates: a poll in which 10 change, as a ratio to a
// baseline measured in the same page and run (innerHTML of the whole list of 200 rows). Prints a
// table; writes bench/.tmp/invigilator.json; exits with 1 when the budget is exceeded.
import { runBenchPage } from './harness.mjs';

await runBenchPage({
  page: 'bench/pages/invigilator.html',
  name: 'invigilator',
  budgets: [
    {
      name: 'Invigilator space poll, 10 of 200 candidates changed',
      measure: 'bench.invigilatorPoll()',
      baseline: 'bench.baselineListRender()',
      budget: 0.2,
    },
  ],
});
