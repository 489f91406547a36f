import { Agent } from 'node:http';
import got from 'got';
import type { OcxApi } from '../../preload/bridge/api';
import type { ListPage } from '../../preload/contract';
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
import { PAGE_SERVER_PATHS, PRODUCT_COUNT } from './support/page-server-paths';
import { median, type BenchResult } from './support/result';

export const ids = ['B7'];

const RECORDS = PRODUCT_COUNT;
const PAGE_SIZE = 100;
/** The paging helper's default, and the baseline's. */
const CONCURRENCY = 4;
const WARMUP_ROUNDS = 1;
const ROUNDS = 5;
const PATH = PAGE_SERVER_PATHS.products;

/** Every page through the product's "all pages" (requests.listAll), each appended as it arrives. */
function allPagesVia(api: OcxApi, key: { profileId: string; perspectiveId: string }) {
  let runs = 0;
  return async () => {
    const requestId = `b7-${runs++}`;
    const pages: ListPage[] = [];
    const unsubscribe = api.requests.onPage((page) => {
      if (page.requestId === requestId) pages.push(page);
    });
    const started = performance.now();
    const done = must(await api.requests.listAll({ ...key, requestId, path: PATH }));
    const elapsed = performance.now() - started;
    unsubscribe();
    if (done.items !== RECORDS || pages.length !== RECORDS / PAGE_SIZE)
      throw new Error(`Listed ${done.items} items in ${pages.length} pages`);
    return { elapsed, bytes: pages.reduce((sum, page) => sum + page.body.byteLength, 0) };
  };
}

/** The same listing written by hand: page 1, then the rest `CONCURRENCY` at a time, parsed. */
function handWrittenLoop(url: string, accessToken: string) {
  const agent = new Agent({ keepAlive: true });
  const page = async (number: number) => {
    const body = await got(`${url}?page=${number}&pageSize=${PAGE_SIZE}`, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      agent: { http: agent },
    }).text();
    return JSON.parse(body) as { Meta: { TotalPages: number }; Items: unknown[] };
  };
  return async () => {
    const started = performance.now();
    const first = await page(1);
    const items = [...first.Items];
    let next = 2;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next <= first.Meta.TotalPages) items.push(...(await page(next++)).Items);
      }),
    );
    if (items.length !== RECORDS) throw new Error(`Listed ${items.length} items`);
    return performance.now() - started;
  };
}

/**
 * B7: all pages of 10,000 products (100 pages of 100) through main's paging helper, each page
 * appended by the renderer's bridge client as it arrives; over browser mode's WebSocket and the
 * IPC stand-in, from a fixture API process (sign-in at a sandbox process). Baseline: a
 * hand-written concurrent got loop with JSON.parse against the same server. Also main's RSS growth over the first (cold) listing, per byte of body.
 */
export async function run(): Promise<BenchResult[]> {
  const sandbox = await startSandboxProcess();
  const pages = await startPageServer();
  try {
    const accessToken = await sandboxToken(sandbox, 'ProductReader');
    const baseline = handWrittenLoop(`${pages.url}${PATH}`, accessToken);
    const rows: BenchResult[] = [];
    // One main per transport, with only that client connected: browser mode sends every event
    // to every socket, so a second client would double main's work.
    for (const transport of ['ws', 'ipc'] as const) {
      const main = await startMainProcess();
      try {
        const key = await signInAdmin(main.ipc, sandbox, ['ProductReader'], pages.url);
        const listAll = allPagesVia(transport === 'ws' ? await main.websocket() : main.ipc, key);

        // The first listing in this fresh main, sampled for its peak RSS.
        await main.memory('start');
        const before = await main.memory();
        const cold = await listAll();
        const { peakRss } = await main.memory('stop');
        const growth = peakRss - before.rss;

        const arms = { candidate: async () => (await listAll()).elapsed, baseline };
        await interleavedArms(WARMUP_ROUNDS, arms);
        const times = await interleavedArms(ROUNDS, arms);
        const via = transport === 'ws' ? 'WebSocket' : 'IPC stand-in';
        rows.push(
          row(
            `B7.${transport}`,
            `all pages, ${RECORDS} records in ${RECORDS / PAGE_SIZE} pages, via ${via} vs got loop`,
            { candidate: median(times.candidate), baseline: median(times.baseline) },
            1.2,
          ),
          {
            id: `B7.rss.${transport}`,
            name: `main's RSS growth, first all-pages (${via}) vs its ${(cold.bytes / 1e6).toFixed(1)} MB of bodies`,
            candidate: growth / 1e6,
            baseline: cold.bytes / 1e6,
            ratio: growth / cold.bytes,
            target: 2,
            unit: 'MB',
          },
        );
      } finally {
        await main.stop();
      }
    }
    return rows;
  } finally {
    await pages.stop();
    await sandbox.stop();
  }
}

await runIfMain(import.meta.url, run);
