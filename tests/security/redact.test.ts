import { describe, expect, it } from 'vitest';
import {
  REDACTED,
  isSecretName,
  mayHoldSecret,
  redactDraft,
  redactJsonValue,
  redactPairs,
  redactText,
  scrubTokens,
} from '../../main/security/redact';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJ1c3IiOiJhZG1pbjAxIn0.c2lnbmF0dXJl';

describe('secret names', () => {
  it.each([
    'access_token',
    'refresh_token',
    'client_secret',
    'password',
    'Password',
    'NewPassword',
    'ClientSecret',
    'anonUserToken',
    'Authorization',
    'authorization',
    'x-api-key',
    'Cookie',
  ])('treats %s as secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['ID', 'Username', 'search', 'PasswordLastSetDate', 'Content-Type', 'tokenType'])(
    'leaves %s alone',
    (name) => {
      expect(isSecretName(name)).toBe(false);
    },
  );
});

describe('redactText', () => {
  it('masks secrets at any depth of a JSON body and keeps the rest', () => {
    const body = JSON.stringify({
      ID: 'user1',
      Password: 'hunter2',
      xp: { integration: { client_secret: 's3cr3t', nested: [{ refresh_token: 'r1' }] } },
    });
    const redacted = JSON.parse(redactText(body)) as Record<string, unknown>;
    expect(redacted).toEqual({
      ID: 'user1',
      Password: REDACTED,
      xp: { integration: { client_secret: REDACTED, nested: [{ refresh_token: REDACTED }] } },
    });
  });

  it('returns JSON without secrets unchanged, formatting and all', () => {
    const body = '{ "Name":   "Shirt",\n  "Quantity": 2 }';
    expect(redactText(body)).toBe(body);
  });

  it('masks a token response body', () => {
    const body = `{"access_token":"${JWT}","refresh_token":"abc","expires_in":600,"token_type":"bearer"}`;
    const redacted = redactText(body);
    expect(redacted).not.toContain(JWT);
    expect(redacted).not.toContain('"abc"');
    expect(JSON.parse(redacted)).toMatchObject({ expires_in: 600, token_type: 'bearer' });
  });

  it('masks form-encoded bodies and query strings', () => {
    expect(redactText('grant_type=password&username=admin01&password=p%40ss&client_id=abc')).toBe(
      `grant_type=password&username=admin01&password=${REDACTED}&client_id=abc`,
    );
    expect(redactText('/v1/me/register?anonUserToken=xyz&x=1')).toBe(
      `/v1/me/register?anonUserToken=${REDACTED}&x=1`,
    );
  });

  it('masks half-typed JSON that does not parse', () => {
    const body = '{ "Username": "a", "Password": "hunter2", ';
    expect(redactText(body)).toBe(`{ "Username": "a", "Password": "${REDACTED}", `);
  });

  it('masks JWTs and bearer credentials wherever they appear', () => {
    expect(scrubTokens(`note: ${JWT} end`)).toBe(`note: ${REDACTED} end`);
    expect(scrubTokens('Authorization: Bearer abc.def-123')).toBe(
      `Authorization: Bearer ${REDACTED}`,
    );
    expect(redactJsonValue({ Comments: `my token is ${JWT}` })).toEqual({
      Comments: `my token is ${REDACTED}`,
    });
  });
});

describe('redactPairs and redactDraft', () => {
  it('masks secret headers and parameters, keeps the others', () => {
    const pairs = redactPairs([
      { name: 'Authorization', value: `Bearer ${JWT}`, enabled: true },
      { name: 'Accept', value: 'application/json', enabled: false },
    ]);
    expect(pairs).toEqual([
      { name: 'Authorization', value: REDACTED, enabled: true },
      { name: 'Accept', value: 'application/json', enabled: false },
    ]);
  });

  it('scrubs path, query, headers and body of a draft', () => {
    const redacted = redactDraft({
      method: 'POST',
      path: '/oauth/token?client_secret=abc',
      query: [{ name: 'access_token', value: 'q', enabled: true }],
      headers: [{ name: 'authorization', value: 'Bearer t', enabled: true }],
      body: '{"password":"p","Username":"u"}',
      operationId: 'Auth.Login',
    });
    expect(JSON.stringify(redacted)).not.toMatch(/abc|"q"|Bearer t|"p"/);
    expect(redacted.operationId).toBe('Auth.Login');
    expect(JSON.parse(redacted.body ?? '')).toEqual({ password: REDACTED, Username: 'u' });
  });
});

describe('the quick check before parsing', () => {
  const secretNames = ['access_token', 'Client-Secret', 'pass word', 'x_api_key', 'Set-Cookie'];
  it.each([
    ...secretNames.map((name) => JSON.stringify({ [name]: 'value' })),
    `{"note":"${JWT}"}`,
    'Authorization: BEARER abc',
    '{"\\u0074oken":"value"}',
    '{"to\\tken":"value"}',
    'grant_type=password&pass%77ord=x',
    'username=u&password=x',
    'username=u&password=null',
    '{"api key" : 1}',
    '{"token:":1}',
  ])('sends %s on to be parsed', (text) => {
    expect(mayHoldSecret(text)).toBe(true);
  });

  it('lets plain bodies through untouched, and they need nothing masked', () => {
    const plain = JSON.stringify({
      ID: 'admin01',
      Username: 'admin01',
      Password: null,
      PasswordLastSetDate: '2025-01-01T00:00:00Z',
      xp: { note: 'a token of thanks', tokenType: 'none' },
    });
    expect(mayHoldSecret(plain)).toBe(false);
    expect(redactJsonValue(JSON.parse(plain))).toEqual(JSON.parse(plain));
  });

  it('agrees with the full redaction on every sample that needs masking', () => {
    for (const name of secretNames) {
      const text = JSON.stringify({ [name]: 'value' });
      expect(redactText(text)).not.toBe(text);
    }
  });
});
