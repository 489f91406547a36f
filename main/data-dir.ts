import { chmodSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const APP_DIR_NAME = 'OC Explorer';
const LINUX_DIR_NAME = 'oc-explorer';

/** Where OC Explorer keeps its files when nobody says otherwise: the OS's config folder. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), LINUX_DIR_NAME);
}

/** `--data-dir`, else `OCX_DATA_DIR`, else the OS config folder. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag || env.OCX_DATA_DIR || defaultDataDir(env));
}

/** Creates the data folder, readable by its owner only (it holds the vault). */
export function ensureDataDir(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dataDir, 0o700);
  return dataDir;
}
