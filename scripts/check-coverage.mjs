#!/usr/bin/env node
// The state layer owns every rule: it keeps a stricter coverage bar than the rest of src/.
import { readFileSync } from 'node:fs';

const STATE_MINIMUM = 95;
const lcov = readFileSync('coverage/lcov.info', 'utf8');
let found = 0;
let hit = 0;
for (const record of lcov.split('end_of_record')) {
  const file = /^SF:(.*)$/m.exec(record)?.[1] ?? '';
  if (!/(^|[\\/])src[\\/]state[\\/]/.test(file)) continue;
  found += Number(/^LF:(\d+)$/m.exec(record)?.[1] ?? 0);
  hit += Number(/^LH:(\d+)$/m.exec(record)?.[1] ?? 0);
}
const percent = found === 0 ? 0 : (100 * hit) / found;
// Silent when met: `npm test` prints one coverage figure, web-test-runner's for all of src/.
if (percent < STATE_MINIMUM) {
  console.error(`Line coverage of src/state/: ${percent.toFixed(1)} % (${hit}/${found}), under its minimum of ${STATE_MINIMUM} %`);
  process.exit(1);
}
