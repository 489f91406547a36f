import type { StallReport } from './viewer-harness-api';

/** Resolves once `find` returns an element, checking after every DOM change under `root`. */
export function waitForElement(
  root: HTMLElement,
  find: () => Element | null | undefined,
): Promise<Element> {
  const found = find();
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = find();
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** Resolves after the next frame has been painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Watches the main thread two ways: a heartbeat task that notes the longest gap between its
 * beats, and the browser's own long-task entries. The longest stall is the larger of the two.
 */
export function watchStalls(): { stop: () => StallReport } {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let longestGap = 0;
  let last = performance.now();
  let running = true;
  const beat = () => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    if (running) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  return {
    stop() {
      running = false;
      longestGap = Math.max(longestGap, performance.now() - last);
      for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
      observer.disconnect();
      return { longestStallMs: Math.max(longestGap, ...longTasks), longTasks };
    },
  };
}

/** The same watch over an idle page for `ms`: what the probe sees with no load. */
export async function idleStalls(ms: number): Promise<StallReport> {
  const watch = watchStalls();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return watch.stop();
}
