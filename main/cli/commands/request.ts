import { readFile } from 'node:fs/promises';
import type { RequestBody } from '../../../preload/contract/requests';
import { randomUUID } from 'node:crypto';
import { ActionableError } from '../../http/failures';
import { parseCommand, parseQueryPairs } from '../arguments';
import { withServices, type CliContext } from '../context';
import { UsageError } from '../usage';
import { sessionOf } from './sessions';

/** `ocx request METHOD PATH`: the response body on stdout, the status on stderr. */
export async function runRequest(context: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    profile: { type: 'string' },
    as: { type: 'string' },
    data: { type: 'string' },
    query: { type: 'string', multiple: true },
  });
  const [method, path, ...extra] = positionals;
  if (!method || !path || extra.length || !/^[A-Za-z]+$/.test(method)) {
    throw new UsageError(
      'Use: ocx request METHOD PATH --profile NAME [--as LABEL] [--data JSON|@FILE] [--query K=V]...',
    );
  }
  const query = parseQueryPairs(values.query ?? []);
  const body = values.data === undefined ? undefined : await bodyFrom(values.data);
  return withServices(context, { unlock: true }, async (services) => {
    const { key } = await sessionOf(services, values);
    const response = await services.executor.execute({
      requestId: randomUUID(),
      ...key,
      method: method.toUpperCase(),
      path,
      query,
      headers: [],
      body,
    });
    context.io.writeOut(response.body);
    if (response.body.byteLength && response.body[response.body.byteLength - 1] !== 0x0a)
      context.io.writeOut('\n');
    const summary = `HTTP ${response.status} ${response.statusText} (${Math.round(response.timings.total)} ms, ${response.size} bytes)`;
    if (response.status < 400) {
      context.io.writeErr(`${summary}\n`);
      return 0;
    }
    const [first] = response.errors ?? [];
    throw new ActionableError(
      'api',
      first?.ErrorCode ?? `HTTP${response.status}`,
      `${summary}${first ? `: ${first.ErrorCode}: ${first.Message}` : ''}`,
      'The API refused the request; its answer is on stdout.',
    );
  });
}

async function bodyFrom(data: string): Promise<RequestBody> {
  if (!data.startsWith('@')) return { kind: 'json', text: data };
  try {
    return { kind: 'json', text: await readFile(data.slice(1), 'utf8') };
  } catch {
    throw new UsageError(`Cannot read the request body from ${data.slice(1)}.`);
  }
}
