import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventName, EventPayload } from '../../preload/contract';
import { decodeMessage, encodeMessageParts } from '../../preload/transport/wire';
import { dispatchStreamingBody } from '../bridge/body-stream';
import type { Dispatch } from '../bridge/dispatch';
import { contentSecurityPolicy } from '../security/csp';
import { AccessGuard } from './guard';
import { readStaticFile } from './static-files';

const BRIDGE_SCRIPT = '<script src="./ocx-bridge.js"></script>';
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  port: number;
  token: string;
  staticDir: string;
}

export interface WebServer {
  url: string;
  port: number;
  /** Pushes an event to every connected page. */
  broadcast<K extends EventName>(event: K, payload: EventPayload<K>): void;
  attach(dispatch: Dispatch): void;
  close(): Promise<void>;
}

/** Serves the built renderer and the contract over a WebSocket, on 127.0.0.1 only. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let dispatch: Dispatch | undefined;
  let nextCaller = 1;
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  // The guard needs the port, so listen first and attach the handlers right after.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const guard = new AccessGuard(options.token, port);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void serveHttp(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function serveHttp(request: IncomingMessage, response: ServerResponse) {
    if (!guard.hostAllowed(request)) return refuse(response, 403, 'Unknown host.');
    const queryToken = guard.tokenFromQuery(request);
    const authorised = guard.matches(queryToken) || guard.matches(guard.tokenFromCookie(request));
    if (!authorised) {
      return refuse(
        response,
        403,
        'Open OC Explorer with the URL that `npm run start:web` printed.',
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return refuse(response, 405, 'Method not allowed.');

    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = await readStaticFile(options.staticDir, pathname);
    if (!file) return refuse(response, 404, 'Not found.');

    const isPage = file.contentType.startsWith('text/html');
    const body = isPage
      ? Buffer.from(file.body.toString('utf8').replace('<head>', `<head>${BRIDGE_SCRIPT}`))
      : file.body;
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Content-Length': body.byteLength,
      'Content-Security-Policy': contentSecurityPolicy({
        connectSrc: [`ws://${request.headers.host}`],
      }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cache-Control': isPage ? 'no-store' : 'private, max-age=3600',
      ...(queryToken ? { 'Set-Cookie': guard.sessionCookie() } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  server.on('upgrade', (request, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const allowed =
      pathname === '/bridge' &&
      guard.hostAllowed(request) &&
      guard.originAllowed(request, true) &&
      (guard.matches(guard.tokenFromCookie(request)) ||
        guard.matches(guard.tokenFromQuery(request)));
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket) {
    const callerId = `web-${nextCaller++}`;
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data: Buffer, isBinary) => {
      void (async () => {
        let call: { id: number; channel: unknown; input: unknown };
        try {
          const bytes = isBinary ? new Uint8Array(data) : new TextEncoder().encode(data.toString());
          call = decodeMessage(bytes) as typeof call;
        } catch {
          return ws.close(1003, 'Malformed message');
        }
        if (!dispatch) return;
        const id = call.id;
        // A body's pieces go out as they arrive, each a message of its own ahead of the answer.
        const result = await dispatchStreamingBody(
          dispatch,
          { ...call, callerId },
          (chunk, expectedBytes) => {
            if (ws.readyState === ws.OPEN)
              send(ws, encodeMessageParts({ type: 'body', id, chunk, expectedBytes }));
          },
        );
        if (ws.readyState === ws.OPEN) send(ws, encodeMessageParts({ type: 'result', id, result }));
      })();
    });
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    port,
    broadcast(event, payload) {
      const parts = encodeMessageParts({ type: 'event', name: event, payload });
      for (const ws of sockets) send(ws, parts);
    },
    attach(next) {
      dispatch = next;
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** One WebSocket message written as fragments, so large bodies go out without a copy. */
function send(ws: WebSocket, parts: Uint8Array[]) {
  parts.forEach((part, index) => ws.send(part, { binary: true, fin: index === parts.length - 1 }));
}

function refuse(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(message);
}
