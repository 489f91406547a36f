import { BodyReceiver } from './body-receiver';
import { DocumentSession } from './document-session';
import type { DocumentInput, WorkerCall, WorkerReply } from './protocol';

/**
 * Owns one response body at a time: the viewer sends the bytes here, and from then on asks for
 * windows of rows. The whole document never crosses back to the main thread.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
// The renderer's tsconfig has DOM types only; this file runs in a dedicated worker.
const scope = self as unknown as WorkerScope;
let receiver = new BodyReceiver();
let session: DocumentSession | undefined;

scope.onmessage = async ({ data }: MessageEvent<WorkerCall>) => {
  const reply = await answer(data);
  scope.postMessage(reply, reply.ok ? handedOver(reply.value) : []);
};

/** The buffers of a reply's typed arrays: made for the reply, they move instead of copying. */
function handedOver(value: unknown): Transferable[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap((field) =>
    ArrayBuffer.isView(field) ? [field.buffer as ArrayBuffer] : [],
  );
}

function receive(call: WorkerCall): unknown {
  switch (call.method) {
    case 'appendBody': {
      const { body, bytes, contentType } = call.input as DocumentInput<'appendBody'>;
      return receiver.append(body, bytes, contentType);
    }
    case 'load': {
      const { bodyCount, contentType } = call.input as DocumentInput<'load'>;
      session?.close();
      session = DocumentSession.load(receiver.finish(bodyCount), contentType);
      receiver = new BodyReceiver();
      return session.summary;
    }
    case 'unload':
      session?.close();
      session = undefined;
      receiver = new BodyReceiver();
      return undefined;
  }
  if (!session) throw new Error('No body loaded.');
  const handler = session.handlers[call.method] as (input: unknown) => unknown;
  return handler(call.input);
}

async function answer(call: WorkerCall): Promise<WorkerReply> {
  try {
    return { callId: call.callId, ok: true, value: await receive(call) };
  } catch (error) {
    return {
      callId: call.callId,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
