#!/usr/bin/env node
// The test command: finds a Chromium (installing Debian's when it can), builds the library,
// checks the built `pix-certif-elements/state` entry in plain Node, then runs every browser
// test in headless Chromium with coverage.
//   node scripts/test.mjs                 everything
//   node scripts/test.mjs --browser-only  only the browser tests (no build, no Node check)
//   extra arguments go to web-test-runner (e.g. --files test/state/catalogues.test.ts)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const browserOnly = argv.includes('--browser-only');
const wtrArgs = argv.filter((arg) => arg !== '--browser-only');

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  return candidates.find((path) => existsSync(path));
}

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

let chrome = findChromium();
if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
  console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`);
  process.exit(1);
}
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebian()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    chrome = findChromium();
  }
  if (!chrome) {
    console.error(
      [
        'The tests need Chromium or Google Chrome, and none was found.',
        'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: Google Chrome),',
        'or point CHROME_PATH at its executable, then run `npm test` again.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
console.log(`Browser tests use ${chrome}`);
const env = { ...process.env, CHROME_PATH: chrome };

if (!browserOnly) {
  run('npm', ['run', 'build', '--silent']);
  run('npm', ['run', 'examples:build', '--silent']);
  run(process.execPath, ['--test', 'test/node/']);
}
run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...(browserOnly ? [] : ['--coverage']), ...wtrArgs], env);
if (!browserOnly) run(process.execPath, ['scripts/check-coverage.mjs']);
