import { defineConfig } from '@playwright/test';
import { whyElectronCannotRun } from './support';

// Reporters do not print skip reasons, so the runner says it once (workers load this file too).
const cannotRun = whyElectronCannotRun();
if (cannotRun && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`\nThe Electron tests will be skipped. ${cannotRun}\n`);
}

/** The desktop app under Playwright's Electron driver: `npx playwright test -c tests/electron`. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
