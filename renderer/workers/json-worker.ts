import { DocumentSession } from './document-session';
import type { WorkerCall, WorkerReply } from './protocol';

/**
 * Owns one response body: the viewer transfers the bytes here, and from then on asks for
 * windows of rows. The whole document never crosses back to the main thread.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerCall>) => void) | null;
  postMessage(message: WorkerReply): void;
}
// The renderer's tsconfig has DOM types only; this file runs in a dedicated worker.
const scope = self as unknown as WorkerScope;
let session: DocumentSession | undefined;

scope.onmessage = async ({ data }: MessageEvent<WorkerCall>) => {
  scope.postMessage(await answer(data));
};

async function answer({ callId, method, input }: WorkerCall): Promise<WorkerReply> {
  try {
    if (method === 'unload') {
      session = undefined;
      return { callId, ok: true, value: undefined };
    }
    if (method === 'load') {
      session = DocumentSession.load(input as WorkerCall<'load'>['input']);
      return { callId, ok: true, value: session.summary };
    }
    if (!session) throw new Error('No body loaded.');
    const handler = session.handlers[method] as (input: unknown) => unknown;
    return { callId, ok: true, value: await handler(input) };
  } catch (error) {
    return { callId, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
