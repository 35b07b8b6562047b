#!/usr/bin/env node
// `npm run bench`: every benchmark, then bench/results.md; fails when any budget is exceeded.
import { spawnSync } from 'node:child_process';

let failed = false;
for (const script of [
  'bench/size.mjs',
  'bench/hosts.mjs',
  'bench/render.mjs',
  'bench/enrolment.mjs',
  'bench/session-list.mjs',
  'bench/invigilator.mjs',
  'bench/scaling.mjs',
  'bench/memory.mjs',
]) {
  const result = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
spawnSync(process.execPath, ['bench/report.mjs'], { stdio: 'inherit' });
if (failed) {
  console.error('\nA budget is exceeded: see bench/results.md.');
  process.exit(1);
}
