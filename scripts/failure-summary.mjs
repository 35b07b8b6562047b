// A web-test-runner reporter that repeats every failure at the very end of the run, after the
// coverage, one line per failed test (engine, file, suite › test, the error's first line), and
// writes them to tmp/wtr-failures.json for scripts/test.mjs. A long run's failures otherwise
// scroll away above thousands of lines of progress.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

export const FAILURES_FILE = 'tmp/wtr-failures.json';

/** The engine a session ran in, as BROWSERS names it. */
export function engineOf(browserName) {
  if (/chrom/i.test(browserName)) return 'chromium';
  if (/firefox/i.test(browserName)) return 'firefox';
  return 'webkit';
}

function failedTests(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests
      .filter((test) => !test.passed && !test.skipped)
      .map((test) => ({ name: [...here, test.name].join(' › '), error: test.error })),
    ...suite.suites.flatMap((child) => failedTests(child, here)),
  ];
}

const firstLine = (error) =>
  String(error?.message ?? error ?? '')
    .split('\n')[0]
    .slice(0, 300);

/** The failed test file runs among `sessions`, each with its failed tests and its errors. */
function failuresOf(sessions) {
  return sessions
    .filter((session) => session.passed === false)
    .map((session) => ({
      engine: engineOf(session.browser.name),
      file: relative(process.cwd(), session.testFile),
      tests: failedTests(session.testResults).map((test) => ({ name: test.name, error: firstLine(test.error) })),
      errors: session.errors.map(firstLine),
    }));
}

/** One line per failed test (and per file error), with the error's first line under it. */
function linesOf(failures) {
  return failures.flatMap(({ engine, file, tests, errors }) => [
    ...tests.map((test) => `  ✗ ${engine} ${file}: ${test.name}\n      ${test.error}`),
    ...errors.map((error) => `  ✗ ${engine} ${file}: ${error}`),
  ]);
}

export function failureSummaryReporter() {
  let failures = [];
  return {
    start() {
      rmSync(FAILURES_FILE, { force: true });
    },
    // Under the progress bars as soon as a file has failed in one engine (the usual report waits
    // until the file has run in every engine): any later part of a long log names the failure.
    getTestProgress({ sessions }) {
      const sofar = linesOf(failuresOf(sessions));
      return sofar.length === 0 ? [] : ['', 'Failed so far:', ...sofar];
    },
    onTestRunFinished({ sessions }) {
      failures = failuresOf(sessions);
    },
    stop() {
      if (failures.length === 0) return;
      const lines = linesOf(failures);
      console.log(`\nFailed (${failures.length} test file run${failures.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`);
      mkdirSync(dirname(FAILURES_FILE), { recursive: true });
      writeFileSync(FAILURES_FILE, JSON.stringify(failures, null, 2));
    },
  };
}
