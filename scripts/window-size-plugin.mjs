// A web-test-runner command that sizes the window of a WebDriver browser (WebKit here), whose
// launcher has no `setViewport`: `executeServerCommand('set-window-size', { width, height })`.
// test/helpers/viewport.ts turns it into a viewport size. The window's first size is kept, and
// `{ restore: true }` gives it back.
export function windowSizePlugin() {
  const firstSizes = new Map();
  return {
    name: 'window-size',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-window-size') return undefined;
      const { driver } = session.browser;
      if (session.browser.type !== 'webdriver' || !driver)
        throw new Error(`set-window-size is for WebDriver browsers, not ${session.browser.type}`);
      if (!firstSizes.has(driver)) firstSizes.set(driver, await driver.getWindowSize());
      const size = payload?.restore ? firstSizes.get(driver) : payload;
      await driver.setWindowSize(Math.round(size.width), Math.round(size.height));
      return true;
    },
  };
}
