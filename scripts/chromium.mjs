import { existsSync } from 'node:fs';

/**
 * How the project's tools start headless Chromium (tests, benches, the stories check): one list
 * of flags and one search for the browser, so a flag a machine needs is added once.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium to start: CHROME_PATH, else Debian's, else Google Chrome's. */
export function chromePath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  const found = candidates.filter(Boolean).find((path) => existsSync(path));
  if (!found) throw new Error("No Chromium found: set CHROME_PATH or install Debian's chromium");
  return found;
}
