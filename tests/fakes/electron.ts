// A hand-written stand-in for the parts of 'electron' the desktop shell uses. vitest aliases
// 'electron' to this file, so main/electron and preload/ run here unchanged; tests drive it
// through `__fake`. It models behaviour (events, handler registration, keyring backends), not
// Electron's types: production code is type-checked against the real electron.d.ts.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Handler = (...args: unknown[]) => unknown;

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  url?: string;
}

function fakeEvent(fields: Record<string, unknown> = {}): FakeEvent {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let nextId = 1;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

export class FakeWebFrame {
  readonly routingId = nextId++;
  readonly processId = 1;
  constructor(
    public url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame('about:blank');
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;

  loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    if (this === state.rendererContents()) ipcRenderer.emit(channel, fakeEvent(), ...args);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Test hook: a navigation the page starts; true when main prevented it. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = fakeEvent({ url });
    this.emit(kind, event, url);
    return event.defaultPrevented;
  }
  /** Test hook: window.open / target=_blank, answered by the window open handler. */
  openWindow(url: string): { action: string } | undefined {
    return this.windowOpenHandler?.({ url });
  }
  /** Test hook: an <iframe> inside this page. */
  subframe(url: string): FakeWebFrame {
    return new FakeWebFrame(url, this.mainFrame);
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.destroyed = this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  quitCalls = 0;
  sandboxEnabled = false;
  singleInstanceLock = true;
  aboutPanelOptions: Record<string, unknown> | undefined;
  readonly paths: Record<string, string> = {};
  private readyPromise = deferred();

  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.readyPromise.promise;
  }
  getPath(name: string): string {
    const value = this.paths[name];
    if (value === undefined) throw new Error(`Failed to get '${name}' path`);
    return value;
  }
  getName(): string {
    return 'OC Explorer';
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxEnabled = true;
  }
  setAboutPanelOptions(options: Record<string, unknown>): void {
    this.aboutPanelOptions = options;
  }
  quit(): void {
    this.quitCalls++;
  }

  markReady(): void {
    this.ready = true;
    this.emit('ready', fakeEvent(), {});
    this.readyPromise.resolve();
  }
  resetState(): void {
    this.removeAllListeners();
    Object.assign(this, { ready: false, quitCalls: 0, sandboxEnabled: false });
    Object.assign(this, { singleInstanceLock: true, aboutPanelOptions: undefined });
    // A fresh folder each time, so stores never share files between tests.
    this.paths.userData = mkdtempSync(path.join(tmpdir(), 'ocx-fake-user-data-'));
    this.readyPromise = deferred();
  }
}

export const app = new FakeApp();
app.resetState();

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeWebFrame | null;
  processId: number;
  frameId: number;
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
}

export const ipcMain = new FakeIpcMain();

class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  /** Reaches main's handler as if sent from the main frame of the app's window. */
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    const sender = state.rendererContents();
    const handler = ipcMain.handlers.get(channel);
    if (!sender || !handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(invokeEvent(sender, sender.mainFrame), ...args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

function invokeEvent(sender: FakeWebContents, frame: FakeWebFrame | null): FakeInvokeEvent {
  return { sender, senderFrame: frame, processId: 1, frameId: frame?.routingId ?? 0 };
}

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    if (key in this.exposed) throw new Error(`Cannot bind an API on top of an existing property`);
    this.exposed[key] = api;
  },
};

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: unknown,
) => boolean;

class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
  /** Test hook: what a page asking for `permission` gets; Electron grants when unhandled. */
  requestPermission(permission: string, contents: unknown = null): Promise<boolean> {
    const handler = this.requestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve, {}));
  }
  checkPermission(permission: string, origin = 'app://renderer'): boolean {
    return this.checkHandler ? this.checkHandler(null, permission, origin, {}) : true;
  }
}

export const session = { defaultSession: new FakeSession() };

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]) {
    if (app.ready) throw new Error('registerSchemesAsPrivileged should be called before ready');
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (!app.ready) throw new Error('protocol.handle should be called after ready');
    this.handlers.set(scheme, handler);
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
};

export type StorageBackend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'unknown';

/** Real keyrings encrypt with a key the OS guards; basic_text uses a key baked into Chromium. */
class FakeSafeStorage {
  backend: StorageBackend = 'gnome_libsecret';
  private key = randomBytes(32);

  getSelectedStorageBackend(): StorageBackend {
    return app.ready ? this.backend : 'unknown';
  }
  isEncryptionAvailable(): boolean {
    return app.ready && this.backend !== 'unknown';
  }
  encryptString(plainText: string): Buffer {
    if (!this.isEncryptionAvailable()) throw new Error('Encryption is not available.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  }
  decryptString(encrypted: Buffer): string {
    if (!this.isEncryptionAvailable()) throw new Error('Decryption is not available.');
    const decipher = createDecipheriv('aes-256-gcm', this.key, encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(15, 31));
    return Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]).toString();
  }
  resetState(): void {
    this.backend = 'gnome_libsecret';
    this.key = randomBytes(32);
  }
}

export const safeStorage = new FakeSafeStorage();

export interface FakeMenu {
  template: unknown[];
}

export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate(template: unknown[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
};

const state = {
  /** The page the fake preload runs in: the first window's, unless a test picks another. */
  rendererOverride: undefined as FakeWebContents | undefined,
  rendererContents(): FakeWebContents | undefined {
    return this.rendererOverride ?? BrowserWindow.getAllWindows()[0]?.webContents;
  },
};

/** Test hooks. Call `reset()` in beforeEach; state otherwise carries over between tests. */
export const __fake = {
  reset(): void {
    app.resetState();
    BrowserWindow.instances.length = 0;
    ipcMain.handlers.clear();
    ipcMain.removeAllListeners();
    ipcRenderer.removeAllListeners();
    ipcRenderer.invocations.length = 0;
    contextBridge.exposed = {};
    session.defaultSession = new FakeSession();
    protocol.privileged.length = 0;
    protocol.handlers.clear();
    shell.opened.length = 0;
    safeStorage.resetState();
    Menu.applicationMenu = null;
    state.rendererOverride = undefined;
  },
  emitAppReady(): Promise<void> {
    app.markReady();
    // Let code awaiting app.whenReady() run before the test goes on.
    return new Promise((resolve) => setImmediate(resolve));
  },
  setStorageBackend(backend: StorageBackend): void {
    safeStorage.backend = backend;
  },
  setSingleInstanceLock(available: boolean): void {
    app.singleInstanceLock = available;
  },
  /** Another page, not one of the app's windows (a devtools view, a stray webContents). */
  createWebContents(url: string): FakeWebContents {
    const contents = new FakeWebContents();
    contents.mainFrame.url = url;
    app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  },
  setRendererContents(contents: FakeWebContents | undefined): void {
    state.rendererOverride = contents;
  },
  /** Calls main's ipcMain handler for `channel` as `sender` (its main frame unless `frame`). */
  invoke(
    channel: string,
    input: unknown,
    sender: FakeWebContents,
    frame: FakeWebFrame | null = sender.mainFrame,
  ): Promise<unknown> {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return Promise.resolve(handler(invokeEvent(sender, frame), input));
  },
  fetch(url: string): Promise<Response> {
    const handler = protocol.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`No protocol handler for ${url}`);
    return Promise.resolve(handler(new Request(url)));
  },
  emitSecondInstance(): void {
    app.emit('second-instance', fakeEvent(), [], '/', {});
  },
};

export default {
  app,
  BrowserWindow,
  contextBridge,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  safeStorage,
  session,
  shell,
};
