import { row, runIfMain } from './catalog-bench-support';
import { interleaved, median, type BenchResult } from './support/result';
import { callBench, openBenchPage } from './viewer-harness';

/** One run measures both families: `--only B3` and `--only B4` each run it. */
export const ids = ['B3', 'B4'];

const WARMUP_ROUNDS = 2;
const ROUNDS = 7;
const SIZES_MB = [10, 50];
/** B4: the main thread may be stuck this long at most while a body renders. */
const STALL_BUDGET_MS = 50;

/**
 * B3: bytes in the renderer → first painted frame of the JSON tree, against
 * `JSON.parse(new TextDecoder().decode(bytes))` of the same bytes in the same page.
 * B4: the longest main-thread stall while B3 runs, against a 50 ms budget; the baseline is the
 * same probe on the idle page for as long, to show what the probe itself sees.
 */
export async function run(): Promise<BenchResult[]> {
  const { page, close } = await openBenchPage();
  const results: BenchResult[] = [];
  try {
    for (const megabytes of SIZES_MB) {
      await callBench(page, 'prepareSized', megabytes);
      const stalls: number[] = [];
      const idle: number[] = [];
      let lastPaintMs = 0;
      const firstPaint = async () => {
        const { ms, longestStallMs } = await callBench(page, 'treeFirstPaint');
        stalls.push(longestStallMs);
        lastPaintMs = ms;
        return ms;
      };
      const parse = async () => {
        idle.push((await callBench(page, 'idleStalls', lastPaintMs || 100)).longestStallMs);
        return callBench(page, 'parseBaseline');
      };
      await interleaved(WARMUP_ROUNDS, firstPaint, parse);
      stalls.length = 0;
      idle.length = 0;
      const measured = await interleaved(ROUNDS, firstPaint, parse);
      results.push(
        row(
          `B3.tree.${megabytes}MB`,
          `${megabytes} MB body to first tree frame vs JSON.parse`,
          measured,
          2.5,
        ),
        {
          ...row(
            `B4.stall.${megabytes}MB`,
            `longest main-thread stall while ${megabytes} MB renders vs the idle page`,
            { candidate: median(stalls), baseline: median(idle) },
            STALL_BUDGET_MS,
          ),
          targetOn: 'candidate',
        },
      );
    }
  } finally {
    await close();
  }
  return results;
}

await runIfMain(import.meta.url, run);
