/**
 * Keeps one JSON worker started ahead of need, so a response's first rows do not wait for a
 * worker to boot (fetching and compiling its script takes longer than parsing a small body).
 * A released worker becomes the spare: its heap has already grown to parse big bodies.
 */
let spare: Worker | undefined;

function startWorker(): Worker {
  return new Worker(new URL('../../workers/json-worker.ts', import.meta.url), {
    type: 'module',
    name: 'response-body',
  });
}

function startSpareWhenIdle(): void {
  const start = () => (spare ??= startWorker());
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** A started worker for one response; give it back with `releaseWorker` when done. */
export function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = undefined;
  return worker;
}

/** Keeps the worker (its heap already grown) as the spare, or ends it if there is one. */
export function releaseWorker(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (spare) return worker.terminate();
  worker.postMessage({ callId: 0, method: 'unload', input: undefined });
  spare = worker;
}

startSpareWhenIdle();
