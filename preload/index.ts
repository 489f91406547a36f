// The Electron preload: exposes the contract as named functions on window.ocx, nothing more.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi, type Transport } from './bridge/api';
import type { Result } from './contract';
import { eventChannel, invokeChannel } from './transport/ipc-names';

const transport: Transport = {
  invoke: (channel, input) =>
    ipcRenderer.invoke(invokeChannel(channel), input) as Promise<Result<unknown>>,
  subscribe(event, listener) {
    const handler = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(eventChannel(event), handler);
    return () => ipcRenderer.removeListener(eventChannel(event), handler);
  },
};

contextBridge.exposeInMainWorld('ocx', createApi(transport));
