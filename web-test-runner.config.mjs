import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

// scripts/test.mjs finds Chromium and passes its path in CHROME_PATH.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// The demo host page is served with the strict policy of `npm run demo` (scripts/serve-demo.mjs).
const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a page in the background gets no animation frames, and focus tests need the foreground.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/demo/')) context.set('Content-Security-Policy', DEMO_CSP);
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    report: true,
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
