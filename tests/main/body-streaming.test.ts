import { createServer, type ServerResponse } from 'node:http';
import { getEventListeners } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyStream } from '../../main/bridge/body-stream';
import { RequestExecutor, type SendRequest } from '../../main/http/executor';
import {
  DEFAULT_HTTP_SETTINGS,
  HttpTransport,
  MAX_RESPONSE_BYTES,
} from '../../main/http/transport';

const MB = 1024 * 1024;
const body = Buffer.from(
  Uint8Array.from({ length: 3 * MB + 123 }, (_, index) => (index * 7) % 251),
);

type Answer = (response: ServerResponse, authorization: string | undefined) => void;
const answers = new Map<string, Answer>([
  ['/echo', (response) => response.end(`${response.req.method} 0`)],
  [
    '/whole',
    (response) => response.writeHead(200, { 'content-length': body.byteLength }).end(body),
  ],
  [
    '/renewed',
    (response, authorization) =>
      authorization === 'Bearer fresh'
        ? response.writeHead(200, { 'content-length': body.byteLength }).end(body)
        : response.writeHead(401, { 'content-length': 7 }).end('expired'),
  ],
  // A first part, then nothing: the test cancels, or the connection breaks.
  [
    '/stalls',
    (response) => response.writeHead(200, { 'content-length': 2 * MB }).write(body.subarray(0, MB)),
  ],
  [
    '/breaks',
    (response) => {
      response.writeHead(200, { 'content-length': 2 * MB });
      response.write(body.subarray(0, MB), () => setTimeout(() => response.socket?.destroy(), 20));
    },
  ],
  [
    '/huge',
    (response) => response.writeHead(200, { 'content-length': MAX_RESPONSE_BYTES + 1 }).write('x'),
  ],
]);

let url = '';
const sockets = new Set<Socket>();
const server = createServer((request, response) =>
  answers.get((request.url ?? '').replace(/^\/v1/, ''))?.(response, request.headers.authorization),
);
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const executor = () =>
  new RequestExecutor(
    {
      authorize: async () => ({ accessToken: 'stale', apiUrl: url }),
      reauthorize: async () => ({ accessToken: 'fresh', apiUrl: url }),
    },
    new HttpTransport(),
  );

let nextId = 1;
const request = (path: string): SendRequest => ({
  requestId: `r${nextId++}`,
  profileId: 'p',
  perspectiveId: 'a',
  method: 'GET',
  path,
  query: [],
  headers: [],
});

/** A BodyStream that keeps what it is given. */
function recorder(onPiece: (piece: Uint8Array) => void = () => undefined) {
  const seen = { opened: [] as [number, number | undefined][], pieces: [] as Uint8Array[] };
  const stream: BodyStream = {
    open: (status, expected) => (seen.opened.push([status, expected]), true),
    write: (piece) => {
      seen.pieces.push(piece.slice());
      onPiece(piece);
    },
  };
  return { seen, stream };
}

const joined = (pieces: Uint8Array[]) => Buffer.concat(pieces);

describe('streaming a response body as it arrives', () => {
  it('passes on every byte in order, and still answers with the whole body', async () => {
    const { seen, stream } = recorder();
    const response = await executor().execute(request('/whole'), stream);

    expect(seen.opened).toEqual([[200, body.byteLength]]);
    expect(seen.pieces.length).toBeGreaterThan(1);
    expect(joined(seen.pieces).equals(body)).toBe(true);
    expect(Buffer.from(response.body).equals(body)).toBe(true);
    expect(response.size).toBe(body.byteLength);
    expect(response.timings.total).toBeGreaterThan(0);
  });

  it('never streams the 401 that a renewed token answers', async () => {
    const { seen, stream } = recorder();
    const response = await executor().execute(request('/renewed'), stream);

    expect(response.retriedAfterRenewal).toBe(true);
    expect(seen.opened).toEqual([[200, body.byteLength]]);
    expect(joined(seen.pieces).equals(body)).toBe(true);
  });

  it('sends a body under a megabyte inline with the answer, not as a piece ahead of it', async () => {
    const { seen, stream } = recorder();
    const response = await executor().execute(request('/echo'), stream);

    expect(seen.pieces).toEqual([]);
    expect(new TextDecoder().decode(response.body)).toBe('GET 0');
  });

  it('stops when cancelled part way', async () => {
    const running = executor();
    const sent = request('/stalls');
    const { seen, stream } = recorder(() => running.cancel(sent.requestId));

    await expect(running.execute(sent, stream)).rejects.toMatchObject({
      code: 'RequestCancelled',
    });
    expect(seen.pieces.length).toBeGreaterThan(0);
  });

  it('fails with a network error, not a short body, when the connection breaks part way', async () => {
    const { seen, stream } = recorder();
    await expect(executor().execute(request('/breaks'), stream)).rejects.toMatchObject({
      kind: 'network',
    });
    expect(joined(seen.pieces).byteLength).toBeLessThan(2 * MB);
  });

  it('refuses a body larger than the cap before reading it', async () => {
    const { seen, stream } = recorder();
    await expect(executor().execute(request('/huge'), stream)).rejects.toMatchObject({
      code: 'ResponseTooLarge',
    });
    expect(seen.pieces).toEqual([]);
  });
});

describe('requests without a body', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    '%s with no body is sent and answered',
    async (method) => {
      const response = await new HttpTransport({ ...DEFAULT_HTTP_SETTINGS, timeoutMs: 2000 }).send({
        method,
        url: new URL(`${url}/echo`),
        headers: {},
      });
      expect(response.status).toBe(200);
      expect(new TextDecoder().decode(response.body)).toBe(`${method} 0`);
    },
  );
});

describe('one signal shared by many requests (all pages)', () => {
  it('keeps no abort listener once each request is done', async () => {
    const shared = new AbortController();
    const transport = new HttpTransport();
    for (let page = 0; page < 12; page++)
      await transport.send({
        method: 'GET',
        url: new URL(`${url}/renewed`),
        headers: {},
        signal: shared.signal,
      });

    expect(getEventListeners(shared.signal, 'abort')).toHaveLength(0);
  });
});
