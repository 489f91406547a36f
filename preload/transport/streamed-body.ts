import { BridgeErrorCode, type Result } from '../contract';

/** In an answer, where the body was: its bytes came ahead as pieces tagged with the call's id. */
export const STREAMED_BODY_TAG = '$streamedBytes';
export type StreamedBodyMarker = { [STREAMED_BODY_TAG]: number };

/** A body of unknown length may grow to this before the call is failed. */
export const MAX_STREAMED_BYTES = 512 * 1024 * 1024;

interface Assembly {
  bytes: Uint8Array<ArrayBuffer>;
  received: number;
  /** Set when the pieces broke a limit; the answer then becomes this failure. */
  failure?: string;
  /** Waiting for the last pieces when the answer overtook them (IPC does not order the two). */
  whenComplete?: { total: number; settle: () => void };
}

/**
 * The caller's end of a streamed body: puts the pieces of each call's body together (into one
 * buffer allocated up front when the length is known) and hands the answer over with the whole
 * body in place, exactly as if it had come in one piece. A failed answer drops the pieces.
 */
export class StreamedBodies {
  private readonly assemblies = new Map<number, Assembly>();

  constructor(private readonly maxBytes = MAX_STREAMED_BYTES) {}

  /** One piece of call `id`'s body; `expectedBytes` comes with the first piece when known. */
  receive(id: number, chunk: Uint8Array, expectedBytes?: number): void {
    let assembly = this.assemblies.get(id);
    if (!assembly) {
      const size =
        expectedBytes !== undefined && expectedBytes <= this.maxBytes ? expectedBytes : 0;
      assembly = { bytes: new Uint8Array(Math.max(size, chunk.byteLength)), received: 0 };
      this.assemblies.set(id, assembly);
      if (expectedBytes !== undefined && expectedBytes > this.maxBytes)
        assembly.failure = tooLarge(this.maxBytes);
    }
    if (assembly.failure) return;
    const needed = assembly.received + chunk.byteLength;
    if (needed > this.maxBytes) {
      assembly.failure = tooLarge(this.maxBytes);
      assembly.bytes = new Uint8Array(0);
      return;
    }
    if (needed > assembly.bytes.byteLength) {
      const grown = new Uint8Array(
        Math.min(this.maxBytes, Math.max(needed, assembly.bytes.byteLength * 2)),
      );
      grown.set(assembly.bytes.subarray(0, assembly.received));
      assembly.bytes = grown;
    }
    assembly.bytes.set(chunk, assembly.received);
    assembly.received = needed;
    if (assembly.whenComplete && assembly.received >= assembly.whenComplete.total)
      assembly.whenComplete.settle();
  }

  /** The answer to call `id`, with its streamed body put back; the pieces are then forgotten. */
  async settle(id: number, result: Result<unknown>): Promise<Result<unknown>> {
    const total = streamedTotal(result);
    if (total === undefined) {
      this.assemblies.delete(id);
      return result;
    }
    let assembly = this.assemblies.get(id);
    if (!assembly) {
      assembly = { bytes: new Uint8Array(total <= this.maxBytes ? total : 0), received: 0 };
      this.assemblies.set(id, assembly);
    }
    if (!assembly.failure && assembly.received < total) {
      const waiting = assembly;
      await new Promise<void>((settle) => (waiting.whenComplete = { total, settle }));
    }
    this.assemblies.delete(id);
    if (assembly.failure || assembly.received !== total) {
      return broken(assembly.failure ?? 'The response body arrived incomplete.');
    }
    const value = (result as { value: Record<string, unknown> }).value;
    const body =
      assembly.bytes.byteLength === total ? assembly.bytes : assembly.bytes.slice(0, total);
    return { ok: true, value: { ...value, body } };
  }

  /** The connection is gone: pieces of unfinished calls will never be completed. */
  dropAll(): void {
    for (const assembly of this.assemblies.values()) {
      assembly.failure ??= 'The connection closed before the response body arrived.';
      assembly.whenComplete?.settle();
    }
    this.assemblies.clear();
  }
}

function streamedTotal(result: Result<unknown>): number | undefined {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return undefined;
  const body = (result.value as { body?: unknown }).body;
  if (typeof body !== 'object' || body === null) return undefined;
  const total = (body as Partial<StreamedBodyMarker>)[STREAMED_BODY_TAG];
  return typeof total === 'number' ? total : undefined;
}

function tooLarge(maxBytes: number): string {
  return `The response body is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB OC Explorer accepts.`;
}

function broken(message: string): Result<never> {
  return { ok: false, error: { code: BridgeErrorCode.Disconnected, message } };
}
