import type { PassphrasePrompt } from '../vault/passphrase-source';

/** Where a command reads and writes: the process in real use, buffers in tests. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  writeOut(text: string | Uint8Array): void;
  writeErr(text: string): void;
  readStdin(): Promise<string>;
  /** Present only when there is a terminal to ask in. */
  prompt?: PassphrasePrompt;
}

export function processIo(): CliIo {
  return {
    env: process.env,
    writeOut: (text) => void process.stdout.write(text),
    writeErr: (text) => void process.stderr.write(text),
    readStdin,
    prompt: process.stdin.isTTY ? promptWithoutEcho : undefined,
  };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  // `echo secret |` adds a newline that is not part of the secret.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Reads a line from the terminal without showing it. */
function promptWithoutEcho(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (done: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      done();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(typed));
        if (character === '\u0003') return finish(() => reject(new Error('Cancelled.')));
        typed =
          character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character;
      }
    };
    stdin.on('data', onData);
  });
}

export function printJson(io: CliIo, value: unknown): void {
  io.writeOut(`${JSON.stringify(value, null, 2)}\n`);
}
