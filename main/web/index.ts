import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppCore } from '../app/core';
import { writeClipboardWithSystemTool } from '../platform/clipboard';
import { startWebServer } from './server';

const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/**
 * `ocx web`: the same main code under plain Node, serving the renderer and the contract to a
 * browser. Prints one JSON line when ready so scripts (and the end-to-end tests) can drive it.
 */
export async function runBrowserMode(args: string[], defaultDataDir: string): Promise<number> {
  let values: { port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(
      `${(error as Error).message}\nUsage: ocx web [--port N] [--data-dir DIR]\n`,
    );
    return 2;
  }
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}".\n`);
    return 2;
  }
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    process.stderr.write(
      'The renderer is not built yet. Run `npm run build` first (npm run start:web does it).\n',
    );
    return 1;
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });

  const server = await startWebServer({
    port,
    token: randomBytes(32).toString('hex'),
    staticDir: RENDERER_DIR,
  });
  const core = createAppCore({
    runtime: 'browser',
    dataDir,
    emit: (event, payload) => server.broadcast(event, payload),
    writeClipboard: writeClipboardWithSystemTool,
    onInternalError: (channel, error) => process.stderr.write(`[${channel}] ${String(error)}\n`),
  });
  server.attach(core.dispatch);
  await core.ready.catch((error: unknown) =>
    process.stderr.write(`Could not restore sessions: ${String(error)}\n`),
  );
  process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port, dataDir })}\n`);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await core.dispose();
  return 0;
}
