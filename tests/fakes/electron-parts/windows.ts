import { EventEmitter } from 'node:events';
import { app } from './app';
import { fakeEvent, nextId } from './events';
import { ipcRenderer } from './ipc';
import type { Rectangle } from './screen';

export class FakeWebFrame {
  readonly routingId = nextId();
  readonly processId = 1;
  constructor(
    public url: string,
    readonly parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly id = nextId();
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
    if (this === renderer.contents()) ipcRenderer.emit(channel, fakeEvent(), ...args);
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
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
  }

  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds: Rectangle;

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<Rectangle>;
    this.bounds = { x, y, width, height };
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
    for (const other of BrowserWindow.instances) other.focused = false;
    this.focused = true;
  }
  blur(): void {
    this.focused = false;
  }
  isFocused(): boolean {
    return this.focused;
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
  maximize(): void {
    this.maximized = this.visible = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  /** The bounds the window returns to when un-maximized: a maximized fake keeps its own. */
  getNormalBounds(): Rectangle {
    return this.getBounds();
  }
  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = this.webContents.destroyed = true;
    this.emit('closed');
  }
}

/** The page the fake preload runs in: the first window's, unless a test picks another. */
export const renderer = {
  override: undefined as FakeWebContents | undefined,
  contents(): FakeWebContents | undefined {
    return this.override ?? BrowserWindow.getAllWindows()[0]?.webContents;
  },
};
