import { BridgeErrorCode, type ChannelName, type EventName, type Result } from '../contract';
import type { Transport } from '../bridge/api';
import { StreamedBodies } from './streamed-body';
import { decodeMessage, encodeMessage } from './wire';

type ServerMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'body'; id: number; chunk: Uint8Array; expectedBytes?: number }
  | { type: 'event'; name: EventName; payload: unknown };

const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

/** Browser mode's transport: the same calls and events as IPC, over a WebSocket to main. */
export function createWebSocketTransport(url: string): Transport {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const bodies = new StreamedBodies();
  let nextId = 1;
  let attempts = 0;
  let socket = connect();
  let open = waitForOpen(socket);

  function connect(): WebSocket {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    ws.addEventListener('message', (event) => {
      const data = event.data;
      const bytes =
        typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
      receive(decodeMessage(bytes) as ServerMessage);
    });
    ws.addEventListener('open', () => (attempts = 0));
    ws.addEventListener('close', () => {
      bodies.dropAll();
      for (const [id, settle] of pending) {
        pending.delete(id);
        settle({
          ok: false,
          error: {
            code: BridgeErrorCode.Disconnected,
            message: 'Lost the connection to OC Explorer.',
          },
        });
      }
      const delay = RECONNECT_DELAYS_MS[Math.min(attempts++, RECONNECT_DELAYS_MS.length - 1)];
      setTimeout(() => {
        socket = connect();
        open = waitForOpen(socket);
      }, delay);
    });
    return ws;
  }

  function receive(message: ServerMessage) {
    if (message.type === 'result') {
      const settle = pending.get(message.id);
      pending.delete(message.id);
      void bodies.settle(message.id, message.result).then((result) => settle?.(result));
    } else if (message.type === 'body') {
      if (pending.has(message.id)) bodies.receive(message.id, message.chunk, message.expectedBytes);
    } else {
      listeners.get(message.name)?.forEach((listener) => listener(message.payload));
    }
  }

  return {
    async invoke(channel: ChannelName, input: unknown) {
      await open;
      const id = nextId++;
      return new Promise<Result<unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(encodeMessage({ type: 'call', id, channel, input }));
      });
    },
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

function waitForOpen(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.OPEN) return Promise.resolve();
  return new Promise((resolve) => ws.addEventListener('open', () => resolve(), { once: true }));
}
