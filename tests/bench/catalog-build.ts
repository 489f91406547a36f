import { Catalog } from '../../main/catalog/catalog';
import { parseSpecText } from '../../main/catalog/spec-document';
import {
  REAL_SPEC_OPERATION_COUNT,
  readRealSpecText,
  syntheticSpec,
} from '../fixtures/openapi/specs';
import { row, runIfMain, timeMs } from './catalog-bench-support';
import { interleaved, type BenchResult } from './support/result';

const ROUNDS = 11;
const WARMUP_ROUNDS = 3;
const REPEATS_PER_ROUND = 5;
const SYNTHETIC_OPERATIONS = 2000;
/** Building the index may cost at most this many JSON.parse calls of the same bytes. */
const TARGET_RATIO = 4;

/** Spec bytes → a searchable index, vs JSON.parse of the same bytes. */
async function measure(bytes: Buffer): Promise<{ candidate: number; baseline: number }> {
  const coldBuild = async () =>
    timeMs(
      () => new Catalog('bench', parseSpecText(bytes.toString('utf8'), 'bench'), {}),
      REPEATS_PER_ROUND,
    );
  const parseOnly = async () => timeMs(() => JSON.parse(bytes.toString('utf8')), REPEATS_PER_ROUND);
  await interleaved(WARMUP_ROUNDS, coldBuild, parseOnly);
  return interleaved(ROUNDS, coldBuild, parseOnly);
}

export const ids = ['B8'];

export async function run(): Promise<BenchResult[]> {
  const realText = readRealSpecText();
  const syntheticText = JSON.stringify(syntheticSpec(JSON.parse(realText), SYNTHETIC_OPERATIONS));
  const name = (ops: number) => `catalog cold index build, ${ops} ops vs JSON.parse`;
  return [
    row(
      'B8.build.real',
      name(REAL_SPEC_OPERATION_COUNT),
      await measure(Buffer.from(realText)),
      TARGET_RATIO,
    ),
    row(
      'B8.build.synthetic',
      name(SYNTHETIC_OPERATIONS),
      await measure(Buffer.from(syntheticText)),
      TARGET_RATIO,
    ),
  ];
}

await runIfMain(import.meta.url, run);
