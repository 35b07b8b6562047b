#!/usr/bin/env node
// The test command: finds each browser engine (installing Debian's packages when it runs as
// root on Debian, else saying what to install), builds the library, checks the built
// `pix-certif-elements/state` entry in plain Node, runs the state layer's tests (test/state) in
// Node too, then runs every browser test in each engine, with coverage measured in Chromium.
//   node scripts/test.mjs                 everything, in Chromium, Firefox and WebKit
//   BROWSERS=chromium node scripts/test.mjs   one engine (chromium, firefox, webkit; comma-separated)
//   node scripts/test.mjs --browser-only  only the browser tests (no build, no Node tests)
//   extra arguments go to web-test-runner (e.g. --files test/state/catalogues.test.ts)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { FAILURES_FILE } from './failure-summary.mjs';

const argv = process.argv.slice(2);
const browserOnly = argv.includes('--browser-only');
const wtrArgs = argv.filter((arg) => arg !== '--browser-only');

function run(command, args, runEnv = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: runEnv });
  if (result.status !== 0) finish(result.status ?? 1);
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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const env = { ...process.env };

/** Installs Debian packages when this runs as root on Debian; false otherwise. */
function aptInstall(packages) {
  if (!isRoot || !isDebian()) return false;
  console.log(`Installing Debian's ${packages.join(', ')} (apt-get)…`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: aptEnv });
  return true;
}

function missing(what, install) {
  console.error(
    `The tests need ${what}, and none was found.\n${install}\nThen run \`npm test\` again (or narrow the engines with BROWSERS=chromium).`,
  );
  process.exit(1);
}

// The engines to run: Chromium, Firefox and WebKit by default; BROWSERS narrows the run
// (e.g. BROWSERS=chromium for quick local work).
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
env.BROWSERS = engines.join(',');
const cleanups = [];

if (engines.includes('chromium')) {
  if (process.env.CHROME_PATH && !existsSync(process.env.CHROME_PATH)) {
    console.error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`);
    process.exit(1);
  }
  let chrome = findChromium();
  if (!chrome && aptInstall(['chromium'])) chrome = findChromium();
  if (!chrome) {
    missing(
      'Chromium or Google Chrome',
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: Google Chrome), or point CHROME_PATH at its executable.',
    );
  }
  console.log(`Chromium: ${chrome}`);
  env.CHROME_PATH = chrome;
}

if (engines.includes('firefox')) {
  const findFirefox = () =>
    [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((path) => existsSync(path));
  let firefox = findFirefox();
  if (!firefox && aptInstall(['firefox-esr'])) firefox = findFirefox();
  if (!firefox) missing('Firefox', 'Install it (Debian: `sudo apt-get install firefox-esr`), or point FIREFOX_PATH at its executable.');
  console.log(`Firefox: ${firefox}`);
  env.FIREFOX_PATH = firefox;
}

if (engines.includes('webkit')) {
  const browser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
  const ready = () => existsSync('/usr/bin/WebKitWebDriver') && existsSync('/usr/bin/xvfb-run') && existsSync(browser);
  if (!ready()) aptInstall(['webkit2gtk-driver', 'xvfb']);
  if (!ready())
    missing('WebKitGTK (WebKitWebDriver, MiniBrowser) and Xvfb', 'Install them (Debian: `sudo apt-get install webkit2gtk-driver xvfb`).');
  const port = process.env.WEBKIT_PORT ?? '4445';
  // A real language for the browser (under a bare environment WebKit reports "C", which no
  // Intl API accepts): the same as Chromium and Firefox here, US English.
  const driverEnv = { ...process.env, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' };
  const driver = spawn('xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: driverEnv,
  });
  cleanups.push(() => {
    try {
      process.kill(-driver.pid);
    } catch {
      // already gone
    }
  });
  // Wait until the driver answers (a fresh machine can take a while to start Xvfb).
  const deadline = Date.now() + 30_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      console.error(`WebKitWebDriver did not answer on port ${port} within 30 s (is the port taken? set WEBKIT_PORT).`);
      finish(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.log(`WebKit: WebKitWebDriver on port ${port} (MiniBrowser under Xvfb)`);
  env.WEBKIT_PORT = port;
}

/**
 * Three engines at once on two cores make a timing-sensitive test fail now and then. When a few
 * test files failed (the reporter lists them in tmp/wtr-failures.json), each runs again, alone,
 * in the engine where it failed, up to twice (a machine busy with other work can fail it once
 * more); the run passes only if they all pass then, and says loudly which were flaky. A broken
 * run (many files, or no list) fails at once.
 */
function retryFlakyFiles(status) {
  const failures = existsSync(FAILURES_FILE) ? JSON.parse(readFileSync(FAILURES_FILE, 'utf8')) : [];
  if (failures.length === 0) {
    // Nothing to run again: say why the run stopped, which the output above may not show.
    console.log(
      `\nFAILED: web-test-runner ended with ${lastRun.signal ? `signal ${lastRun.signal}` : `status ${lastRun.status}`} and no failed test was recorded (a browser that did not start, a test file that did not load, or a run stopped from outside; see the output above).\n`,
    );
    finish(status);
  }
  if (failures.length > 3) finish(status);
  for (const { engine, file } of failures) {
    const passedAlone = [1, 2].some((attempt) => {
      console.log(`\nRunning again, alone, in ${engine} (attempt ${attempt} of 2): ${file}`);
      return webTestRunner(['--files', file], { ...env, BROWSERS: engine }) === 0;
    });
    if (!passedAlone) {
      console.log(`\nFAILED: ${engine} ${file} fails alone too (the failure is printed above).\n`);
      finish(status);
    }
  }
  const flaky = failures.map(({ engine, file }) => `${engine} ${file}`).join(', ');
  console.log(`\nFLAKY: ${flaky} failed in the full run and passed alone (the failure is printed above). Fix the test.\n`);
}

function finish(code) {
  for (const cleanup of cleanups) cleanup();
  process.exit(code);
}
process.on('SIGINT', () => finish(130));

if (!browserOnly) {
  run('npm', ['run', 'build', '--silent']);
  run('npm', ['run', 'examples:build', '--silent']);
  run(process.execPath, ['--test', '--test-reporter=spec', 'test/node/']);
  run(process.execPath, ['scripts/state-tests-in-node.mjs']);
}
// Coverage is measured in Chromium (the other engines report none).
const coverage = !browserOnly && engines.includes('chromium') ? ['--coverage'] : [];
/** How the last web-test-runner run ended: its exit status, or the signal that stopped it. */
let lastRun = { status: 0, signal: null };
const webTestRunner = (args, runEnv) => {
  lastRun = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...args], { stdio: 'inherit', env: runEnv });
  return lastRun.status ?? 1;
};
const status = webTestRunner([...coverage, ...wtrArgs], env);
// A narrowed run (extra arguments) is a person's own: its failures stand.
if (status !== 0 && wtrArgs.length > 0) finish(status);
if (status !== 0) retryFlakyFiles(status);
if (!browserOnly && engines.includes('chromium')) run(process.execPath, ['scripts/check-coverage.mjs']);
finish(0);
