import { test as base } from '@playwright/test';
import { startBrowserMode, type BrowserMode } from './browser-mode';

/** Each test gets its own browser-mode server and a fresh data directory, and opens the app. */
export const test = base.extend<{ app: BrowserMode }>({
  app: [
    async ({ page }, use) => {
      const app = await startBrowserMode();
      await page.goto(app.url);
      await use(app);
      await app.stop();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
