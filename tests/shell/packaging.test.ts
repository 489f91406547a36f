import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// Both ship with electron-builder; neither has type declarations.
const require = createRequire(import.meta.url);
const { load } = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
// The fuse wire electron-builder flips, from the library that flips it: RunAsNode -> runAsNode.
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, unknown> };
const FUSES = Object.keys(FuseV1Options)
  .filter((name) => Number.isNaN(Number(name)))
  .map((name) => name.charAt(0).toLowerCase() + name.slice(1));

type Config = Record<string, Record<string, unknown>>;
const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", async () => {
    await validateConfiguration(config, { isEnabled: false, add() {} });
  });

  it('names the app and writes to release/', () => {
    expect(config).toMatchObject({
      appId: 'io.ocexplorer.app',
      productName: 'OC Explorer',
      asar: true,
      directories: { output: 'release' },
    });
  });

  it('hardens every Electron fuse', () => {
    expect(config.electronFuses).toStrictEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('leaves no fuse of this Electron at its default', () => {
    expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual([...FUSES].sort());
  });

  it.each(['linux', 'mac', 'win'])('takes the %s icon from assets/icons', (platform) => {
    const icon = String(config[platform]?.icon);
    expect(icon).toMatch(/^assets\/icons\b/);
    expect(existsSync(path.join(root, icon))).toBe(true);
  });

  it('builds AppImage and deb, a hardened dmg and an NSIS installer', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Development' });
    expect(config.mac).toMatchObject({
      target: 'dmg',
      hardenedRuntime: true,
      category: 'public.app-category.developer-tools',
    });
    expect(config.win).toMatchObject({ target: 'nsis' });
  });

  it('ships the build, not the sources or tests', () => {
    const files = config.files as unknown as string[];
    expect(files).toContain('package.json');
    for (const folder of ['main', 'preload', 'renderer', 'tests', 'scripts']) {
      expect(files.some((pattern) => pattern.startsWith(`${folder}/`))).toBe(false);
    }
  });
});

describe('the icons', () => {
  const icons = path.join(root, 'assets', 'icons');

  it('include an icns whose declared length is its size', () => {
    const icns = readFileSync(path.join(icons, 'icon.icns'));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('include an ico with a 256 px image', () => {
    const ico = readFileSync(path.join(icons, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i]);
    expect(widths).toContain(0); // 0 stands for 256
  });

  it.each([16, 32, 48, 128, 256, 512, 1024])('include a %i px PNG', (size) => {
    const png = readFileSync(path.join(icons, `${size}x${size}.png`));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
