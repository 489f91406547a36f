import type { ChannelName, EventName, Result } from '../contract';
import type { Transport } from '../bridge/api';
import { BODY_CHANNEL, eventChannel, invokeChannel } from './ipc-names';
import { StreamedBodies } from './streamed-body';

/** The part of Electron's ipcRenderer the transport uses (a stand-in can offer the same). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * The Electron preload's transport: each call is an invoke on its contract channel, numbered so
 * that main can send a large response body ahead of the answer, in pieces, on BODY_CHANNEL.
 * That channel is listened to only while calls are in flight.
 */
export function createIpcTransport(ipc: IpcRendererLike): Transport {
  const bodies = new StreamedBodies();
  let nextId = 1;
  let inFlight = 0;
  const onBody = (_event: unknown, ...args: unknown[]) => {
    const [id, chunk, expectedBytes] = args;
    if (typeof id === 'number' && chunk instanceof Uint8Array)
      bodies.receive(id, chunk, typeof expectedBytes === 'number' ? expectedBytes : undefined);
  };

  return {
    async invoke(channel: ChannelName, input: unknown) {
      const id = nextId++;
      if (inFlight++ === 0) ipc.on(BODY_CHANNEL, onBody);
      try {
        const result = (await ipc.invoke(invokeChannel(channel), input, id)) as Result<unknown>;
        return await bodies.settle(id, result);
      } finally {
        if (--inFlight === 0) ipc.removeListener(BODY_CHANNEL, onBody);
      }
    },
    subscribe(event: EventName, listener: (payload: unknown) => void) {
      const handler = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(eventChannel(event), handler);
      return () => ipc.removeListener(eventChannel(event), handler);
    },
  };
}
