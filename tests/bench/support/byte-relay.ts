// The second hop of B2 on its own: bytes already in a process's memory, sent to the bench in the
// pieces main passes a body on in, over a WebSocket or over this process's IPC channel (forked
// with `serialization: 'advanced'`, as the stand-in is). No HTTP, no dispatch, no framing of
// ours. Forked by bridge-rig.ts; not meant to be run by hand.
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export type ToRelay = { type: 'send'; bytes: number };
export type FromRelay =
  { type: 'ready'; port: number } | { type: 'piece'; chunk: Uint8Array } | { type: 'end' };

/** As main's transport passes a body on (main/http/transport.ts). */
const PIECE_BYTES = 1024 * 1024;
const END = new Uint8Array(0);

let body: Uint8Array = new Uint8Array(0);
const bodyOf = (size: number) => (body.byteLength === size ? body : (body = filled(size)));

function* pieces(size: number) {
  const bytes = bodyOf(size);
  for (let offset = 0; offset < size; offset += PIECE_BYTES)
    yield bytes.subarray(offset, Math.min(size, offset + PIECE_BYTES));
}

function filled(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = 32 + (index % 90);
  return bytes;
}

const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
server.on('connection', (socket) =>
  socket.on('message', (data: Buffer) => {
    for (const chunk of pieces(Number(data.toString()))) socket.send(chunk, { binary: true });
    socket.send(END, { binary: true });
  }),
);

process.on('message', (message: ToRelay) => {
  for (const chunk of pieces(message.bytes)) process.send!({ type: 'piece', chunk });
  process.send!({ type: 'end' } satisfies FromRelay);
});
process.on('disconnect', () => server.close(() => process.exit(0)));
process.send!({ type: 'ready', port: (server.address() as AddressInfo).port } satisfies FromRelay);
