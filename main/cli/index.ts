export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'web') {
    const { runBrowserMode } = await import('../web/index');
    return runBrowserMode(rest, process.env.OCX_DATA_DIR ?? '.ocx-data');
  }
  if (command === 'sandbox') {
    const { runSandboxCommand } = await import('../sandbox/cli');
    return runSandboxCommand(rest);
  }
  process.stderr.write('usage: ocx web|sandbox\n');
  return 2;
}
