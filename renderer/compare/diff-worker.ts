import { compareBodies, type BodyComparison } from './body-diff';

/** Parses and diffs two bodies away from the page, which only gets the (bounded) result. */

export interface DiffCall {
  left: { ok: boolean; body: Uint8Array };
  right: { ok: boolean; body: Uint8Array };
}

export type DiffReply = { ok: true; value: BodyComparison } | { ok: false; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<DiffCall>) => void) | null;
  postMessage(message: DiffReply): void;
}
// The renderer's tsconfig has DOM types only; this file runs in a dedicated worker.
const scope = self as unknown as WorkerScope;
const decoder = new TextDecoder();

scope.onmessage = ({ data }) => {
  try {
    const value = compareBodies(
      { ok: data.left.ok, text: decoder.decode(data.left.body) },
      { ok: data.right.ok, text: decoder.decode(data.right.body) },
    );
    scope.postMessage({ ok: true, value });
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
