#!/usr/bin/env node
// The `ocx` command line runs main's TypeScript sources directly through tsx, so a clone needs no build step.
import { register } from 'tsx/esm/api';

register();
// `ocx request ... | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { runCli } = await import('../main/cli/index.ts');
process.exitCode = await runCli(process.argv.slice(2));
