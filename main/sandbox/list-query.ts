// OrderCloud's list options (documents_advanced-querying.mdx): page, pageSize, search,
// searchOn, sortBy and filters on any property, xp included, with * ! > < >= <= and |.
import { apiErrors } from './http/errors';
import type { ListInfo } from './spec/sandbox-spec';

export interface ListMeta {
  Facets?: unknown[];
  Page: number;
  PageSize: number;
  TotalCount: number;
  TotalPages: number;
  ItemRange: [number, number];
}

export interface ListPage<T> {
  Meta: ListMeta;
  Items: T[];
}

type Operator = '=' | '>' | '<' | '>=' | '<=';

interface Condition {
  negated: boolean;
  operator: Operator;
  pattern: string;
}

/** One filter key: its alternatives are OR'ed; repeated keys are separate filters, AND'ed. */
interface Filter {
  path: string[];
  alternatives: Condition[];
}

export interface ListOptions {
  page: number;
  pageSize: number;
  search: string[];
  searchOn: string[][];
  sortBy: Array<{ path: string[]; descending: boolean }>;
  filters: Filter[];
  withFacets: boolean;
}

const LIST_PARAMS = new Set(['page', 'pagesize', 'search', 'searchon', 'sortby', 'filters']);
const DEFAULT_SEARCH_ON = ['ID', 'Name', 'Description'];

function wholeNumber(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback;
  return /^\d+$/.test(value) ? Number(value) : NaN;
}

function commaList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function checkProperty(name: string, allowed: string[], errorCode: string, what: string): string[] {
  const path = name.split('.');
  if (path[0]!.toLowerCase() === 'xp' || allowed.length === 0) return path;
  if (!allowed.some((candidate) => candidate.toLowerCase() === path[0]!.toLowerCase())) {
    throw apiErrors.rule(400, errorCode, `${name} is not ${what}.`, { Property: name });
  }
  return path;
}

function parseCondition(text: string): Condition {
  let rest = text;
  const negated = rest.startsWith('!');
  if (negated) rest = rest.slice(1);
  const operator = (/^(>=|<=|>|<)/.exec(rest)?.[1] ?? '=') as Operator;
  return { negated, operator, pattern: rest.slice(operator === '=' ? 0 : operator.length) };
}

/** Reads the list options from a query string; the operation's own parameters are not filters. */
export function parseListOptions(
  query: URLSearchParams,
  info: ListInfo,
  declaredQuery: ReadonlySet<string>,
  itemProperties: string[],
): ListOptions {
  const lower = new Map([...query.keys()].map((key) => [key.toLowerCase(), query.get(key)]));
  const page = wholeNumber(lower.get('page') ?? null, 1);
  const pageSize = wholeNumber(lower.get('pagesize') ?? null, 20);
  if (!(page >= 1)) throw apiErrors.invalidRequest('page must be a whole number of 1 or more.');
  if (!(pageSize >= 1 && pageSize <= 100)) {
    throw apiErrors.rule(400, 'List.InvalidPageSize', 'pageSize must be between 1 and 100.');
  }
  const searchOn = commaList(lower.get('searchon') ?? null);
  const filters: Filter[] = [];
  for (const [key, value] of query) {
    const name = key.toLowerCase();
    if (LIST_PARAMS.has(name) || declaredQuery.has(name)) continue;
    const path = checkProperty(
      key,
      itemProperties,
      'List.InvalidProperty',
      'a property of this list',
    );
    filters.push({ path, alternatives: value.split('|').map(parseCondition) });
  }
  return {
    page,
    pageSize,
    search: (lower.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    searchOn: (searchOn.length
      ? searchOn
      : info.searchOn.length
        ? info.searchOn
        : DEFAULT_SEARCH_ON
    ).map((name) => checkProperty(name, info.searchOn, 'List.InvalidSearchProperty', 'searchable')),
    sortBy: commaList(lower.get('sortby') ?? null).map((entry) => {
      const descending = entry.startsWith('!');
      const name = descending ? entry.slice(1) : entry;
      const allowed = info.sortBy.length ? info.sortBy : itemProperties;
      return {
        path: checkProperty(name, allowed, 'List.InvalidSortProperty', 'sortable'),
        descending,
      };
    }),
    filters,
    withFacets: info.withFacets,
  };
}

/** Values at a dotted path, property names matched without case; arrays are looked through. */
export function valuesAt(item: unknown, path: string[]): unknown[] {
  let current: unknown[] = [item];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const value of current.flatMap((entry) => (Array.isArray(entry) ? entry : [entry]))) {
      if (typeof value !== 'object' || value === null) continue;
      const record = value as Record<string, unknown>;
      const key =
        segment in record
          ? segment
          : Object.keys(record).find(
              (candidate) => candidate.toLowerCase() === segment.toLowerCase(),
            );
      if (key !== undefined) next.push(record[key]);
    }
    current = next;
  }
  return current.flatMap((value) => (Array.isArray(value) ? value : [value]));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** One ordering for sorting and for > and <, so the "last ID" paging method stays consistent. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string' && ISO_DATE.test(a) && ISO_DATE.test(b)) {
    return Date.parse(a) - Date.parse(b);
  }
  const left = String(a).toLowerCase();
  const right = String(b).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The filter text read as the type of the value it is compared with. */
function coerce(pattern: string, like: unknown): unknown {
  if (typeof like === 'number' && pattern.trim() !== '' && !Number.isNaN(Number(pattern))) {
    return Number(pattern);
  }
  if (typeof like === 'boolean') return pattern.toLowerCase() === 'true';
  return pattern;
}

function wildcard(pattern: string): RegExp {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${source.join('.*')}$`, 'i');
}

function valueMatches(value: unknown, condition: Condition): boolean {
  if (value === null || value === undefined) return false;
  if (condition.operator !== '=') {
    const order = compareValues(value, coerce(condition.pattern, value));
    return { '>': order > 0, '<': order < 0, '>=': order >= 0, '<=': order <= 0 }[
      condition.operator
    ];
  }
  if (condition.pattern.includes('*')) return wildcard(condition.pattern).test(String(value));
  return compareValues(value, coerce(condition.pattern, value)) === 0 && typeof value !== 'object';
}

function matchesFilter(item: unknown, filter: Filter): boolean {
  const values = valuesAt(item, filter.path);
  return filter.alternatives.some((condition) => {
    const hit = values.some((value) => valueMatches(value, condition));
    return condition.negated ? !hit : hit;
  });
}

function matchesSearch(item: unknown, options: ListOptions): boolean {
  const texts = options.searchOn.flatMap((path) =>
    valuesAt(item, path).map((value) => String(value ?? '').toLowerCase()),
  );
  return options.search.every((term) => texts.some((text) => text.includes(term)));
}

function sortItems<T>(items: T[], sortBy: ListOptions['sortBy']): T[] {
  if (!sortBy.length) return items;
  return [...items].sort((a, b) => {
    for (const { path, descending } of sortBy) {
      const left = valuesAt(a, path)[0];
      const right = valuesAt(b, path)[0];
      const missing =
        Number(left === null || left === undefined) - Number(right === null || right === undefined);
      const order = missing || compareValues(left, right);
      if (order) return descending ? -order : order;
    }
    return 0;
  });
}

/** Filters, searches, sorts and cuts one page, with OrderCloud's Meta. */
export function listPage<T>(items: T[], options: ListOptions): ListPage<T> {
  const matching = items.filter(
    (item) =>
      options.filters.every((filter) => matchesFilter(item, filter)) &&
      matchesSearch(item, options),
  );
  const sorted = sortItems(matching, options.sortBy);
  return paginate(sorted, options.page, options.pageSize, options.withFacets);
}

export function paginate<T>(
  items: T[],
  page: number,
  pageSize: number,
  withFacets = false,
): ListPage<T> {
  const start = (page - 1) * pageSize;
  const pageItems = items.slice(start, start + pageSize);
  return {
    Meta: {
      ...(withFacets && { Facets: [] }),
      Page: page,
      PageSize: pageSize,
      TotalCount: items.length,
      TotalPages: Math.ceil(items.length / pageSize),
      ItemRange: [start + 1, start + pageItems.length],
    },
    Items: pageItems,
  };
}
