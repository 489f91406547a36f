import type { Environment } from '../../../preload/contract/environments';
import { parseCommand, parseEnvironment, required } from '../arguments';
import { ensureBuiltInProfile } from '../../profiles/builtin-profile';
import { profileNamed, withServices, type CliContext } from '../context';
import { printJson } from '../io';
import { UsageError } from '../usage';

const COLORS = ['#1c7ed6', '#e8590c', '#7048e8', '#0ca678', '#d6336c', '#f59f00'];

export async function runProfilesCommand(context: CliContext, args: string[]): Promise<number> {
  const [subcommand, ...rest] = args;
  switch (subcommand) {
    case 'add':
      return addProfile(context, rest);
    case 'list':
      parseCommand(rest, {});
      return withServices(context, { unlock: false }, async (services) => {
        await ensureBuiltInProfile(services);
        printJson(context.io, services.profiles.list());
        return 0;
      });
    case 'remove': {
      const name = onlyName(parseCommand(rest, {}).positionals, 'profiles remove NAME');
      return withServices(context, { unlock: false }, async (services) => {
        const profile = await profileNamed(services, name);
        await services.profiles.remove(profile.id);
        printJson(context.io, { removed: profile.name });
        return 0;
      });
    }
    default:
      throw new UsageError('Use: ocx profiles add|list|remove (see ocx --help).');
  }
}

async function addProfile(context: CliContext, args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    'base-url': { type: 'string' },
    env: { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret-stdin': { type: 'boolean' },
  });
  const name = onlyName(positionals, 'profiles add NAME');
  const clientId = required(values['client-id'], '--client-id');
  const environment = environmentFrom(values['base-url'], values.env);
  const secret = values['client-secret-stdin'] ? await context.io.readStdin() : undefined;
  if (values['client-secret-stdin'] && !secret)
    throw new UsageError('No client secret arrived on stdin.');
  return withServices(context, { unlock: secret !== undefined }, async (services) => {
    const profile = await services.profiles.create({
      name,
      color: COLORS[services.profiles.list().length % COLORS.length] ?? '#1c7ed6',
      environment,
      apiClients: [{ id: 'default', clientId, label: 'Default', secret }],
      perspectives: [],
    });
    printJson(context.io, profile);
    return 0;
  });
}

function environmentFrom(baseUrl: string | undefined, env: string | undefined): Environment {
  if (Boolean(baseUrl) === Boolean(env))
    throw new UsageError('Give either --base-url URL or --env ENV.');
  if (env) return parseEnvironment(env);
  if (!/^https?:\/\/[^\s]+$/i.test(baseUrl ?? '')) {
    throw new UsageError('--base-url must be an http:// or https:// URL.');
  }
  return { kind: 'custom', apiUrl: baseUrl ?? '' };
}

function onlyName(positionals: string[], usage: string): string {
  const [name, ...extra] = positionals;
  if (!name || extra.length) throw new UsageError(`Use: ocx ${usage}`);
  return name;
}
