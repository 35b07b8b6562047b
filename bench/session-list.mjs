#!/usr/bin/env node
// <pix-session-list> with 10,000 sessions: first render and a status filter change, each as a
// ratio to a baseline measured in the same page and run (innerHTML of a table of all 10,000
// rows, same ten columns). Prints a table; writes bench/.tmp/session-list.json; exits with 1 when
// a budget is exceeded.
import { runBenchPage } from './harness.mjs';

const budgets = [
  {
    name: 'Session list first render, 10,000 sessions',
    measure: 'bench.listFirstRender()',
    baseline: 'bench.baselineFirstRender()',
    budget: 1,
  },
  {
    name: 'Status filter change, 10,000 sessions',
    measure: 'bench.listStatusChange()',
    baseline: 'bench.baselineStatusChange()',
    budget: 1,
  },
];

await runBenchPage({ page: 'bench/pages/session-list.html', name: 'session-list', budgets });
