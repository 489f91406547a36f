import uFuzzy from '@leeoniya/ufuzzy';
import type { HighlightRange, SearchHit } from '../../preload/contract/catalog';

type SearchField = HighlightRange['field'];
type Searchable = Readonly<Record<SearchField, string>>;

const FIELDS: readonly SearchField[] = ['summary', 'path', 'id'];
const SEPARATOR = ' | ';
/** Term orders tried for multi-word queries ("products list" finds "list products"): 3! tries. */
const OUT_OF_ORDER_TERMS = 3;

const Exactness = { exact: 0, verbatim: 1, fuzzy: 2 } as const;

interface FieldSpan {
  field: SearchField;
  start: number;
  end: number;
}

/** Everything a keystroke needs about one operation, computed once. */
interface Entry {
  id: string;
  lowerId: string;
  lowerPath: string;
  lowerText: string;
  spans: FieldSpan[];
}

interface Match {
  index: number;
  /** uFuzzy's flat [start, end, start, end...] over the haystack text. */
  ranges: number[];
}

/**
 * Fuzzy search over summary, path and operation id. The haystack is built once; a keystroke
 * costs one uFuzzy pass plus a stable re-rank that puts exact and verbatim matches first.
 */
export class OperationSearch {
  private readonly haystack: string[];
  private readonly entries: Entry[];
  private readonly fuzzy = new uFuzzy({ intraMode: 1 });

  constructor(operations: readonly Searchable[]) {
    this.haystack = operations.map((operation) => FIELDS.map((f) => operation[f]).join(SEPARATOR));
    this.entries = operations.map((operation, index) => ({
      id: operation.id,
      lowerId: operation.id.toLowerCase(),
      lowerPath: operation.path.toLowerCase(),
      lowerText: this.haystack[index]?.toLowerCase() ?? '',
      spans: layoutFields(operation),
    }));
  }

  search(query: string, limit: number): SearchHit[] {
    const needle = query.trim();
    if (needle === '') return [];
    const lowerNeedle = needle.toLowerCase();
    const best = this.fuzzyMatches(needle)
      .map((match, rank) => ({ match, rank, exactness: this.exactness(match.index, lowerNeedle) }))
      .sort((a, b) => a.exactness - b.exactness || a.rank - b.rank)
      .slice(0, limit);
    return best.map(({ match }, rank) => ({
      operationId: this.entries[match.index]?.id ?? '',
      score: 1 - rank / best.length,
      ranges: this.toFieldRanges(match),
    }));
  }

  /** In uFuzzy's order; unranked and without ranges when too many match to rank cheaply. */
  private fuzzyMatches(needle: string): Match[] {
    const [indexes, info, order] = this.fuzzy.search(this.haystack, needle, OUT_OF_ORDER_TERMS);
    if (!indexes) return [];
    if (!info || !order) return indexes.map((index) => ({ index, ranges: [] }));
    return order.map((position) => ({
      index: info.idx[position] ?? 0,
      ranges: info.ranges[position] ?? [],
    }));
  }

  /** Exact: the query is the id or the path (leading slash optional); verbatim: it appears. */
  private exactness(index: number, lowerNeedle: string): number {
    const entry = this.entries[index];
    if (!entry) return Exactness.fuzzy;
    const { lowerId, lowerPath, lowerText } = entry;
    if (lowerId === lowerNeedle || lowerPath === lowerNeedle || lowerPath === `/${lowerNeedle}`) {
      return Exactness.exact;
    }
    return lowerText.includes(lowerNeedle) ? Exactness.verbatim : Exactness.fuzzy;
  }

  private toFieldRanges({ index, ranges: flat }: Match): HighlightRange[] {
    const spans = this.entries[index]?.spans ?? [];
    const ranges: HighlightRange[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const start = flat[i] ?? 0;
      const span = spans.find((candidate) => start >= candidate.start && start < candidate.end);
      if (!span) continue;
      const end = Math.min(flat[i + 1] ?? start, span.end);
      ranges.push({ field: span.field, start: start - span.start, end: end - span.start });
    }
    return ranges;
  }
}

function layoutFields(operation: Searchable): FieldSpan[] {
  let offset = 0;
  return FIELDS.map((field) => {
    const span = { field, start: offset, end: offset + operation[field].length };
    offset = span.end + SEPARATOR.length;
    return span;
  });
}
