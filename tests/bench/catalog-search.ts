import { Catalog } from '../../main/catalog/catalog';
import { parseSpecText } from '../../main/catalog/spec-document';
import { readRealSpecText, syntheticSpec } from '../fixtures/openapi/specs';
import { row, runIfMain, timeMs } from './catalog-bench-support';
import { interleaved, percentile, type BenchResult } from './support/result';

const ROUNDS = 9;
const WARMUP_ROUNDS = 3;
const SYNTHETIC_OPERATIONS = 2000;
/** Budgets for one keystroke's search (p95), from the catalog's performance notes. */
const BUDGET_MS = { real: 3, synthetic: 10 };

/** Every prefix of queries people type: each prefix is one keystroke. */
const TYPED_QUERIES = [
  'list products',
  'me.get',
  '/orders/{direction}',
  'create line item',
  'prodcts',
  'spending account assign',
];
const KEYSTROKES = TYPED_QUERIES.flatMap((query) =>
  Array.from(query, (_char, index) => query.slice(0, index + 1)),
);

/** p95 over one pass of the keystrokes, in milliseconds. */
async function keystrokeP95(search: (query: string) => unknown): Promise<number> {
  return percentile(
    KEYSTROKES.map((query) => timeMs(() => search(query))),
    95,
  );
}

/** Median over rounds of the keystroke p95: fuzzy search vs showing the list unchanged. */
async function measure(catalog: Catalog): Promise<{ candidate: number; baseline: number }> {
  const operations = catalog
    .overview('file')
    .sections.flatMap((s) => s.resources.flatMap((r) => r.operations));
  const fuzzySearch = () => keystrokeP95((query) => catalog.search(query, 50));
  const unchangedList = () =>
    keystrokeP95(() => operations.map((o) => ({ operationId: o.id, score: 1, ranges: [] })));
  await interleaved(WARMUP_ROUNDS, fuzzySearch, unchangedList);
  return interleaved(ROUNDS, fuzzySearch, unchangedList);
}

export const ids = ['B6'];

export async function run(): Promise<BenchResult[]> {
  const realText = readRealSpecText();
  const real = new Catalog('real', parseSpecText(realText, 'real spec'), {});
  const syntheticText = JSON.stringify(syntheticSpec(JSON.parse(realText), SYNTHETIC_OPERATIONS));
  const synthetic = new Catalog('synthetic', parseSpecText(syntheticText, 'synthetic spec'), {});

  const onReal = await measure(real);
  const onSynthetic = await measure(synthetic);
  const p95 = (ops: number) => `catalog search, keystroke p95, ${ops} ops`;
  return [
    row('B6.search.real', `${p95(real.operationCount)} vs unchanged list`, onReal),
    row('B6.search.synthetic', `${p95(synthetic.operationCount)} vs unchanged list`, onSynthetic),
    row(
      'B6.budget.real',
      `${p95(real.operationCount)} vs ${BUDGET_MS.real} ms budget`,
      { candidate: onReal.candidate, baseline: BUDGET_MS.real },
      1,
    ),
    row(
      'B6.budget.synthetic',
      `${p95(synthetic.operationCount)} vs ${BUDGET_MS.synthetic} ms budget`,
      { candidate: onSynthetic.candidate, baseline: BUDGET_MS.synthetic },
      1,
    ),
  ];
}

await runIfMain(import.meta.url, run);
