/** One row of the benchmark table: a candidate against its same-run baseline. */
export interface BenchResult {
  id: string;
  name: string;
  candidate: number;
  baseline: number;
  /** candidate / baseline for times (lower is better); stated per row otherwise. */
  ratio: number;
  target?: number;
  /**
   * What `target` bounds: the ratio (the default), or the candidate itself, in `unit`, for an
   * absolute budget such as "no stall over 50 ms" where the baseline is context only.
   */
  targetOn?: 'ratio' | 'candidate';
  unit?: string;
}

/** The figure a row's target bounds. */
export function bounded(row: BenchResult): number {
  return row.targetOn === 'candidate' ? row.candidate : row.ratio;
}

/** The median of a sample. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The p-th percentile (0..100) of a sample. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Runs candidate and baseline alternately for `rounds` rounds and returns the median of each,
 * so that machine noise falls on both sides alike.
 */
export async function interleaved(
  rounds: number,
  candidate: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<{ candidate: number; baseline: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2) {
      b.push(await baseline());
      a.push(await candidate());
    } else {
      a.push(await candidate());
      b.push(await baseline());
    }
  }
  return { candidate: median(a), baseline: median(b) };
}
