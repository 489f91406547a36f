import type { Result } from '../../preload/contract';
import { BODY_CHANNEL } from '../../preload/transport/ipc-names';
import { dispatchStreamingBody } from './body-stream';
import type { Dispatch } from './dispatch';

/** Sends a message to the window that made the call (Electron's `event.sender.send`). */
export type SendToCaller = (channel: string, ...args: unknown[]) => void;

/**
 * One call over IPC, after the sender check: dispatched with a body stream that sends a large
 * body's pieces back on BODY_CHANNEL, numbered with the caller's `callId`, ahead of the answer.
 * Electron-free, so the desktop adapter and the benchmarks' stand-in share it.
 */
export function answerIpcCall(
  dispatch: Dispatch,
  call: { channel: unknown; input: unknown; callId: unknown; callerId: string },
  sendToCaller: SendToCaller,
): Promise<Result<unknown>> {
  const { callId } = call;
  if (!Number.isSafeInteger(callId))
    return dispatch(call.channel, call.input, { callerId: call.callerId });
  return dispatchStreamingBody(dispatch, call, (chunk, expectedBytes) =>
    sendToCaller(BODY_CHANNEL, callId, ownBytes(chunk), expectedBytes),
  );
}

/** Structured clone copies a view's whole backing buffer, so a piece goes out as its own. */
function ownBytes(chunk: Uint8Array): Uint8Array {
  return chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
    ? chunk
    : chunk.slice();
}
