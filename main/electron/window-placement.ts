import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { z } from 'zod';
import { writeFileAtomic } from '../vault/atomic-file';

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

const WindowPlacement = z.object({ bounds: Bounds, maximized: z.boolean() });
export type WindowPlacement = z.infer<typeof WindowPlacement>;

const FILE_NAME = 'window-placement.json';
const FIRST_START_SIZE = { width: 1440, height: 900 };

/**
 * Where the window was when it last closed, moved onto whichever display is nearest now (a
 * monitor may have been unplugged), or centred on the primary display at the first start.
 */
export function restorePlacement(userDataDir: string): WindowPlacement {
  const saved = readPlacement(path.join(userDataDir, FILE_NAME));
  if (!saved) {
    const { workArea } = screen.getPrimaryDisplay();
    const centred = {
      ...FIRST_START_SIZE,
      x: workArea.x + Math.round((workArea.width - FIRST_START_SIZE.width) / 2),
      y: workArea.y + Math.round((workArea.height - FIRST_START_SIZE.height) / 2),
    };
    return { bounds: fitInside(centred, workArea), maximized: false };
  }
  const { workArea } = screen.getDisplayMatching(saved.bounds);
  return { bounds: fitInside(saved.bounds, workArea), maximized: saved.maximized };
}

/** Saves the window's size, position and maximised state in userData as it closes. */
export function rememberPlacement(window: BrowserWindow, userDataDir: string): void {
  window.on('close', () => {
    const placement = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileAtomic(path.join(userDataDir, FILE_NAME), JSON.stringify(placement));
    } catch (error) {
      // A forgotten window position is not worth refusing to close over.
      console.warn('[ocx] could not save the window position:', error);
    }
  });
}

/** The largest part of `bounds` that fits in `area`, moved (not cut) to be wholly inside it. */
export function fitInside(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function readPlacement(file: string): WindowPlacement | undefined {
  try {
    return WindowPlacement.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Missing on the first start; unreadable or edited by hand: both start afresh.
    return undefined;
  }
}
