const numbers = new Intl.NumberFormat('en-US');

export function formatCount(count: number): string {
  return numbers.format(count);
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 1,023 B · 12.3 KB · 34 MB (binary multiples, as the size thresholds are). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${formatCount(value)} B`;
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1) return '< 1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}
