import type {
  DocumentInput,
  DocumentMethod,
  DocumentOutput,
  WorkerCall,
  WorkerReply,
} from '../../workers/protocol';
import { releaseWorker, takeWorker } from './worker-pool';

/** Unique across clients: a reused worker may still answer a call of the client before. */
let nextCallId = 1;

interface PendingCall {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** The main thread's handle on one JSON worker: typed calls, one promise per call. */
export class DocumentClient {
  private readonly worker = takeWorker();
  private readonly pending = new Map<number, PendingCall>();
  private failed = false;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      const call = this.pending.get(data.callId);
      if (!call) return;
      this.pending.delete(data.callId);
      if (data.ok) call.resolve(data.value);
      else call.reject(new Error(data.message));
    };
    this.worker.onerror = (event) => {
      this.failed = true;
      const error = new Error(event.message || 'The response worker failed.');
      for (const call of this.pending.values()) call.reject(error);
      this.pending.clear();
    };
  }

  call<M extends DocumentMethod>(
    method: M,
    input: DocumentInput<M>,
    transfer: Transferable[] = [],
  ): Promise<DocumentOutput<M>> {
    const callId = nextCallId++;
    const message: WorkerCall<M> = { callId, method, input };
    return new Promise((resolve, reject) => {
      this.pending.set(callId, { resolve: (value) => resolve(value as DocumentOutput<M>), reject });
      this.worker.postMessage(message, transfer);
    });
  }

  /** Drops the document (the worker may serve the next one). Calls in flight never settle. */
  dispose(): void {
    if (this.failed) this.worker.terminate();
    else releaseWorker(this.worker);
    this.pending.clear();
  }
}
