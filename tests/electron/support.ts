import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  test as base,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import type { KeyringStatus } from '../../preload/contract/desktop';
import type { Result } from '../../preload/contract/result';
import type { ProfileDraft, SessionSummary } from '../../preload/contract/sessions';
import type { Profile } from '../../preload/contract/profiles';
import { installedElectron, root } from '../../scripts/electron-binary.mjs';

/** Why the desktop app cannot be driven here, or undefined when it can. */
export function whyElectronCannotRun(): string | undefined {
  if (!installedElectron()) {
    return 'The Electron binary is not installed (node_modules/electron/dist): npm downloads it from github.com, which is out of reach here. Run `node node_modules/electron/install.js` where it is not.';
  }
  if (!existsSync(path.join(root, 'dist', 'main', 'main.mjs'))) {
    return 'The app is not built; run `npm run build` first.';
  }
  return undefined;
}

export interface Desktop {
  app: ElectronApplication;
  page: Page;
  userData: string;
}

/** A user-data directory of its own: no profiles, secrets or single-instance lock from elsewhere. */
export function freshUserData(): string {
  return mkdtempSync(path.join(tmpdir(), 'ocx-electron-'));
}

/** Starts the built app on `userData` and waits for its page to be ready. */
export async function launchDesktop(userData: string): Promise<Desktop> {
  const app = await electron.launch({
    executablePath: installedElectron(),
    args: ['.', `--user-data-dir=${userData}`],
    cwd: root,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, userData };
}

/**
 * A test with the app launched on a fresh user-data folder, closed and the folder removed after;
 * skipped, with the reason, where Electron cannot run.
 */
export const test = base.extend<{ desktop: Desktop }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  desktop: async ({}, use, testInfo) => {
    const cannotRun = whyElectronCannotRun();
    testInfo.skip(cannotRun !== undefined, cannotRun);
    const desktop = await launchDesktop(freshUserData());
    await use(desktop);
    await desktop.app.close();
    rmSync(desktop.userData, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** The bridge calls these tests make directly: input and value, typed from the contract. */
interface BridgeCalls {
  'desktop.keyring': [undefined, KeyringStatus];
  'profiles.create': [ProfileDraft, Profile];
  'sessions.list': [undefined, SessionSummary[]];
}

/** Calls window.ocx.<namespace>.<member>(input) in the page and unwraps its result. */
export async function viaBridge<K extends keyof BridgeCalls>(
  page: Page,
  name: K,
  input?: BridgeCalls[K][0],
): Promise<BridgeCalls[K][1]> {
  const result = await page.evaluate(
    ([channel, arg]) => {
      type Namespace = Record<string, (arg: unknown) => Promise<Result<unknown>>>;
      const ocx = (globalThis as unknown as { ocx: Record<string, Namespace> }).ocx;
      const dot = channel.indexOf('.');
      const call = ocx[channel.slice(0, dot)]?.[channel.slice(dot + 1)];
      if (!call) throw new Error(`window.ocx has no ${channel}`);
      return call(arg);
    },
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as BridgeCalls[K][1];
}
