/**
 * Calls `notify(key)` at once for the first change of a key, then at most once per `windowMs`
 * while changes keep coming (the last one is never lost). A request a millisecond records a
 * history entry a millisecond; the window needs to hear about it a few times a second, not 1,000.
 */
export function coalescePerKey(
  notify: (key: string) => void,
  windowMs: number,
): { (key: string): void; cancel(): void } {
  const windows = new Map<string, { timer: NodeJS.Timeout; pending: boolean }>();
  const open = (key: string) => {
    const timer = setTimeout(() => {
      const slot = windows.get(key);
      windows.delete(key);
      if (slot?.pending) {
        notify(key);
        open(key);
      }
    }, windowMs);
    timer.unref();
    windows.set(key, { timer, pending: false });
  };
  const changed = (key: string) => {
    const slot = windows.get(key);
    if (slot) {
      slot.pending = true;
      return;
    }
    notify(key);
    open(key);
  };
  changed.cancel = () => {
    for (const { timer } of windows.values()) clearTimeout(timer);
    windows.clear();
  };
  return changed;
}
