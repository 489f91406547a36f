import type { QueryPair } from './list-query';

/** Characters OrderCloud's docs write unescaped in list queries; escaping them hides the intent. */
const READABLE = /%(7C|2C|21|2A|3E|3C|3D|3A|2F|40|24)/gi;

function encodePart(text: string): string {
  return encodeURIComponent(text).replace(READABLE, (escaped) => decodeURIComponent(escaped));
}

/** `?name=value&…` for the enabled pairs that have a name; '' when there are none. */
export function queryString(pairs: readonly QueryPair[]): string {
  const parts = pairs
    .filter((pair) => pair.enabled && pair.name.trim() !== '')
    .map((pair) => `${encodeURIComponent(pair.name.trim())}=${encodePart(pair.value)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** [pairs named in `names`, the others], each in draft order. */
export function partitionByName(
  pairs: readonly QueryPair[],
  names: ReadonlySet<string>,
): [QueryPair[], QueryPair[]] {
  return [
    pairs.filter((pair) => names.has(pair.name)),
    pairs.filter((pair) => !names.has(pair.name)),
  ];
}

export function valueOf(pairs: readonly QueryPair[], name: string): string {
  return pairs.findLast((pair) => pair.enabled && pair.name === name)?.value ?? '';
}

/** Sets (or, given '', removes) the one pair named `name`, keeping its place. */
export function withValue(pairs: readonly QueryPair[], name: string, value: string): QueryPair[] {
  const others = pairs.filter((pair) => pair.name !== name);
  if (value === '') return others;
  const pair = { name, value, enabled: true };
  const index = pairs.findIndex((existing) => existing.name === name);
  return index === -1
    ? [...others, pair]
    : [...others.slice(0, index), pair, ...others.slice(index)];
}

export function samePairs(a: readonly QueryPair[], b: readonly QueryPair[]): boolean {
  return (
    a.length === b.length &&
    a.every((pair, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        pair.name === other.name &&
        pair.value === other.value &&
        pair.enabled === other.enabled
      );
    })
  );
}
