import diff from 'microdiff';
import { formatPath } from '../workers/json-path';

/**
 * What differs between two response bodies, ready to show: paths as text, values as short
 * previews. "left" is the tab's own context, "right" the one it is compared with; "added"
 * means only the right side has it, "removed" only the left.
 */

export interface SideBody {
  /** A 2xx answer. A refused side of a list comparison sees none of the items. */
  ok: boolean;
  text: string;
}

export interface Change {
  kind: 'added' | 'removed' | 'changed';
  path: string;
  left?: string;
  right?: string;
}

export interface ItemRef {
  id: string;
  /** Name, Username or the like, when the item has one. */
  label?: string;
}

export interface DifferingItem extends ItemRef {
  changes: Change[];
}

export interface ListComparison {
  kind: 'list';
  leftCount: number;
  rightCount: number;
  onlyLeft: ItemRef[];
  onlyRight: ItemRef[];
  differing: DifferingItem[];
  identical: number;
  /** Differences in Meta (TotalCount, paging). */
  meta: Change[];
  /** The side that answered with an error instead of a list. */
  unavailable?: 'left' | 'right';
  /** Entries left out to keep the view reasonable. */
  truncated: number;
}

export interface DocumentComparison {
  kind: 'document';
  changes: Change[];
  truncated: number;
}

/** Bodies that are not JSON are only compared for equality. */
export interface TextComparison {
  kind: 'text';
  identical: boolean;
}

export type BodyComparison = ListComparison | DocumentComparison | TextComparison;

export const MAX_ENTRIES = 500;
const PREVIEW_LENGTH = 120;

type Json = unknown;
type ListBody = { Meta: Record<string, Json>; Items: Json[] };

export function compareBodies(left: SideBody, right: SideBody): BodyComparison {
  const leftJson = parseJson(left.text);
  const rightJson = parseJson(right.text);
  const leftList = isList(leftJson) ? leftJson : undefined;
  const rightList = isList(rightJson) ? rightJson : undefined;
  if (leftList && rightList) return compareLists(leftList, rightList);
  if (leftList && !right.ok) return compareLists(leftList, undefined, 'right');
  if (rightList && !left.ok) return compareLists(undefined, rightList, 'left');
  if (leftJson !== NOT_JSON && rightJson !== NOT_JSON) return compareDocuments(leftJson, rightJson);
  return { kind: 'text', identical: left.text === right.text };
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): Json {
  if (!text.trim()) return NOT_JSON;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return NOT_JSON;
  }
}

function isRecord(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isList(value: Json): value is ListBody {
  return isRecord(value) && Array.isArray(value.Items) && isRecord(value.Meta);
}

/** Items are matched by ID, so a reordered page or an item one side cannot see reads as such. */
function compareLists(
  left: ListBody | undefined,
  right: ListBody | undefined,
  unavailable?: 'left' | 'right',
): ListComparison {
  const budget = new Budget();
  const leftItems = keyedItems(left?.Items ?? []);
  const rightItems = keyedItems(right?.Items ?? []);
  const onlyLeft: ItemRef[] = [];
  const onlyRight: ItemRef[] = [];
  const differing: DifferingItem[] = [];
  let identical = 0;
  // Meta first: the totals say more than any single item when the budget runs out.
  const meta = left && right ? structuralChanges(left.Meta, right.Meta, budget) : [];

  for (const [key, item] of leftItems) {
    const other = rightItems.get(key);
    if (other === undefined) {
      if (budget.take()) onlyLeft.push(itemRef(key, item));
      continue;
    }
    const changes = structuralChanges(item, other, budget);
    if (changes.length === 0) identical += 1;
    else differing.push({ ...itemRef(key, item), changes });
  }
  for (const [key, item] of rightItems) {
    if (!leftItems.has(key) && budget.take()) onlyRight.push(itemRef(key, item));
  }
  return {
    kind: 'list',
    leftCount: leftItems.size,
    rightCount: rightItems.size,
    onlyLeft,
    onlyRight,
    differing,
    identical,
    meta,
    ...(unavailable ? { unavailable } : {}),
    truncated: budget.skipped,
  };
}

function compareDocuments(left: Json, right: Json): DocumentComparison {
  const budget = new Budget();
  return {
    kind: 'document',
    changes: structuralChanges(left, right, budget),
    truncated: budget.skipped,
  };
}

/** Items by ID; an item without one is known by its position. */
function keyedItems(items: Json[]): Map<string, Json> {
  const keyed = new Map<string, Json>();
  items.forEach((item, index) => {
    const id = isRecord(item) ? item.ID : undefined;
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
    if (!keyed.has(key)) keyed.set(key, item);
  });
  return keyed;
}

function itemRef(id: string, item: Json): ItemRef {
  if (!isRecord(item)) return { id };
  const label = [item.Name, item.Username, item.Status].find((value) => typeof value === 'string');
  return label === undefined ? { id } : { id, label: label as string };
}

function structuralChanges(left: Json, right: Json, budget: Budget): Change[] {
  const containers =
    (isRecord(left) || Array.isArray(left)) && (isRecord(right) || Array.isArray(right));
  if (!containers || Array.isArray(left) !== Array.isArray(right)) {
    if (Object.is(left, right)) return [];
    return budget.take()
      ? [{ kind: 'changed', path: '', left: preview(left), right: preview(right) }]
      : [];
  }
  const changes: Change[] = [];
  for (const difference of diff(left as object, right as object)) {
    if (!budget.take()) continue;
    const path = formatPath(difference.path);
    if (difference.type === 'CREATE')
      changes.push({ kind: 'added', path, right: preview(difference.value) });
    else if (difference.type === 'REMOVE')
      changes.push({ kind: 'removed', path, left: preview(difference.oldValue) });
    else
      changes.push({
        kind: 'changed',
        path,
        left: preview(difference.oldValue),
        right: preview(difference.value),
      });
  }
  return changes;
}

class Budget {
  private used = 0;
  skipped = 0;
  take(): boolean {
    if (this.used < MAX_ENTRIES) {
      this.used += 1;
      return true;
    }
    this.skipped += 1;
    return false;
  }
}

export function preview(value: Json): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

/** How many differences a comparison found (for a heading or an accessible description). */
export function differenceCount(comparison: BodyComparison): number {
  if (comparison.kind === 'text') return comparison.identical ? 0 : 1;
  if (comparison.kind === 'document') return comparison.changes.length + comparison.truncated;
  return (
    comparison.onlyLeft.length +
    comparison.onlyRight.length +
    comparison.differing.length +
    comparison.meta.length +
    comparison.truncated
  );
}
