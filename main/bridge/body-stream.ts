import type { Result } from '../../preload/contract';
import type { Dispatch } from './dispatch';
import { STREAMED_BODY_TAG, type StreamedBodyMarker } from '../../preload/transport/streamed-body';

/**
 * Where a handler may write a large response body while it is still arriving, so that the
 * caller receives it at the same time as main does rather than after it. Offered by transports
 * that can ship pieces of a call's answer ahead of the answer itself.
 */
export interface BodyStream {
  /** Called once the status is known; pieces are written only if it answers true. */
  open(status: number, expectedBytes: number | undefined): boolean;
  write(chunk: Uint8Array): void;
}

/** A transport's end of a BodyStream: counts what it sent, so the answer can refer to it. */
export function createBodyStream(
  send: (chunk: Uint8Array, expectedBytes: number | undefined) => void,
): BodyStream & { readonly sentBytes: number } {
  let expected: number | undefined;
  let opened = false;
  let sentBytes = 0;
  return {
    open(_status, expectedBytes) {
      opened = true;
      expected = expectedBytes;
      return true;
    },
    write(chunk) {
      if (!opened || chunk.byteLength === 0) return;
      sentBytes += chunk.byteLength;
      // The expected length rides on the first piece only: that is when the caller allocates.
      send(chunk, sentBytes === chunk.byteLength ? expected : undefined);
    },
    get sentBytes() {
      return sentBytes;
    },
  };
}

/**
 * The answer as the transport should send it: when the body's bytes have all gone out already,
 * it carries a marker in their place instead of sending them twice. Otherwise (nothing streamed,
 * a failure, or a body other than what was streamed) it is sent as it is, and the caller drops
 * whatever pieces it received.
 */
export function withStreamedBody(
  result: Result<unknown>,
  stream: { readonly sentBytes: number },
): Result<unknown> {
  if (!result.ok || stream.sentBytes === 0) return result;
  const value = result.value as { body?: unknown } | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !(value.body instanceof Uint8Array) ||
    value.body.byteLength !== stream.sentBytes
  )
    return result;
  const marker: StreamedBodyMarker = { [STREAMED_BODY_TAG]: stream.sentBytes };
  return { ok: true, value: { ...value, body: marker } };
}

/**
 * A call dispatched with a body stream whose pieces go to `sendPiece` as they arrive, answered
 * with the marker in place of the bytes already sent: what every transport that streams does.
 */
export async function dispatchStreamingBody(
  dispatch: Dispatch,
  call: { channel: unknown; input: unknown; callerId: string },
  sendPiece: (chunk: Uint8Array, expectedBytes: number | undefined) => void,
): Promise<Result<unknown>> {
  const body = createBodyStream(sendPiece);
  const result = await dispatch(call.channel, call.input, { callerId: call.callerId, body });
  return withStreamedBody(result, body);
}
