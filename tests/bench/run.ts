// `npm run bench [-- --check] [-- --only B3]`: every benchmark, each a ratio against a baseline
// measured in the same run. Prints a table; with --check, exits 1 when a ratio misses its target.
// With --only, a module runs only if its exported `ids` (or, lacking them, its source) names it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bounded, type BenchResult } from './support/result';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.find((_arg, index) => args[index - 1] === '--only');

const files = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  // Without `ids`, a module whose source never mentions the family is not even imported.
  const source = readFileSync(path.join(here, file), 'utf8');
  if (only && !source.includes('export const ids') && !source.includes(only)) continue;
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as {
    run?: () => Promise<BenchResult[]>;
    /** The families a module measures (`['B1']`); with --only, a module that names others is skipped. */
    ids?: string[];
  };
  if (!module.run) continue;
  if (only && module.ids && !module.ids.some((id) => id.startsWith(only) || only.startsWith(id)))
    continue;
  process.stderr.write(`… ${file}\n`);
  const rows = await module.run();
  results.push(...rows.filter((row) => !only || row.id.startsWith(only)));
}

results.sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
const table = results.map((row) => ({
  id: row.id,
  benchmark: row.name,
  candidate: format(row.candidate, row.unit),
  baseline: format(row.baseline, row.unit),
  ratio: row.ratio.toFixed(2),
  target: row.target === undefined ? '' : `≤ ${targetText(row)}`,
  verdict: row.target === undefined ? '' : bounded(row) <= row.target ? 'pass' : 'MISS',
}));
console.table(table);

const misses = results.filter((row) => row.target !== undefined && bounded(row) > row.target);
if (check && misses.length) {
  console.error(
    `${misses.length} benchmark(s) missed their target: ${misses.map((row) => row.id).join(', ')}`,
  );
  process.exit(1);
}

function targetText(row: BenchResult): string {
  return row.targetOn === 'candidate' ? format(row.target!, row.unit) : String(row.target);
}

function format(value: number, unit = 'ms'): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}
