// Categories nest through ParentID within one catalog.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Category } from '../store/model';

/** `depth` is a number of 1 or more, or "all". */
export function parseDepth(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  if (text.toLowerCase() === 'all') return Infinity;
  const depth = Number(text);
  if (!Number.isInteger(depth) || depth < 1) {
    throw apiErrors.rule(
      400,
      'Category.InvalidDepth',
      "Depth must be an integer greater than 0, or 'all'.",
    );
  }
  return depth;
}

/** 1 for a root category, 2 for its children, and so on. */
export function levelOf(categories: Category[], category: Category): number {
  let level = 1;
  let parentID = category.ParentID;
  const seen = new Set<string>();
  while (parentID && !seen.has(parentID.toLowerCase()) && level <= categories.length) {
    seen.add(parentID.toLowerCase());
    const parent = categories.find((candidate) => sameId(candidate.ID, parentID));
    if (!parent) break;
    level++;
    parentID = parent.ParentID;
  }
  return level;
}

/** The category and everything below it, down to `depth` levels (1 = just the category). */
export function subtree(categories: Category[], rootID: string, depth = Infinity): Category[] {
  const result: Category[] = [];
  const seen = new Set<string>();
  let frontier = categories.filter((category) => sameId(category.ID, rootID));
  for (let level = 1; frontier.length && level <= depth; level++) {
    frontier.forEach((category) => seen.add(category.ID.toLowerCase()));
    result.push(...frontier);
    const parents = frontier;
    frontier = categories.filter(
      (category) =>
        !seen.has(category.ID.toLowerCase()) &&
        parents.some((parent) => sameId(category.ParentID, parent.ID)),
    );
  }
  return result;
}

/** Refuses a ParentID that is missing or would make the category its own ancestor. */
export function assertValidParent(categories: Category[], category: Category): void {
  if (!category.ParentID) return;
  if (!categories.some((candidate) => sameId(candidate.ID, category.ParentID))) {
    throw apiErrors.notFound('Category', category.ParentID);
  }
  if (subtree(categories, category.ID).some((below) => sameId(below.ID, category.ParentID))) {
    throw apiErrors.rule(
      400,
      'Category.CircularReference',
      'Cannot assign this parent ID. Circular reference detected.',
    );
  }
}
