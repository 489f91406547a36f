import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface ScrollWindow {
  /** scrollTop, px. */
  top: number;
  /** The viewport's height, px. */
  height: number;
}

/**
 * The visible part of a scrolling element, re-rendered within the scroll event, so that the
 * frame that shows the new position also has its rows laid out (a later render would paint a
 * blank frame first).
 */
export function useScrollWindow(scroller: RefObject<HTMLElement | null>): ScrollWindow {
  const [view, setView] = useState<ScrollWindow>({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = () => {
      const next = { top: element.scrollTop, height: element.clientHeight };
      setView((current) =>
        current.top === next.top && current.height === next.height ? current : next,
      );
    };
    update();
    const onScroll = () => flushSync(update);
    element.addEventListener('scroll', onScroll, { passive: true });
    const resizes = new ResizeObserver(update);
    resizes.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      resizes.disconnect();
    };
  }, [scroller]);

  return view;
}
