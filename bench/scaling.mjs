#!/usr/bin/env node
// Does an interaction cost the same whatever the page's size? Each one is timed on a large element
// and on a small one in the same page and run, alternately (medians); the ratio must be ≤ 1.5.
// Prints a table; writes bench/.tmp/scaling-*.json; exits with 1 when a ratio is over budget.
import { runBenchPage } from './harness.mjs';

const BUDGET = 1.5;
/** `node bench/scaling.mjs wizard` runs only the pages named. */
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.some((word) => name.includes(word));

/** One budgeted comparison: `call(large)` against `call(small)`. */
const scaling = (name, call, large, small) => ({
  name: `${name}: ${large.toLocaleString('en')} vs ${small.toLocaleString('en')}`,
  measure: `bench.${call}(${large})`,
  baseline: `bench.${call}(${small})`,
  budget: BUDGET,
});

if (wanted('scaling-wizard'))
  await runBenchPage({
    page: 'bench/pages/scaling.html',
    name: 'scaling-wizard',
    budgets: [
      scaling('Wizard, a keystroke in the session comment', 'keystroke', 1000, 10),
      scaling('Wizard, one abandonment reason chosen', 'reason', 1000, 10),
      scaling('Wizard, one end screen ticked', 'endScreen', 1000, 10),
      scaling('Wizard, incident dialog opened and closed', 'dialog', 1000, 10),
      scaling('Wizard, one issue report added', 'addIssueReport', 1000, 10),
      scaling('Wizard, a live `.reports` refresh with one change', 'refresh', 1000, 10),
    ],
    // Beyond the rows the browser keeps drawn, the dialog's cost no longer grows (see results.md).
    informational: [
      {
        name: 'Wizard, incident dialog opened and closed: 10,000 vs 1,000 (information)',
        measure: 'bench.dialog(10000)',
        baseline: 'bench.dialog(1000)',
      },
    ],
  });

if (wanted('scaling-session-list'))
  await runBenchPage({
    page: 'bench/pages/session-list.html',
    name: 'scaling-session-list',
    budgets: [
      scaling('Session list, a filter keystroke', 'listFilterKeystroke', 10000, 10),
      // Two pages of 10 rows at least, so that there is a page to change to.
      scaling('Session list, a page change', 'listPageChange', 10000, 20),
    ],
  });

if (wanted('scaling-invigilator'))
  await runBenchPage({
    page: 'bench/pages/invigilator.html',
    name: 'scaling-invigilator',
    budgets: [scaling('Invigilator space, a poll with one change', 'scalingPoll', 200, 10)],
  });
