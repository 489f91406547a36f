import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** Relative sizes of the panes (flex-grow weights), reset when panes are added or removed. */
export function usePaneSizes(count: number): [number[], (index: number, delta: number) => void] {
  const [state, setState] = useState(() => ({ count, sizes: Array<number>(count).fill(1) }));
  const sizes = state.count === count ? state.sizes : Array<number>(count).fill(1);
  const resize = useCallback(
    (index: number, delta: number) =>
      setState((current) => {
        const next = current.count === count ? [...current.sizes] : Array<number>(count).fill(1);
        const a = next[index] ?? 1;
        const b = next[index + 1] ?? 1;
        const shift = Math.max(-a + 0.2, Math.min(b - 0.2, delta * (a + b)));
        next[index] = a + shift;
        next[index + 1] = b - shift;
        return { count, sizes: next };
      }),
    [count],
  );
  return [sizes, resize];
}

interface PaneResizerProps {
  index: number;
  vertical: boolean;
  onResize: (index: number, delta: number) => void;
}

/** A draggable, keyboard-operable separator between two panes. */
export function PaneResizer({ index, vertical, onResize }: PaneResizerProps) {
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const handle = event.currentTarget;
    const container = handle.parentElement;
    if (!container) return;
    handle.setPointerCapture(event.pointerId);
    const extent = vertical ? container.clientHeight : container.clientWidth;
    let last = vertical ? event.clientY : event.clientX;
    const onMove = (move: globalThis.PointerEvent) => {
      const position = vertical ? move.clientY : move.clientX;
      onResize(index, (position - last) / extent);
      last = position;
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const grow = vertical ? 'ArrowDown' : 'ArrowRight';
    const shrink = vertical ? 'ArrowUp' : 'ArrowLeft';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    onResize(index, event.key === grow ? 0.05 : -0.05);
  };

  return (
    <div
      role="separator"
      aria-orientation={vertical ? 'horizontal' : 'vertical'}
      aria-label={`Resize panes ${index + 1} and ${index + 2}`}
      tabIndex={0}
      className="pane-resizer"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
