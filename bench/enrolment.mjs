#!/usr/bin/env node
// <pix-student-enrolment> with 5,000 pupils in 40 classes: first render and a class filter
// change, each as a ratio to a baseline measured in the same page and run (innerHTML of a table
// of all 5,000 rows, same columns). Prints a table; writes bench/.tmp/enrolment.json; exits
// with 1 when a budget is exceeded.
import { runBenchPage } from './harness.mjs';

const budgets = [
  {
    name: 'Pupil picker first render, 5,000 pupils in 40 classes',
    measure: 'bench.enrolmentFirstRender()',
    baseline: 'bench.baselineFirstRender()',
    budget: 1,
  },
  {
    name: 'Class filter change, 5,000 pupils',
    measure: 'bench.enrolmentFilterChange()',
    baseline: 'bench.baselineFilterChange()',
    budget: 1,
  },
];

await runBenchPage({
  page: 'bench/pages/enrolment.html',
  name: 'enrolment',
  budgets,
  informational: [
    {
      name: 'Class filter change vs innerHTML of the ~125 filtered rows only, from a 50-row page (information, no budget)',
      measure: 'bench.enrolmentFilterChange()',
      baseline: 'bench.baselineFilteredRows()',
    },
  ],
});
