import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Region, Stage, type Environment } from '../../preload/contract/environments';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, with its complaints turned into usage errors. */
export function parseCommand<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required.`);
  return value;
}

/** `local`, or REGION/STAGE such as `us-west/sandbox`. */
export function parseEnvironment(text: string): Environment {
  if (text === 'local') return { kind: 'local' };
  const [region, stage] = text.split('/');
  const parsedRegion = Region.safeParse(region);
  const parsedStage = Stage.safeParse(stage);
  if (!parsedRegion.success || !parsedStage.success) {
    throw new UsageError(
      `--env must be local or REGION/STAGE, with REGION one of ${Region.options.join(', ')} and STAGE one of ${Stage.options.join(', ')}.`,
    );
  }
  return { kind: 'region', region: parsedRegion.data, stage: parsedStage.data };
}

/** `K=V` pairs; the value may itself contain `=`. */
export function parseQueryPairs(pairs: string[]): Array<{ name: string; value: string }> {
  return pairs.map((pair) => {
    const index = pair.indexOf('=');
    if (index <= 0) throw new UsageError(`--query takes NAME=VALUE, not "${pair}".`);
    return { name: pair.slice(0, index), value: pair.slice(index + 1) };
  });
}
