import { describe, expect, it } from 'vitest';
import { decodeClaims, missingRoles } from '../../main/auth/token-claims';
import { defaultDataDir, resolveDataDir } from '../../main/data-dir';
import { apiUrlFor, normalizeApiBase } from '../../main/http/api-url';
import { networkFailure } from '../../main/http/failures';
import { EndpointResolver } from '../../main/profiles/endpoints';
import { renewalDue } from '../../main/sessions/stored-token';
import { fakeJwt } from './support/fake-server';

describe('token claims', () => {
  it('reads a lone role as a string and several as an array', () => {
    expect(decodeClaims(fakeJwt({ usr: 'a', role: 'Shopper' })).roles).toEqual(['Shopper']);
    expect(decodeClaims(fakeJwt({ usr: 'a', role: ['Shopper', 'MeAdmin'] })).roles).toEqual([
      'Shopper',
      'MeAdmin',
    ]);
    expect(decodeClaims(fakeJwt({ usr: 'a' })).roles).toEqual([]);
  });

  it('turns exp and nbf into milliseconds and keeps the anonymous order', () => {
    const claims = decodeClaims(
      fakeJwt({ usr: 'a', exp: 100, nbf: 50, orderid: 'o1', usrtype: 'buyer' }),
    );
    expect(claims).toMatchObject({
      expiresAt: 100_000,
      notBefore: 50_000,
      anonymousOrderId: 'o1',
      userType: 'buyer',
    });
  });

  it('refuses something that is not a JWT', () => {
    expect(() => decodeClaims('not a token')).toThrow(/cannot read/);
  });

  it('counts FullAccess as every role', () => {
    expect(missingRoles(['A', 'B'], ['A'])).toEqual(['B']);
    expect(missingRoles(['A', 'B'], ['FullAccess'])).toEqual([]);
  });
});

describe('renewal timing', () => {
  const token = (lifetimeMs: number) => ({
    accessToken: 't',
    issuedAt: 0,
    expiresAt: lifetimeMs,
    requestedRoles: [],
    issuer: 'x',
  });

  it('renews a 10-hour token an hour early, a 10-minute one a minute early', () => {
    expect(renewalDue(token(36_000_000), 32_300_000)).toBe(false);
    expect(renewalDue(token(36_000_000), 32_400_000)).toBe(true);
    expect(renewalDue(token(600_000), 539_000)).toBe(false);
    expect(renewalDue(token(600_000), 540_000)).toBe(true);
  });

  it('renews a token too short for the margin at half its life', () => {
    expect(renewalDue(token(60_000), 29_000)).toBe(false);
    expect(renewalDue(token(60_000), 30_000)).toBe(true);
  });
});

describe('API URLs', () => {
  it('adds /v1 however the path is written, and keeps query pairs', () => {
    const base = 'https://sandboxapi.ordercloud.io';
    for (const path of ['/me', 'me', '/v1/me', 'V1/me', ' /me ']) {
      expect(apiUrlFor(base, path).toString()).toBe(`${base}/v1/me`);
    }
    expect(apiUrlFor(base, '/products?page=2', [{ name: 'search', value: 'a b' }]).toString()).toBe(
      `${base}/v1/products?page=2&search=a+b`,
    );
    expect(apiUrlFor(`${base}/proxy/`, '/me').toString()).toBe(`${base}/proxy/v1/me`);
  });

  it('normalizes an API base given with /v1 or a trailing slash', () => {
    expect(normalizeApiBase('https://api.ordercloud.io/v1/')).toBe('https://api.ordercloud.io');
    expect(normalizeApiBase('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000');
  });
});

describe('network failures', () => {
  it.each([
    ['ENOTFOUND', 'NetworkDnsFailed', /could not be found/],
    ['ECONNREFUSED', 'NetworkConnectionRefused', /refused/],
    ['ETIMEDOUT', 'NetworkTimeout', /within 2 s/],
    ['CERT_HAS_EXPIRED', 'NetworkTlsFailed', /secure connection/],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'NetworkTlsFailed', /secure connection/],
    ['ECONNRESET', 'NetworkConnectionReset', /closed the connection/],
  ])('%s becomes %s', (code, expected, message) => {
    const failure = networkFailure(
      { code, options: { headers: { authorization: 'Bearer secret' } } },
      'api.example.com',
      2000,
    );
    expect(failure).toMatchObject({ kind: 'network', code: expected });
    expect(failure.message).toMatch(message);
    expect(JSON.stringify(failure) + failure.message + failure.hint).not.toContain('secret');
  });
});

describe('environments', () => {
  it('resolves regions from the table, custom URLs as given, and local through the sandbox', async () => {
    const sandbox = { url: async () => 'http://127.0.0.1:4321' };
    const resolver = new EndpointResolver(sandbox);
    expect(
      await resolver.resolve({ kind: 'region', region: 'europe-west', stage: 'staging' }),
    ).toEqual({
      apiUrl: 'https://westeurope-staging.ordercloud.io',
      authUrl: 'https://westeurope-staging.ordercloud.io',
    });
    expect(
      await resolver.resolve({
        kind: 'custom',
        apiUrl: 'https://api.example.com/v1',
        authUrl: 'https://auth.example.com',
      }),
    ).toEqual({
      apiUrl: 'https://api.example.com',
      authUrl: 'https://auth.example.com',
    });
    expect((await resolver.resolve({ kind: 'local' })).apiUrl).toBe('http://127.0.0.1:4321');
    await expect(new EndpointResolver().resolve({ kind: 'local' })).rejects.toMatchObject({
      code: 'LocalSandboxUnavailable',
    });
  });
});

describe('the data folder', () => {
  it('is the flag, else OCX_DATA_DIR, else the OS config folder', () => {
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/oc-explorer');
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Application Support/OC Explorer',
    );
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u'),
    ).toContain('OC Explorer');
    expect(resolveDataDir('/flag', { OCX_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { OCX_DATA_DIR: '/env' })).toBe('/env');
  });
});
