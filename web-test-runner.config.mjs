import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import puppeteer from 'puppeteer-core';
import { defaultReporter } from '@web/test-runner';
import { failureSummaryReporter } from './scripts/failure-summary.mjs';
import { windowSizePlugin } from './scripts/window-size-plugin.mjs';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

// The engines to run: Chromium, Firefox and WebKit by default; BROWSERS=chromium (or
// "firefox", "webkit", or a comma-separated list) narrows the run. scripts/test.mjs finds or
// installs each engine, starts WebKit's WebDriver under Xvfb, and passes the paths in
// CHROME_PATH / FIREFOX_PATH / WEBKIT_PORT.
const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);

const chromiumArgs = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * WebDriver sends a typed text as one action that presses every key before releasing any, so
 * WebKit drops a key pressed again while still down (the second "r" of "Erreur", the second
 * space): send one key at a time instead. "Shift+Tab" presses the keys together.
 */
function typingKeyByKey(launcher) {
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, key.length > 1 && key.includes('+') ? key.split('+') : [key]);
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: { 'ui.prefersReducedMotion': 1 },
      },
    }),
  webkit: () =>
    typingKeyByKey(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_PORT ?? 4445),
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
    ),
};

const unknown = engines.filter((name) => !(name in launchers));
if (unknown.length > 0) throw new Error(`Unknown engine(s) in BROWSERS: ${unknown.join(', ')} (use chromium, firefox, webkit)`);

// The demo host page is served with the strict policy of `npm run demo` (scripts/serve-demo.mjs).
const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * The tests load Lit's development build (the `development` export condition) for its extra
 * checks, whose warnings are shown; only its one notice that it is in development mode, which
 * every test file would print, is left out.
 */
const isLitDevModeNotice = (args) => typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.');

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  filterBrowserLogs: ({ type, args }) => !(type === 'warn' && isLitDevModeNotice(args)),
  // One page at a time per engine: a page in the background gets no animation frames, and
  // focus tests need the foreground.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 15 * 60 * 1000,
  browserStartTimeout: 120000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    // WebKit's WebDriver has no setViewport: test/helpers/viewport.ts sizes its window instead.
    windowSizePlugin(),
    // Screenshots of the stories' key states, compared with the references in
    // test/visual/references/Chrome/baseline (Chromium only). `npm run test:visual:update`
    // writes new references; a failed comparison leaves the screenshot and its diff in
    // test/visual/references/Chrome/failed (not committed).
    visualRegressionPlugin({
      update: process.env.UPDATE_VISUAL_REFERENCES === '1',
      baseDir: 'test/visual/references',
      failureThreshold: 0.2,
      failureThresholdType: 'percent',
      diffOptions: { threshold: 0.2 },
    }),
  ],
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/demo/')) context.set('Content-Security-Policy', DEMO_CSP);
    },
  ],
  browsers: engines.map((name) => launchers[name]()),
  // The usual progress and logs, then every failure again at the very end (and in tmp/wtr-failures.json).
  reporters: [defaultReporter(), failureSummaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage',
    // lcov for the HTML report and scripts/check-coverage.mjs; web-test-runner prints the one
    // summary figure itself.
    reporters: ['lcov'],
  },
};
