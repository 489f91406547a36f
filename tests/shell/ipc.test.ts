import { beforeEach, describe, expect, it } from 'vitest';
import { channels } from '../../preload/contract';
import { eventChannel, invokeChannel } from '../../preload/transport/ipc-names';
import { __fake, ipcMain, type BrowserWindow } from '../fakes/electron';
import { startShell } from './support';

const forbidden = { ok: false, error: { code: 'Forbidden' } };
let window: BrowserWindow;

beforeEach(async () => {
  ({ window } = await startShell());
});

describe('ipcMain wiring', () => {
  it('registers every contract channel and nothing else', () => {
    const expected = Object.keys(channels).map((name) => invokeChannel(name as never));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(expected.sort());
    expect(ipcMain.eventNames()).toEqual([]);
  });

  it("answers the app's own page", async () => {
    const result = await __fake.invoke('ocx:app.info', undefined, window.webContents);
    expect(result).toMatchObject({ ok: true, value: { runtime: 'electron', name: 'OC Explorer' } });
  });

  it('answers a schema-invalid argument with BadRequest, not a crash', async () => {
    const result = await __fake.invoke(
      'ocx:settings.update',
      { theme: 'purple' },
      window.webContents,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'BadRequest' } });
  });

  it('pushes events to the window on their event channel', async () => {
    await __fake.invoke('ocx:settings.update', { theme: 'dark' }, window.webContents);
    expect(window.webContents.sent).toContainEqual({
      channel: eventChannel('settings.changed'),
      args: [{ theme: 'dark' }],
    });
  });
});

describe('the IPC sender check', () => {
  it('refuses another webContents, even one showing the app page', async () => {
    const other = __fake.createWebContents('app://renderer/index.html');
    expect(await __fake.invoke('ocx:app.info', undefined, other)).toMatchObject(forbidden);
  });

  it('refuses a subframe of our window', async () => {
    const frame = window.webContents.subframe('app://renderer/index.html');
    const result = await __fake.invoke('ocx:app.info', undefined, window.webContents, frame);
    expect(result).toMatchObject(forbidden);
  });

  it("refuses our main frame once it shows someone else's page", async () => {
    for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///etc/passwd']) {
      window.webContents.mainFrame.url = url;
      expect(await __fake.invoke('ocx:app.info', undefined, window.webContents)).toMatchObject(
        forbidden,
      );
    }
  });

  it('refuses a sender whose frame is gone, and any sender after the window closed', async () => {
    const gone = await __fake.invoke('ocx:app.info', undefined, window.webContents, null);
    expect(gone).toMatchObject(forbidden);
    window.close();
    expect(await __fake.invoke('ocx:app.info', undefined, window.webContents)).toMatchObject(
      forbidden,
    );
  });

  it('checks the sender before the input, so a foreign page learns nothing', async () => {
    const other = __fake.createWebContents('https://evil.example/');
    const result = await __fake.invoke('ocx:settings.update', { theme: 'purple' }, other);
    expect(result).toMatchObject(forbidden);
  });
});
