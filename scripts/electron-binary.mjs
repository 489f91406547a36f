// Finds the Electron binary that npm's postinstall should have downloaded, and tries the
// download once more when it is missing. Shared by `npm start` and `npm run dist`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const electronDir = path.join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The executable named by node_modules/electron/path.txt, when it is really there. */
export function installedElectron() {
  try {
    const relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
    const binary = path.join(electronDir, 'dist', relative);
    return relative && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** Runs Electron's own installer; returns the binary, or why it could not be had. */
export async function downloadElectron() {
  if (!existsSync(path.join(electronDir, 'install.js'))) {
    return { cause: 'the electron package is not installed (run npm install)' };
  }
  console.log('Electron binary not found; trying to download it (up to 60 s)...');
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  const binary = installedElectron();
  if (run.status === 0 && binary) return { binary };
  if (run.error?.code === 'ETIMEDOUT') return { cause: 'the download did not finish in 60 s' };
  const line = firstErrorLine(`${run.stderr ?? ''}\n${run.stdout ?? ''}`);
  return { cause: /fetch failed/i.test(line) ? await networkCause(line) : line };
}

/** The installer only says "fetch failed"; asking once more ourselves names the real error. */
async function networkCause(fallback) {
  const host = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/';
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return fallback;
  } catch (error) {
    return `${fallback} (${error.cause?.message ?? error.message})`;
  }
}

/** The installer prints a whole stack; a person needs the line that names the failure. */
function firstErrorLine(output) {
  const lines = output.split('\n').map((line) => line.trim());
  const meaningful = lines.filter((line) => line && !line.startsWith('at '));
  return (
    meaningful.find((line) => /error|failed|ENOTFOUND|ECONN|EAI_AGAIN|\b[45]\d\d\b/i.test(line)) ??
    meaningful[0] ??
    'the installer failed without saying why'
  );
}

/** Explains, without a stack trace, why the desktop app cannot run here and what can. */
export function reportMissingElectron(cause, { whatFor, instead }) {
  const { version } = createRequire(import.meta.url)(path.join(electronDir, 'package.json'));
  console.error(
    [
      '',
      `${whatFor} needs the Electron ${version} binary, which is not installed and could not be downloaded.`,
      `  Cause: ${cause}`,
      '  It comes from github.com/electron/electron/releases. With a mirror, set ELECTRON_MIRROR;',
      '  behind a proxy, set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY. Then run:',
      '    node node_modules/electron/install.js',
      '',
      instead,
      '',
    ].join('\n'),
  );
}
