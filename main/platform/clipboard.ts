import { spawn } from 'node:child_process';

/** Clipboard tools by platform, tried in order; the first one present is used. */
const TOOLS: Record<string, string[][]> = {
  darwin: [['pbcopy']],
  win32: [['clip']],
  linux: [['wl-copy'], ['xclip', '-selection', 'clipboard'], ['xsel', '--clipboard', '--input']],
};

/**
 * Browser mode's "Copy token": main writes the clipboard with the OS's own tool, so the token
 * never travels to the page. Fails with a plain message where no tool is installed.
 */
export async function writeClipboardWithSystemTool(text: string): Promise<void> {
  for (const [command, ...args] of TOOLS[process.platform] ?? []) {
    if (await pipeTo(command!, args, text)) return;
  }
  throw new Error('No clipboard tool found (install wl-clipboard, xclip or xsel).');
}

function pipeTo(command: string, args: string[], text: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'ignore'] });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
    child.stdin.end(text);
  });
}
