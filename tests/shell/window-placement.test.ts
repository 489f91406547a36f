import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitInside } from '../../main/electron/window-placement';
import { __fake, app, type FakeDisplay } from '../fakes/electron';
import { restartShell, startShell } from './support';

const placementFile = () => path.join(app.getPath('userData'), 'window-placement.json');

const display = (id: number, x: number, width: number, height: number): FakeDisplay => ({
  id,
  bounds: { x, y: 0, width, height },
  workArea: { x, y: 0, width, height: height - 40 },
});

describe('the window placement', () => {
  it('starts centred on the primary display, at a size that fits it', async () => {
    const { window } = await startShell();
    expect(window.options).toMatchObject({ x: 240, y: 103, width: 1440, height: 900 });
  });

  it('starts smaller on a screen smaller than the default size', async () => {
    const { window } = await startShell(() => __fake.setDisplays([display(1, 0, 1280, 800)]));
    expect(window.options).toMatchObject({ x: 0, y: 0, width: 1280, height: 760 });
  });

  it('comes back where it was closed, maximised or not', async () => {
    const shell = await startShell();
    shell.window.setBounds({ x: 100, y: 80, width: 1000, height: 700 });
    shell.window.maximize();
    const { window } = await restartShell(shell);
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    expect(window.isMaximized()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isMaximized() && window.visible).toBe(true);
  });

  it('moves onto a remaining display when the one it was on is gone', async () => {
    const shell = await startShell(() =>
      __fake.setDisplays([display(1, 0, 1920, 1080), display(2, 1920, 2560, 1440)]),
    );
    shell.window.setBounds({ x: 3000, y: 200, width: 1400, height: 1000 });
    __fake.setDisplays([display(1, 0, 1920, 1080)]);
    const { window } = await restartShell(shell);
    expect(window.options).toMatchObject({ x: 520, y: 40, width: 1400, height: 1000 });
  });

  it('starts afresh when the saved file is damaged or edited by hand', async () => {
    for (const text of ['{"bounds":', '{"bounds":{"x":"left"},"maximized":true}', '[]']) {
      const shell = await startShell();
      shell.window.close();
      writeFileSync(placementFile(), text);
      const { window } = await restartShell(shell);
      expect(window.options).toMatchObject({ width: 1440, height: 900, x: 240 });
    }
  });

  it('writes only size, position and maximised state', async () => {
    const shell = await startShell();
    shell.window.close();
    expect(JSON.parse(readFileSync(placementFile(), 'utf8'))).toEqual({
      bounds: { x: 240, y: 103, width: 1440, height: 900 },
      maximized: false,
    });
  });
});

describe('fitInside', () => {
  const area = { x: 0, y: 25, width: 1920, height: 1055 };

  it.each([
    ['inside already', { x: 10, y: 40, width: 800, height: 600 }, { x: 10, y: 40 }],
    ['off the left and top', { x: -500, y: -300, width: 800, height: 600 }, { x: 0, y: 25 }],
    [
      'off the right and bottom',
      { x: 1800, y: 1000, width: 800, height: 600 },
      { x: 1120, y: 480 },
    ],
  ])('moves a window %s wholly onto the display', (_name, bounds, position) => {
    expect(fitInside(bounds, area)).toEqual({ ...bounds, ...position });
  });

  it('shrinks a window larger than the display to fit it', () => {
    expect(fitInside({ x: 0, y: 0, width: 4000, height: 3000 }, area)).toEqual(area);
  });
});
