import { OcxError } from '../bridge/errors';
import { resolveDataDir } from '../data-dir';
import { isActionable, type FailureKind } from '../http/failures';
import { VaultErrorCode } from '../vault/errors';
import { runProfilesCommand } from './commands/profiles';
import { runRequest } from './commands/request';
import { runLogin, runLogout, runWhoami } from './commands/sessions';
import type { CliContext } from './context';
import { processIo, type CliIo } from './io';
import { HELP, UsageError } from './usage';

export const ExitCode = { Ok: 0, Failed: 1, Usage: 2, Auth: 3, Api: 4, Network: 5 } as const;

const EXIT_BY_KIND: Record<FailureKind, number> = {
  usage: ExitCode.Usage,
  auth: ExitCode.Auth,
  api: ExitCode.Api,
  network: ExitCode.Network,
  cancelled: ExitCode.Failed,
};

type Command = (context: CliContext, args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  sandbox: async (_context, args) => (await import('../sandbox/cli')).runSandboxCommand(args),
  web: async (context, args) =>
    (await import('../web/index')).runBrowserMode(args, context.dataDir),
  profiles: runProfilesCommand,
  login: runLogin,
  whoami: runWhoami,
  request: runRequest,
  logout: runLogout,
};

/** `ocx`: see HELP. Returns the exit code; every failure is a message on stderr, never a stack. */
export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const { dataDir, help, command, args } = splitGlobalOptions(argv);
    if (help) {
      io.writeOut(HELP);
      return ExitCode.Ok;
    }
    const run = command === undefined ? undefined : COMMANDS[command];
    if (!run) throw new UsageError(command ? `Unknown command "${command}".` : 'Say what to do.');
    return await run({ dataDir: resolveDataDir(dataDir, io.env), io }, args);
  } catch (error) {
    return report(io, error);
  }
}

function splitGlobalOptions(argv: string[]) {
  const args = [...argv];
  let dataDir: string | undefined;
  let help = false;
  while (args[0]?.startsWith('-')) {
    const option = args.shift() ?? '';
    if (option === '-h' || option === '--help') help = true;
    else if (option === '--data-dir') dataDir = args.shift();
    else if (option.startsWith('--data-dir=')) dataDir = option.slice('--data-dir='.length);
    else throw new UsageError(`Unknown option ${option}.`);
    if (dataDir === '') throw new UsageError('--data-dir needs a folder.');
  }
  const [command, ...rest] = args;
  return { dataDir, help: help || rest.includes('--help'), command, args: rest };
}

function report(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    io.writeErr(`${error.message}\nRun ocx --help for usage.\n`);
    return ExitCode.Usage;
  }
  if (isActionable(error)) {
    io.writeErr(`${error.message}\n${error.hint}\n`);
    return EXIT_BY_KIND[error.kind];
  }
  if (error instanceof OcxError) {
    io.writeErr(`${error.message}\n`);
    return isVaultCode(error.code) ? ExitCode.Auth : ExitCode.Usage;
  }
  io.writeErr(
    `ocx failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  return ExitCode.Failed;
}

function isVaultCode(code: string): boolean {
  return (Object.values(VaultErrorCode) as string[]).includes(code);
}
