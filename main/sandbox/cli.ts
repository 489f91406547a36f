import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from './index';

const USAGE = 'Usage: ocx sandbox [--port N] [--data FILE] [--reset]\n';

/**
 * `ocx sandbox` / `npm run sandbox`: runs the Local sandbox until SIGINT or SIGTERM. Prints one
 * JSON line (SandboxReadyInfo) on stdout when ready. `--reset` puts --data back to the seed.
 */
export async function runSandboxCommand(args: string[]): Promise<number> {
  let values: { port?: string; data?: string; reset?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { port: { type: 'string' }, data: { type: 'string' }, reset: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port ?? 0);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) {
    process.stderr.write(
      `--port must be a number from 0 to 65535, not "${values.port}".\n${USAGE}`,
    );
    return 2;
  }
  if (values.reset && !values.data) {
    process.stderr.write(
      `--reset needs --data FILE (without it the sandbox starts from the seed anyway).\n${USAGE}`,
    );
    return 2;
  }
  let sandbox;
  try {
    sandbox = await startSandbox({
      port,
      ...(values.data && { dataFile: path.resolve(values.data) }),
    });
  } catch (error) {
    process.stderr.write(`The sandbox could not start: ${(error as Error).message}\n`);
    return 1;
  }
  if (values.reset) await sandbox.reset();
  process.stdout.write(`${JSON.stringify(sandbox.info)}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}
