export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

const LAPTOP: FakeDisplay = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 25, width: 1920, height: 1055 },
};

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, width) * Math.max(0, height);
}

function distance(a: Rectangle, b: Rectangle): number {
  return Math.hypot(
    a.x + a.width / 2 - (b.x + b.width / 2),
    a.y + a.height / 2 - (b.y + b.height / 2),
  );
}

export const screen = {
  displays: [LAPTOP],
  getAllDisplays(): FakeDisplay[] {
    return this.displays;
  },
  getPrimaryDisplay(): FakeDisplay {
    const [primary] = this.displays;
    if (!primary) throw new Error('The fake screen has no display');
    return primary;
  },
  /** Like Chromium: the display the rectangle overlaps most, else the nearest one. */
  getDisplayMatching(rect: Rectangle): FakeDisplay {
    const byOverlap = [...this.displays].sort(
      (a, b) => overlap(b.bounds, rect) - overlap(a.bounds, rect),
    );
    const best = byOverlap[0];
    if (best && overlap(best.bounds, rect) > 0) return best;
    return (
      [...this.displays].sort((a, b) => distance(a.bounds, rect) - distance(b.bounds, rect))[0] ??
      LAPTOP
    );
  },
  reset(): void {
    this.displays = [LAPTOP];
  },
};
