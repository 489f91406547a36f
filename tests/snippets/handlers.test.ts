import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SpecCache } from '../../main/catalog/spec-cache';
import { parseSpecText } from '../../main/catalog/spec-document';
import { normalizeApiBase } from '../../main/catalog/spec-fetch';
import { createSnippetHandlers } from '../../main/snippets/handlers';
import { describeFromSpec } from '../../main/snippets/operation-shape';
import { snippetChannels, type SnippetRequest } from '../../preload/contract/snippets';
import type { z } from 'zod';
import { readRealSpecText } from '../fixtures/openapi/specs';
import { API_URL, describeRealOperation } from './support';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJ1c3IiOiJidXllcjAxIn0.real-signature';
const session = { profileId: 'marketplace-1', perspectiveId: 'p-buyer' };
const meGet = { method: 'GET', path: '/v1/me', operationId: 'Me.Get' } as const;
const targets = ['curl', 'http', 'js-sdk', 'ts-sdk', 'dotnet-sdk', 'fetch'] as const;

function handlers(getAccessToken = vi.fn(async () => TOKEN as string | undefined)) {
  const generate = createSnippetHandlers({
    getAccessToken,
    describeOperation: describeRealOperation,
  })['snippets.generate'];
  const spec = snippetChannels['snippets.generate'];
  /** As the bridge calls it: input parsed, output checked against the contract. */
  const call = async (input: z.input<typeof SnippetRequest>) =>
    spec.output.parse(await generate(spec.input.parse(input)));
  return { call, getAccessToken };
}

describe('snippets.generate', () => {
  it('writes the placeholder, never the token, unless asked', async () => {
    const { call, getAccessToken } = handlers();
    for (const target of targets) {
      const result = await call({ draft: meGet, target, apiUrl: API_URL, session });
      expect(result.code).toContain('YOUR_ACCESS_TOKEN');
      expect(result.code).not.toContain(TOKEN);
      expect(result.warning).toBeUndefined();
    }
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('puts the session token in every target when asked, with a warning', async () => {
    const { call, getAccessToken } = handlers();
    for (const target of targets) {
      const result = await call({
        draft: meGet,
        target,
        apiUrl: API_URL,
        session,
        includeToken: true,
      });
      expect(result.code, target).toContain(TOKEN);
      expect(result.code, target).not.toContain('YOUR_ACCESS_TOKEN');
      expect(result.warning).toMatch(/contains your access token/);
    }
    expect(getAccessToken).toHaveBeenCalledWith('marketplace-1', 'p-buyer');
  });

  it('names the highlighting language of each target', async () => {
    const { call } = handlers();
    const languages = await Promise.all(
      targets.map(
        async (target) => (await call({ draft: meGet, target, apiUrl: API_URL })).language,
      ),
    );
    expect(languages).toEqual([
      'shell',
      'http',
      'javascript',
      'typescript',
      'csharp',
      'javascript',
    ]);
  });

  it('refuses to include a token without a session, or for one that is not signed in', async () => {
    const { call } = handlers(vi.fn(async () => undefined));
    await expect(
      call({ draft: meGet, target: 'curl', apiUrl: API_URL, includeToken: true }),
    ).rejects.toMatchObject({ code: 'SnippetSessionRequired' });
    await expect(
      call({ draft: meGet, target: 'curl', apiUrl: API_URL, session, includeToken: true }),
    ).rejects.toMatchObject({ code: 'SnippetNotSignedIn' });
  });

  it('rejects bad input at the boundary', () => {
    const input = snippetChannels['snippets.generate'].input;
    expect(input.safeParse({ draft: meGet, target: 'python', apiUrl: API_URL }).success).toBe(
      false,
    );
    expect(input.safeParse({ draft: meGet, target: 'curl', apiUrl: 'file:///etc' }).success).toBe(
      false,
    );
    expect(input.safeParse({ draft: meGet, target: 'curl', apiUrl: API_URL }).success).toBe(true);
  });
});

describe('with the catalog spec cache as the operation source', () => {
  it('finds operations in the spec the catalog cached for the API', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ocx-snippets-cache-'));
    const specCache = new SpecCache(dataDir);
    const document = parseSpecText(readRealSpecText(), 'the real spec');
    await specCache.write(normalizeApiBase(API_URL), document, new Date().toISOString());
    const describeOperation = describeFromSpec(
      async (apiUrl) => (await specCache.read(normalizeApiBase(apiUrl)))?.document,
    );
    const generate = createSnippetHandlers({ describeOperation })['snippets.generate'];
    const input = snippetChannels['snippets.generate'].input.parse({
      draft: meGet,
      target: 'js-sdk',
      apiUrl: `${API_URL}/v1/`,
    });
    expect((await generate(input)).code).toContain('await Me.Get();');
    const elsewhere = { ...input, apiUrl: 'https://api.ordercloud.io' };
    expect((await generate(elsewhere)).code).toContain('await fetch(');
  });
});
