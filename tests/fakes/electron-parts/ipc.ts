import { EventEmitter } from 'node:events';
import { renderer, type FakeWebContents, type FakeWebFrame } from './windows';

type Handler = (...args: unknown[]) => unknown;

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeWebFrame | null;
  processId: number;
  frameId: number;
}

export function invokeEvent(sender: FakeWebContents, frame: FakeWebFrame | null): FakeInvokeEvent {
  return { sender, senderFrame: frame, processId: 1, frameId: frame?.routingId ?? 0 };
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test hook: calls main's handler as `sender` (its main frame unless `frame`). */
  invokeAs(
    channel: string,
    sender: FakeWebContents,
    frame: FakeWebFrame | null,
    args: unknown[],
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(handler(invokeEvent(sender, frame), ...args));
  }
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  /** Reaches main's handler as if sent from the main frame of the app's window. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    const sender = renderer.contents();
    if (!sender) throw new Error(`No page to invoke '${channel}' from`);
    return ipcMain.invokeAs(channel, sender, sender.mainFrame, args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in this.exposed) throw new Error(`Cannot bind an API on top of an existing property`);
    this.exposed[key] = api;
  },
};
