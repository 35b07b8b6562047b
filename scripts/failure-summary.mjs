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

export function failureSummaryReporter() {
  let failures = [];
  return {
    start() {
      rmSync(FAILURES_FILE, { force: true });
    },
    onTestRunFinished({ sessions }) {
      failures = sessions
        .filter((session) => session.passed === false)
        .map((session) => ({
          engine: engineOf(session.browser.name),
          file: relative(process.cwd(), session.testFile),
          tests: failedTests(session.testResults).map((test) => ({ name: test.name, error: firstLine(test.error) })),
          errors: session.errors.map(firstLine),
        }));
    },
    stop() {
      if (failures.length === 0) return;
      const lines = failures.flatMap(({ engine, file, tests, errors }) => [
        ...tests.map((test) => `  ✗ ${engine} ${file}: ${test.name}\n      ${test.error}`),
        ...errors.map((error) => `  ✗ ${engine} ${file}: ${error}`),
      ]);
      console.log(`\nFailed (${failures.length} test file run${failures.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n`);
      mkdirSync(dirname(FAILURES_FILE), { recursive: true });
      writeFileSync(FAILURES_FILE, JSON.stringify(failures, null, 2));
    },
  };
}
