import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium where it is installed (our machines), else the one Playwright downloaded. */
export function findChromium(): string {
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: `sudo apt-get install -y chromium` on Debian/Ubuntu, ' +
      'or `npx playwright install chromium` where the download is reachable.',
  );
}
