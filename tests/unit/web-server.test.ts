import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createAppCore } from '../../main/app/core';
import { startWebServer, type WebServer } from '../../main/web/server';
import { decodeMessage, encodeMessage } from '../../preload/transport/wire';

const TOKEN = 'a'.repeat(64);
let server: WebServer;
let origin: string;

beforeAll(async () => {
  const staticDir = mkdtempSync(path.join(tmpdir(), 'ocx-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head></head><body>app</body></html>');
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(tmpdir(), 'ocx-outside.txt'), 'outside');
  server = await startWebServer({ port: 0, token: TOKEN, staticDir });
  const core = createAppCore({
    runtime: 'browser',
    dataDir: mkdtempSync(path.join(tmpdir(), 'ocx-web-')),
    emit: (event, payload) => server.broadcast(event, payload),
  });
  server.attach(core.dispatch);
  origin = `http://127.0.0.1:${server.port}`;
});

afterAll(() => server.close());

function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        `${origin}${pathname}`,
        { headers: { host: `127.0.0.1:${server.port}`, ...headers } },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

function connect(headers: Record<string, string>, query = '') {
  return new WebSocket(`ws://127.0.0.1:${server.port}/bridge${query}`, { headers });
}

function call(ws: WebSocket, channel: unknown, input?: unknown) {
  return new Promise<unknown>((resolve) => {
    ws.once('message', (data: Buffer) => resolve(decodeMessage(new Uint8Array(data))));
    ws.send(encodeMessage({ type: 'call', id: 1, channel, input }));
  });
}

describe('browser mode server', () => {
  it('serves the page with the token, sets a session cookie and a strict CSP', async () => {
    const response = await get(`/?token=${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<script src="./ocx-bridge.js"></script>');
    expect(String(response.headers['set-cookie'])).toMatch(
      /ocx_session=a+; HttpOnly; SameSite=Strict/,
    );
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('answers 403 without the token, with a wrong one, or for a foreign Host', async () => {
    expect((await get('/')).status).toBe(403);
    expect((await get(`/?token=${'b'.repeat(64)}`)).status).toBe(403);
    expect((await get(`/?token=${TOKEN}`, { host: 'evil.example:80' })).status).toBe(403);
    expect((await get('/', { cookie: `ocx_session=${TOKEN}` })).status).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const attempt of [
      '/../ocx-outside.txt',
      '/%2e%2e/ocx-outside.txt',
      '/assets/..%2f..%2focx-outside.txt',
      '/%',
    ]) {
      const response = await get(attempt, { cookie: `ocx_session=${TOKEN}` });
      expect(response.body).not.toBe('outside');
      expect(response.status).toBe(404);
    }
  });

  it('runs contract calls over the socket for our own origin', async () => {
    const ws = connect({ origin, cookie: `ocx_session=${TOKEN}` });
    await new Promise((resolve) => ws.once('open', resolve));
    expect(await call(ws, 'app.info')).toMatchObject({
      type: 'result',
      id: 1,
      result: { ok: true, value: { runtime: 'browser' } },
    });
    expect(await call(ws, 'settings.update', { theme: 7 })).toMatchObject({
      result: { ok: false, error: { code: 'BadRequest' } },
    });
    ws.close();
  });

  it('pushes events to connected pages', async () => {
    const ws = connect({ origin, cookie: `ocx_session=${TOKEN}` });
    await new Promise((resolve) => ws.once('open', resolve));
    const messages: unknown[] = [];
    ws.on('message', (data: Buffer) => messages.push(decodeMessage(new Uint8Array(data))));
    ws.send(
      encodeMessage({ type: 'call', id: 2, channel: 'settings.update', input: { theme: 'dark' } }),
    );
    await expect.poll(() => messages.length).toBe(2);
    expect(messages).toContainEqual({
      type: 'event',
      name: 'settings.changed',
      payload: { theme: 'dark' },
    });
    ws.close();
  });

  it.each([
    ['a foreign origin', () => ({ origin: 'http://evil.example', cookie: `ocx_session=${TOKEN}` })],
    ['no origin', () => ({ cookie: `ocx_session=${TOKEN}` })],
    ['no token', () => ({ origin })],
    ['a wrong token', () => ({ origin, cookie: `ocx_session=${'c'.repeat(64)}` })],
  ])('refuses a socket from %s', async (_name, headers) => {
    const ws = connect(headers());
    const status = await new Promise<number>((resolve) =>
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });

  it('closes a socket that sends garbage, and keeps serving others', async () => {
    const ws = connect({ origin, cookie: `ocx_session=${TOKEN}` });
    await new Promise((resolve) => ws.once('open', resolve));
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(Buffer.from([0, 0, 0, 9, 1, 2, 3]));
    expect(await closed).toBe(1003);
    expect((await get('/', { cookie: `ocx_session=${TOKEN}` })).status).toBe(200);
  });
});
