import { defineConfig } from '@playwright/test';

/** The desktop app under Playwright's Electron driver: `npx playwright test -c tests/electron`. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
