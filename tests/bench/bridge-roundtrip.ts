import { Agent } from 'node:http';
import got from 'got';
import type { OcxApi } from '../../preload/bridge/api';
import { row, runIfMain } from './catalog-bench-support';
import {
  interleavedArms,
  must,
  sandboxToken,
  signInAdmin,
  signInLocalSandbox,
  startMainProcess,
  startSandboxProcess,
} from './support/bridge-rig';
import { median, percentile, type BenchResult } from './support/result';

export const ids = ['B1'];

const ROUNDS = 6;
const REQUESTS_PER_ROUND = 500;
const WARMUP_REQUESTS = 300;
const PATH = '/v1/me';
const BLOCK = 25;
const ARMS = ['websocket', 'ipc', 'got', 'websocketHop', 'ipcHop'] as const;
type Arm = (typeof ARMS)[number];

/** Latencies of `count` requests one after another, in milliseconds. */
async function latencies(count: number, send: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await send();
    samples.push(performance.now() - started);
  }
  return samples;
}

/**
 * B1: a small request (GET /v1/me) from the renderer's bridge client through the transport,
 * main's dispatch and executor, to a sandbox process and back; over browser mode's WebSocket
 * and over the IPC stand-in. Baseline: a bare got GET of the same URL from Node, keep-alive.
 * Two rows without a target show what the hop alone takes of that budget: `app.info()`, which
 * crosses the same transport and dispatch but sends no request.
 */
export async function run(): Promise<BenchResult[]> {
  const external = process.env.B1_EXTERNAL ? await startSandboxProcess() : undefined;
  const main = await startMainProcess();
  try {
    const { key, sandbox } = external
      ? { key: await signInAdmin(main.ipc, external, ['MeAdmin']), sandbox: external }
      : await signInLocalSandbox(main.ipc);
    const accessToken = await sandboxToken(sandbox, 'MeAdmin');
    const agent = new Agent({ keepAlive: true });
    const url = `${sandbox.url}${PATH}`;
    let sent = 0;
    const websocket = await main.websocket();
    const viaBridge = (api: OcxApi) => async () => {
      const response = must(
        await api.requests.send({ ...key, requestId: `b1-${sent++}`, method: 'GET', path: PATH }),
      );
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    };
    const arms: Record<Arm, () => Promise<unknown>> = {
      websocket: viaBridge(websocket),
      ipc: viaBridge(main.ipc),
      websocketHop: async () => must(await websocket.app.info()),
      ipcHop: async () => must(await main.ipc.app.info()),
      got: () =>
        got(url, {
          headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
          agent: { http: agent },
          responseType: 'buffer',
        }),
    };
    for (const send of Object.values(arms)) await latencies(WARMUP_REQUESTS, send);
    // Within a round the arms take turns every BLOCK requests, so that a noisy second on a
    // shared machine lands on every arm alike (whole rounds of one arm let it decide a ratio).
    const blocks = Object.fromEntries(
      ARMS.map((arm) => [arm, () => latencies(BLOCK, arms[arm])]),
    ) as Record<Arm, () => Promise<number[]>>;
    const samples = Object.fromEntries(ARMS.map((arm) => [arm, [] as number[][]])) as Record<
      Arm,
      number[][]
    >;
    for (let round = 0; round < ROUNDS; round++) {
      const latenciesOf = await interleavedArms(REQUESTS_PER_ROUND / BLOCK, blocks);
      for (const arm of ARMS) samples[arm].push(latenciesOf[arm].flat());
    }
    agent.destroy();

    const at = (p: number, rounds: number[][]) => median(rounds.map((s) => percentile(s, p)));
    const total = ROUNDS * REQUESTS_PER_ROUND;
    const rows: BenchResult[] = [];
    for (const [arm, label] of [
      ['websocket', 'WebSocket'],
      ['ipc', 'IPC stand-in'],
    ] as const) {
      for (const [p, target] of [
        [50, 1.3],
        [95, 1.5],
      ] as const) {
        rows.push(
          row(
            `B1.${arm === 'websocket' ? 'ws' : 'ipc'}.p${p}`,
            `small request via bridge (${label}), p${p} of ${total} vs bare got`,
            { candidate: at(p, samples[arm]), baseline: at(p, samples.got) },
            target,
          ),
        );
      }
    }
    for (const [arm, label] of [
      ['websocketHop', 'WebSocket'],
      ['ipcHop', 'IPC stand-in'],
    ] as const) {
      rows.push(
        row(
          `B1.${arm === 'websocketHop' ? 'ws' : 'ipc'}.hop`,
          `the hop alone: app.info() via bridge (${label}), p50, vs bare got (context, no target)`,
          { candidate: at(50, samples[arm]), baseline: at(50, samples.got) },
        ),
      );
    }
    return rows;
  } finally {
    await main.stop();
    await external?.stop();
  }
}

await runIfMain(import.meta.url, run);
