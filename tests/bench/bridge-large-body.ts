import { Agent } from 'node:http';
import got from 'got';
import type { OcxApi } from '../../preload/bridge/api';
import { row, runIfMain } from './catalog-bench-support';
import {
  interleavedArms,
  must,
  sandboxToken,
  signInAdmin,
  startByteRelay,
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
 * Baseline: got fetching the same URL as a buffer from Node. Two rows without a target show what
 * the second hop alone takes of that budget: the same number of bytes, already in another
 * process's memory, sent in main's pieces over a WebSocket or IPC and put together here.
 */
export async function run(): Promise<BenchResult[]> {
  const sandbox = await startSandboxProcess();
  const pages = await startPageServer();
  const main = await startMainProcess();
  const relay = await startByteRelay();
  try {
    const accessToken = await sandboxToken(sandbox, 'ProductReader');
    const key = await signInAdmin(main.ipc, sandbox, ['ProductReader'], pages.url);
    const agent = new Agent({ keepAlive: true });
    const url = `${pages.url}${PATH}`;
    let sent = 0;
    const download = () =>
      got(url, {
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
        agent: { http: agent },
        responseType: 'buffer',
      });
    // Fetched once first: every arm must then deliver exactly this many bytes.
    const size = (await download()).body.byteLength;
    if (size < 9_000_000) throw new Error('The body is not 10 MB');
    const timed = (deliver: () => Promise<Uint8Array>) => async () => {
      const started = performance.now();
      const bytes = await deliver();
      const elapsed = performance.now() - started;
      if (bytes.byteLength !== size) throw new Error(`${bytes.byteLength} of ${size} bytes came`);
      return elapsed;
    };
    const viaBridge = (api: OcxApi) => async () => {
      const response = must(
        await api.requests.send({ ...key, requestId: `b2-${sent++}`, method: 'GET', path: PATH }),
      );
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
      return response.body;
    };
    const arms = {
      websocket: timed(viaBridge(await main.websocket())),
      ipc: timed(viaBridge(main.ipc)),
      got: timed(async () => (await download()).body),
      websocketHop: timed(() => relay.viaWebSocket(size)),
      ipcHop: timed(() => relay.viaIpc(size)),
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
      row(
        'B2.ws.hop',
        `the hop alone: ${megabytes} MB from another process's memory over a WebSocket vs got buffer (context, no target)`,
        { candidate: median(times.websocketHop), baseline: median(times.got) },
      ),
      row(
        'B2.ipc.hop',
        `the hop alone: ${megabytes} MB from another process's memory over IPC vs got buffer (context, no target)`,
        { candidate: median(times.ipcHop), baseline: median(times.got) },
      ),
    ];
  } finally {
    await relay.stop();
    await main.stop();
    await pages.stop();
    await sandbox.stop();
  }
}

await runIfMain(import.meta.url, run);
