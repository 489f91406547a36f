import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalescePerKey } from '../../main/app/coalesce';

describe('coalescing change notices per key', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells at once, then once per window while changes continue, and never drops the last', () => {
    const told: string[] = [];
    const changed = coalescePerKey((key) => told.push(key), 100);
    changed('a');
    changed('b');
    expect(told).toEqual(['a', 'b']);
    for (let i = 0; i < 50; i++) changed('a');
    expect(told).toEqual(['a', 'b']);
    vi.advanceTimersByTime(100);
    expect(told).toEqual(['a', 'b', 'a']);
    vi.advanceTimersByTime(100);
    expect(told).toEqual(['a', 'b', 'a']);
    changed('a');
    expect(told).toEqual(['a', 'b', 'a', 'a']);
    changed.cancel();
    changed('a');
    expect(told).toEqual(['a', 'b', 'a', 'a', 'a']);
  });
});
