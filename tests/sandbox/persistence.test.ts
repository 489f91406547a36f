// --data FILE: the marketplace survives a restart, writes are atomic, and reset goes back to the seed.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../main/sandbox/index';
import { api, login, requestToken } from './support';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'ocx-sandbox-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('a sandbox with a data file', () => {
  it('survives a restart: records, tokens and refresh tokens', async () => {
    const dataFile = path.join(directory, 'restart', 'marketplace.json');
    const first = await startSandbox({ port: 0, dataFile });
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(saved).toMatchObject({
      format: 'oc-explorer-sandbox',
      version: 1,
      seller: { ID: 'cascade-industrial' },
    });
    const token = await login(first, 'admin01', 'ProductAdmin');
    await api(first, 'PUT', '/products/eyewash-station', {
      token,
      body: { Name: 'Eyewash Station', xp: { Plumbed: true } },
    });
    const storefront = first.info.clients.find((client) => client.refreshTokenDuration > 0)!;
    const refreshable = await requestToken(first, {
      grant_type: 'password',
      client_id: storefront.clientId,
      username: 'buyer01',
      password: 'Summit-Buyer-1!',
      scope: 'Shopper',
    });
    await first.close();

    const second = await startSandbox({ port: 0, dataFile });
    const product = await api(second, 'GET', '/products/eyewash-station', { token });
    expect(product.status).toBe(200);
    expect(product.body.xp).toEqual({ Plumbed: true });
    const refreshed = await requestToken(second, {
      grant_type: 'refresh_token',
      client_id: storefront.clientId,
      refresh_token: refreshable.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    await second.close();
  });

  it('keeps no password or refresh token in the clear', async () => {
    const dataFile = path.join(directory, 'secrets.json');
    const sandbox = await startSandbox({ port: 0, dataFile });
    const storefront = sandbox.info.clients.find((client) => client.refreshTokenDuration > 0)!;
    const result = await requestToken(sandbox, {
      grant_type: 'password',
      client_id: storefront.clientId,
      username: 'buyer03',
      password: 'Lakeside-Buyer-1!',
    });
    await sandbox.close();
    const text = await readFile(dataFile, 'utf8');
    for (const user of sandbox.info.users) expect(text).not.toContain(user.password);
    expect(text).not.toContain(result.body.refresh_token);
    expect(text).toMatch(/"scrypt\$4096\$8\$1\$/);
  });

  it('writes atomically: concurrent saves never leave a torn or temporary file', async () => {
    const dataFile = path.join(directory, 'atomic.json');
    const sandbox = await startSandbox({ port: 0, dataFile });
    const token = await login(sandbox, 'admin01', 'ProductAdmin');
    let reading = true;
    let reads = 0;
    const reader = (async () => {
      while (reading) {
        JSON.parse(await readFile(dataFile, 'utf8'));
        reads++;
      }
    })();
    const writes = Array.from({ length: 40 }, (_unused, index) =>
      api(sandbox, 'PATCH', '/products/glass-cleaner', {
        token,
        body: { xp: { [`Batch${index}`]: index } },
      }),
    );
    expect((await Promise.all(writes)).every((result) => result.status === 200)).toBe(true);
    reading = false;
    await reader;
    expect(reads).toBeGreaterThan(0);
    const final = JSON.parse(await readFile(dataFile, 'utf8'));
    const product = final.tables.products[''].find(
      (record: { ID: string }) => record.ID === 'glass-cleaner',
    );
    expect(Object.keys(product.xp).filter((key) => key.startsWith('Batch'))).toHaveLength(40);
    expect((await readdir(directory)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    await sandbox.close();
  });

  it('refuses a file that is not sandbox data, and leaves it as it was', async () => {
    const dataFile = path.join(directory, 'not-ours.json');
    await writeFile(dataFile, '{"hello": "world"}');
    await expect(startSandbox({ port: 0, dataFile })).rejects.toThrow(/not a sandbox data file/);
    await writeFile(dataFile, '{ torn');
    await expect(startSandbox({ port: 0, dataFile })).rejects.toThrow(/not valid JSON/);
    expect(await readFile(dataFile, 'utf8')).toBe('{ torn');
  });

  it('resets to the seed, and tokens from before stop working', async () => {
    const dataFile = path.join(directory, 'reset.json');
    const sandbox = await startSandbox({ port: 0, dataFile });
    const token = await login(sandbox, 'admin01', 'ProductAdmin');
    await api(sandbox, 'DELETE', '/products/coffee-dark-roast', { token });
    await sandbox.reset();
    expect((await api(sandbox, 'GET', '/products/coffee-dark-roast', { token })).status).toBe(401);
    const fresh = await login(sandbox, 'admin01', 'ProductAdmin');
    expect(
      (await api(sandbox, 'GET', '/products/coffee-dark-roast', { token: fresh })).status,
    ).toBe(200);
    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(
      saved.tables.products[''].some((record: { ID: string }) => record.ID === 'coffee-dark-roast'),
    ).toBe(true);
    await sandbox.close();
  });
});

describe('a sandbox without a data file', () => {
  it('keeps its state in memory only', async () => {
    const first = await startSandbox({ port: 0 });
    const token = await login(first, 'admin01', 'ProductAdmin');
    await api(first, 'PUT', '/products/temp-only', { token, body: { Name: 'Temporary' } });
    await first.close();
    const second = await startSandbox({ port: 0 });
    const again = await login(second, 'admin01', 'ProductAdmin');
    expect((await api(second, 'GET', '/products/temp-only', { token: again })).status).toBe(404);
    await second.close();
  });
});
