import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deferred, fakeEvent } from './events';

class FakeApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  quitCalls = 0;
  sandboxEnabled = false;
  singleInstanceLock = true;
  aboutPanelOptions: Record<string, unknown> | undefined;
  readonly paths: Record<string, string> = {};
  private readyPromise = deferred();
  private quitting = deferred();

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
    this.quitting.resolve();
  }
  /** Settles at the next quit(), e.g. the one a will-quit handler makes after cleaning up. */
  nextQuit(): Promise<void> {
    this.quitting = deferred();
    return this.quitting.promise;
  }

  markReady(): void {
    this.ready = true;
    this.emit('ready', fakeEvent(), {});
    this.readyPromise.resolve();
  }
  /** A new process: nothing in memory survives, the userData folder on disk does. */
  restart(): void {
    this.removeAllListeners();
    Object.assign(this, { ready: false, quitCalls: 0, sandboxEnabled: false });
    Object.assign(this, { singleInstanceLock: true, aboutPanelOptions: undefined });
    this.readyPromise = deferred();
  }
  /** A new machine: a fresh userData folder too, so stores never share files between tests. */
  resetState(): void {
    this.restart();
    this.paths.userData = mkdtempSync(path.join(tmpdir(), 'ocx-fake-user-data-'));
  }
}

export const app = new FakeApp();
app.resetState();
