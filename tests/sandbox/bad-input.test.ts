// Bad input gets OrderCloud-shaped errors, never a crash, and never touches the saved state.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { api, errorCode, login, type Json } from './support';

let sandbox: SandboxHandle;
let directory: string;
let dataFile: string;
let token: string;
let savedBefore: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'ocx-bad-input-'));
  dataFile = path.join(directory, 'marketplace.json');
  sandbox = await startSandbox({ port: 0, dataFile });
  token = await login(sandbox, 'admin01', 'ProductAdmin');
  savedBefore = await readFile(dataFile, 'utf8');
});
afterAll(async () => {
  await sandbox.close();
  await rm(directory, { recursive: true, force: true });
});

/** A raw request, for what fetch would not send (dot segments, broken escapes). */
function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string) {
  return new Promise<{ status: number; body: Json }>((resolve, reject) => {
    const url = new URL(sandbox.url);
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method, path: target, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, body: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

describe('the token endpoint', () => {
  it('answers a malformed form body with invalid_request', async () => {
    const result = await raw(
      'POST',
      '/oauth/token',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'grant_type=password&%%%',
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      error: 'invalid_request',
      Errors: [{ ErrorCode: 'InvalidRequest' }],
    });
  });

  it('wants a form, not JSON', async () => {
    const result = await raw(
      'POST',
      '/oauth/token',
      { 'content-type': 'application/json' },
      '{"grant_type":"password"}',
    );
    expect(result.status).toBe(415);
    expect(result.body).toMatchObject({
      error: 'invalid_request',
      Errors: [{ ErrorCode: 'UnsupportedMediaType' }],
    });
  });

  it('only takes POST', async () => {
    expect((await raw('GET', '/oauth/token')).status).toBe(405);
  });
});

describe('the API', () => {
  it('answers malformed JSON with 400 InvalidRequest', async () => {
    const result = await api(sandbox, 'POST', '/products', {
      token,
      raw: '{"Name": "Broken",',
      headers: { 'content-type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('InvalidRequest');
  });

  it('answers a body that is not an object with 400', async () => {
    for (const body of ['[1,2]', '"text"', '42']) {
      const result = await api(sandbox, 'PATCH', '/products/glass-cleaner', {
        token,
        raw: body,
        headers: { 'content-type': 'application/json' },
      });
      expect(result.status, body).toBe(400);
    }
  });

  it('answers the wrong content type with 415', async () => {
    const result = await api(sandbox, 'POST', '/products', {
      token,
      raw: 'Name=Form',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(result.status).toBe(415);
    expect(errorCode(result)).toBe('UnsupportedMediaType');
  });

  it('refuses a body over 10 MB, declared or streamed', async () => {
    const huge = Buffer.alloc(11 * 1024 * 1024, 'a');
    const declared = await api(sandbox, 'POST', '/products', {
      token,
      raw: huge,
      headers: { 'content-type': 'application/json' },
    });
    expect(declared.status).toBe(413);
    expect(errorCode(declared)).toBe('PayloadTooLarge');
    const stream = new ReadableStream({
      start(controller) {
        for (let chunk = 0; chunk < 12; chunk++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(`${sandbox.url}/v1/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers unknown routes and methods in the Errors shape', async () => {
    const unknown = await api(sandbox, 'GET', '/no/such/thing', { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.Errors[0]).toMatchObject({
      ErrorCode: 'NotFound',
      Data: { ObjectType: 'Route' },
    });
    expect((await raw('GET', '/favicon.ico')).status).toBe(404);
    const method = await api(sandbox, 'POST', '/products/glass-cleaner', { token, body: {} });
    expect(method.status).toBe(405);
    expect(errorCode(method)).toBe('MethodNotAllowed');
  });

  it('treats an encoded ../ as part of an ID, never as a path', async () => {
    const traversal = await raw('GET', '/v1/products/..%2F..%2Fapiclients', {
      authorization: `Bearer ${token}`,
    });
    expect(traversal.status).toBe(404);
    expect(traversal.body.Errors[0].Data).toEqual({
      ObjectType: 'Product',
      ObjectID: '../../apiclients',
    });
    const write = await raw(
      'PUT',
      '/v1/products/..%2Fescape',
      { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      '{"Name":"x"}',
    );
    expect(write.status).toBe(400);
    expect(write.body.Errors[0].ErrorCode).toBe('InvalidRequest');
    for (const target of ['/v1/products/..', '/v1/products/%2e%2e', '/v1/products/%E0%A4%A']) {
      expect((await raw('GET', target, { authorization: `Bearer ${token}` })).status, target).toBe(
        400,
      );
    }
  });

  it('answers only this machine: no other web origin, no rebound host name', async () => {
    const auth = { authorization: `Bearer ${token}` };
    expect((await raw('GET', '/v1/me', { ...auth, origin: 'https://shop.example' })).status).toBe(
      403,
    );
    const rebound = await raw('GET', '/v1/me', { ...auth, host: 'attacker.example' });
    expect(rebound.status).toBe(403);
    expect(rebound.body.Errors[0].ErrorCode).toBe('Forbidden');
    const port = new URL(sandbox.url).port;
    expect(
      (
        await raw('GET', '/v1/me', {
          ...auth,
          host: `localhost:${port}`,
          origin: `http://localhost:${port}`,
        })
      ).status,
    ).toBe(200);
  });

  it('is still up and its saved state untouched afterwards', async () => {
    expect((await api(sandbox, 'GET', '/me', { token })).status).toBe(200);
    expect(await readFile(dataFile, 'utf8')).toBe(savedBefore);
  });
});
