import type { DocumentSummary } from '../../workers/protocol';
import type { DocumentClient } from './document-client';

/**
 * Under a millisecond of copying per piece, so that the piece copied while the viewer mounts
 * adds little to that task, even on a busy machine; 100 messages for 100 MB cost next to nothing.
 */
const PIECE_BYTES = 1024 * 1024;

function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Sends the bodies to the worker in pieces and has it parse them. Each piece is copied (the
 * host's bytes stay intact) and the copy transferred; one piece per task, because copying a
 * 50 MB body at once would hold the main thread for tens of milliseconds.
 */
export async function loadBodies(
  client: DocumentClient,
  bodies: readonly Uint8Array[],
  contentType: string | undefined,
  signal: AbortSignal,
): Promise<DocumentSummary> {
  for (const [body, bytes] of bodies.entries()) {
    for (let offset = 0; offset < bytes.byteLength; offset += PIECE_BYTES) {
      if (offset > 0) await nextTask();
      if (signal.aborted) throw new Error('Cancelled.');
      const piece = bytes.slice(offset, offset + PIECE_BYTES).buffer;
      void client.call('appendBody', { body, bytes: piece, contentType }, [piece]);
    }
  }
  return client.call('load', { bodyCount: bodies.length, contentType });
}
