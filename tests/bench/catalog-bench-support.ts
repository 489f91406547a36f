import { pathToFileURL } from 'node:url';
import type { BenchResult } from './support/result';

/** Milliseconds one call of `work` takes, averaged over `repeats` calls. */
export function timeMs(work: () => unknown, repeats = 1): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i += 1) work();
  return (performance.now() - start) / repeats;
}

export function row(
  id: string,
  name: string,
  measured: { candidate: number; baseline: number },
  target?: number,
): BenchResult {
  const ratio = measured.candidate / measured.baseline;
  return { id, name, ...measured, ratio, ...(target !== undefined && { target }) };
}

/** `npx tsx tests/bench/catalog-x.ts` prints its rows; `npm run bench` imports it silently. */
export async function runIfMain(
  moduleUrl: string,
  run: () => Promise<BenchResult[]>,
): Promise<void> {
  const entry = process.argv[1];
  if (entry === undefined || pathToFileURL(entry).href !== moduleUrl) return;
  console.table(await run());
}
