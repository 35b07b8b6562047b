import { nextFrame } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

/**
 * WebKit runs through WebDriver, whose launcher has no `setViewport`: asking it anyway prints a
 * server-side stack trace in the test output, which hides real failures. Its user agent says
 * AppleWebKit without Chrome.
 */
const isWebDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

/**
 * Sets the page's viewport to `width` × `height` CSS px, as a person's screen would be. Chromium
 * and Firefox set it directly; WebKit's WebDriver cannot, so its window is sized instead
 * (scripts/window-size-plugin.mjs), less the browser's own frame. MiniBrowser's toolbar keeps
 * that window at least 447 px wide: resolves false where the engine cannot show the size asked
 * for (the test then skips itself), true once the viewport has it.
 */
export async function resizeViewport(width: number, height: number): Promise<boolean> {
  if (!isWebDriver) {
    await setViewport({ width, height });
    return true;
  }
  for (let attempt = 0; attempt < 3 && (innerWidth !== width || innerHeight !== height); attempt += 1) {
    await executeServerCommand('set-window-size', { width: width + outerWidth - innerWidth, height: height + outerHeight - innerHeight });
    await nextFrame();
  }
  return innerWidth === width && innerHeight === height;
}

/** The viewport every other test file runs in: 800 × 600 where it can be set, else the window's first size. */
export async function restoreViewport(): Promise<void> {
  if (!isWebDriver) {
    await setViewport({ width: 800, height: 600 });
    return;
  }
  await executeServerCommand('set-window-size', { restore: true });
  await nextFrame();
}
