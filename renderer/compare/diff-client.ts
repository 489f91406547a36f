import type { BodyComparison } from './body-diff';
import type { DiffCall, DiffReply } from './diff-worker';

/** Diffs two bodies in a short-lived worker: a pair of 20 MB lists never blocks the page. */
export function diffInWorker(
  left: DiffCall['left'],
  right: DiffCall['right'],
): Promise<BodyComparison> {
  const worker = new Worker(new URL('./diff-worker.ts', import.meta.url), {
    type: 'module',
    name: 'compare-diff',
  });
  return new Promise<BodyComparison>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<DiffReply>) => {
      if (data.ok) resolve(data.value);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'The diff worker failed.'));
    // Copies, not transfers: the same bytes stay on screen in the response viewers.
    worker.postMessage({ left, right } satisfies DiffCall);
  }).finally(() => worker.terminate());
}
