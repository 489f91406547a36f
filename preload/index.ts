// The Electron preload: exposes the contract as named functions on window.ocx, nothing more.
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './bridge/api';
import { createIpcTransport } from './transport/ipc';

contextBridge.exposeInMainWorld('ocx', createApi(createIpcTransport(ipcRenderer)));
