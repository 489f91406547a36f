import type { RequestDraft } from '../../preload/contract/request-draft';

/** OrderCloud's list options and filter syntax (docs: Advanced Querying), as pure functions. */

export type QueryPair = RequestDraft['query'][number];

export type FilterOperator =
  | 'equals'
  | 'notEquals'
  | 'greaterThan'
  | 'lessThan'
  | 'atLeast'
  | 'atMost'
  | 'startsWith'
  | 'contains'
  | 'endsWith'
  | 'notStartsWith'
  | 'notContains'
  | 'notEndsWith';

type Comparison = '' | '>' | '<' | '>=' | '<=';
type Wildcard = 'none' | 'after' | 'around' | 'before';

interface OperatorSyntax {
  id: FilterOperator;
  label: string;
  negated: boolean;
  comparison: Comparison;
  wildcard: Wildcard;
}

export const FILTER_OPERATORS: readonly OperatorSyntax[] = [
  { id: 'equals', label: '=', negated: false, comparison: '', wildcard: 'none' },
  { id: 'notEquals', label: '!=', negated: true, comparison: '', wildcard: 'none' },
  { id: 'greaterThan', label: '>', negated: false, comparison: '>', wildcard: 'none' },
  { id: 'lessThan', label: '<', negated: false, comparison: '<', wildcard: 'none' },
  { id: 'atLeast', label: '>=', negated: false, comparison: '>=', wildcard: 'none' },
  { id: 'atMost', label: '<=', negated: false, comparison: '<=', wildcard: 'none' },
  { id: 'startsWith', label: 'starts with', negated: false, comparison: '', wildcard: 'after' },
  { id: 'contains', label: 'contains', negated: false, comparison: '', wildcard: 'around' },
  { id: 'endsWith', label: 'ends with', negated: false, comparison: '', wildcard: 'before' },
  {
    id: 'notStartsWith',
    label: "doesn't start with",
    negated: true,
    comparison: '',
    wildcard: 'after',
  },
  {
    id: 'notContains',
    label: "doesn't contain",
    negated: true,
    comparison: '',
    wildcard: 'around',
  },
  {
    id: 'notEndsWith',
    label: "doesn't end with",
    negated: true,
    comparison: '',
    wildcard: 'before',
  },
];

/** Longest first, so `>=` is not read as `>` followed by `=`. */
const COMPARISONS: readonly Comparison[] = ['>=', '<=', '>', '<'];

export interface FilterRow {
  field: string;
  operator: FilterOperator;
  /** Alternatives, joined with `|` (OR). */
  values: string[];
}

export interface SortField {
  field: string;
  descending: boolean;
}

export interface ListOptions {
  search: string;
  searchOn: string[];
  sortBy: SortField[];
  /** As typed, so a half-typed number survives; see listOptionProblems. */
  page: string;
  pageSize: string;
}

export interface ListQuery {
  options: ListOptions;
  filters: FilterRow[];
}

export const LIST_OPTION_NAMES = ['search', 'searchOn', 'sortBy', 'page', 'pageSize'] as const;
const listOptionNames: ReadonlySet<string> = new Set(LIST_OPTION_NAMES);

export const MAX_PAGE_SIZE = 100;

function syntaxOf(operator: FilterOperator): OperatorSyntax {
  const syntax = FILTER_OPERATORS.find((candidate) => candidate.id === operator);
  if (!syntax) throw new Error(`Unknown filter operator ${operator}`);
  return syntax;
}

export function encodeFilterTerm(operator: FilterOperator, value: string): string {
  const { negated, comparison, wildcard } = syntaxOf(operator);
  const before = wildcard === 'around' || wildcard === 'before' ? '*' : '';
  const after = wildcard === 'around' || wildcard === 'after' ? '*' : '';
  return `${negated ? '!' : ''}${comparison}${before}${value}${after}`;
}

/** One `|`-separated term; undefined when no single operator writes it (say `!>5`). */
export function decodeFilterTerm(
  term: string,
): { operator: FilterOperator; value: string } | undefined {
  const negated = term.startsWith('!');
  let rest = negated ? term.slice(1) : term;
  const comparison = COMPARISONS.find((prefix) => rest.startsWith(prefix)) ?? '';
  rest = rest.slice(comparison.length);
  let wildcard: Wildcard = 'none';
  if (comparison === '') {
    const leading = rest.startsWith('*');
    const trailing = rest.endsWith('*') && rest.length > (leading ? 1 : 0);
    wildcard = leading && trailing ? 'around' : trailing ? 'after' : leading ? 'before' : 'none';
    rest = rest.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  }
  const syntax = FILTER_OPERATORS.find(
    (candidate) =>
      candidate.negated === negated &&
      candidate.comparison === comparison &&
      candidate.wildcard === wildcard,
  );
  return syntax && { operator: syntax.id, value: rest };
}

export function encodeFilterValue(operator: FilterOperator, values: readonly string[]): string {
  return values.map((value) => encodeFilterTerm(operator, value)).join('|');
}

/**
 * Reads a filter value back into one operator and its alternatives. Mixed alternatives
 * (`Smith|Jo*`) come back as `equals` with the terms verbatim, so encoding gives back the input.
 */
export function decodeFilterValue(raw: string): { operator: FilterOperator; values: string[] } {
  const terms = raw.split('|');
  const decoded = terms.map(decodeFilterTerm);
  const operator = decoded[0]?.operator;
  const uniform = operator && decoded.every((term) => term?.operator === operator);
  if (!uniform) return { operator: 'equals', values: terms };
  return { operator, values: decoded.map((term) => term?.value ?? '') };
}

export function parseSortBy(raw: string): SortField[] {
  return splitList(raw).map((item) =>
    item.startsWith('!')
      ? { field: item.slice(1), descending: true }
      : { field: item, descending: false },
  );
}

export function formatSortBy(fields: readonly SortField[]): string {
  return fields.map(({ field, descending }) => (descending ? `!${field}` : field)).join(',');
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A row is written only once it has a field and at least one value. */
export function isCompleteFilter(row: FilterRow): boolean {
  return row.field.trim() !== '' && row.values.some((value) => value !== '');
}

export function filterToPair(row: FilterRow): QueryPair {
  const values = row.values.filter((value) => value !== '');
  return { name: row.field.trim(), value: encodeFilterValue(row.operator, values), enabled: true };
}

export function pairToFilter(pair: QueryPair): FilterRow {
  return { field: pair.name, ...decodeFilterValue(pair.value) };
}

export function isListOptionName(name: string): boolean {
  return listOptionNames.has(name);
}

export const EMPTY_LIST_OPTIONS: ListOptions = {
  search: '',
  searchOn: [],
  sortBy: [],
  page: '',
  pageSize: '',
};

/** Every enabled pair that is not a list option is a filter; the same field may repeat (AND). */
export function readListQuery(pairs: readonly QueryPair[]): ListQuery {
  const enabled = pairs.filter((pair) => pair.enabled);
  const last = (name: string) => enabled.findLast((pair) => pair.name === name)?.value ?? '';
  return {
    options: {
      search: last('search'),
      searchOn: splitList(last('searchOn')),
      sortBy: parseSortBy(last('sortBy')),
      page: last('page'),
      pageSize: last('pageSize'),
    },
    filters: enabled.filter((pair) => !isListOptionName(pair.name)).map(pairToFilter),
  };
}

export function writeListOptions(options: ListOptions): QueryPair[] {
  const entries: [string, string][] = [
    ['search', options.search],
    ['searchOn', options.searchOn.join(',')],
    ['sortBy', formatSortBy(options.sortBy)],
    ['page', options.page.trim()],
    ['pageSize', options.pageSize.trim()],
  ];
  return entries
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ({ name, value, enabled: true }));
}

export function writeFilters(rows: readonly FilterRow[]): QueryPair[] {
  return rows.filter(isCompleteFilter).map(filterToPair);
}

export function writeListQuery(query: ListQuery): QueryPair[] {
  return [...writeListOptions(query.options), ...writeFilters(query.filters)];
}

export interface OptionProblem {
  field: 'page' | 'pageSize';
  message: string;
}

export function listOptionProblems(
  options: Pick<ListOptions, 'page' | 'pageSize'>,
): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const whole = (value: string) => /^\d+$/.test(value.trim()) && Number(value) >= 1;
  if (options.page.trim() && !whole(options.page)) {
    problems.push({ field: 'page', message: 'page must be a whole number from 1' });
  }
  const pageSize = options.pageSize.trim();
  if (pageSize && !(whole(pageSize) && Number(pageSize) <= MAX_PAGE_SIZE)) {
    problems.push({
      field: 'pageSize',
      message: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
    });
  }
  return problems;
}
