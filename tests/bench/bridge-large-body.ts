import { Agent } from 'node:http';
import got from 'got';
import type { OcxApi } from '../../preload/bridge/api';
import { row, runIfMain } from './catalog-bench-support';
import {
  interleavedArms,
  must,
  sandboxToken,
  signInAdmin,
  startMainProcess,
  startPageServer,
  startSandboxProcess,
} from './support/bridge-rig';
import { PAGE_SERVER_PATHS } from './support/page-server-paths';
import { median, type BenchResult } from './support/result';

export const ids = ['B2'];

const WARMUP_ROUNDS = 2;
const ROUNDS = 7;
const PATH = PAGE_SERVER_PATHS.specs;

/**
 * B2: a 10 MB response body made available to the renderer as bytes, through the bridge client,
 * transport, dispatch and executor, from a fixture API process (a page of 100 specs with large
 * xp; sign-in at a sandbox process); over browser mode's WebSocket and over the IPC stand-in.
 * Baseline: got fetching the same URL as a buffer from Node.
 */
export async function run(): Promise<BenchResult[]> {
  const sandbox = await startSandboxProcess();
  const pages = await startPageServer();
  const main = await startMainProcess();
  try {
    const accessToken = await sandboxToken(sandbox, 'ProductReader');
    const key = await signInAdmin(main.ipc, sandbox, ['ProductReader'], pages.url);
    const agent = new Agent({ keepAlive: true });
    const url = `${pages.url}${PATH}`;
    let sent = 0;
    let size = 0;
    const viaBridge = (api: OcxApi) => async () => {
      const started = performance.now();
      const response = must(
        await api.requests.send({
          ...key,
          requestId: `b2-${sent++}`,
          method: 'GET',
          path: PATH,
        }),
      );
      const elapsed = performance.now() - started;
      if (response.status !== 200 || !(response.body instanceof Uint8Array))
        throw new Error(`HTTP ${response.status}`);
      size = response.body.byteLength;
      return elapsed;
    };
    const baseline = async () => {
      const started = performance.now();
      const response = await got(url, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        agent: { http: agent },
        responseType: 'buffer',
      });
      const elapsed = performance.now() - started;
      if (response.body.byteLength < 9_000_000) throw new Error('The body is not 10 MB');
      return elapsed;
    };
    const arms = {
      websocket: viaBridge(await main.websocket()),
      ipc: viaBridge(main.ipc),
      got: baseline,
    };
    await interleavedArms(WARMUP_ROUNDS, arms);
    const times = await interleavedArms(ROUNDS, arms);
    agent.destroy();

    const megabytes = (size / 1e6).toFixed(1);
    return [
      row(
        'B2.ws',
        `${megabytes} MB body as bytes via bridge (WebSocket) vs got buffer`,
        { candidate: median(times.websocket), baseline: median(times.got) },
        1.3,
      ),
      row(
        'B2.ipc',
        `${megabytes} MB body as bytes via bridge (IPC stand-in) vs got buffer`,
        { candidate: median(times.ipc), baseline: median(times.got) },
        1.3,
      ),
    ];
  } finally {
    await main.stop();
    await pages.stop();
    await sandbox.stop();
  }
}

await runIfMain(import.meta.url, run);
