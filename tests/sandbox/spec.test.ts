// One source of truth for roles: the sandbox's document matches OrderCloud's for every operation
// it implements, and the server enforces exactly the roles that document declares.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { buildRouter, sandboxSpec } from '../../main/sandbox/marketplace';
import { operationHandlers } from '../../main/sandbox/resources';
import type { OpenApiDocument, OperationObject } from '../../main/sandbox/spec/document';
import { api, claimsOf, login, type Json } from './support';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const referencePath = path.resolve(root, '../shared/reference/ordercloud/openapi-v1.0.130.json');
const hasReference = existsSync(referencePath);
const ownDocument = sandboxSpec().document;

function operations(
  document: OpenApiDocument,
): Array<{ path: string; method: string; operation: OperationObject }> {
  return Object.entries(document.paths).flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path: route, method, operation })),
  );
}

describe.skipIf(!hasReference)(
  'against the reference spec (../shared/reference/ordercloud/openapi-v1.0.130.json)',
  () => {
    const reference: OpenApiDocument = hasReference
      ? JSON.parse(readFileSync(referencePath, 'utf8'))
      : ({} as OpenApiDocument);
    const byId = new Map(
      hasReference
        ? operations(reference).map((entry) => [entry.operation.operationId, entry])
        : [],
    );

    it('has every implemented operation at the same path and method, with the same required roles', () => {
      const mismatches: string[] = [];
      for (const { path: route, method, operation } of operations(ownDocument)) {
        if (operation['x-sandbox-source']) continue;
        const real = byId.get(operation.operationId);
        if (!real) mismatches.push(`${operation.operationId} is not in the reference`);
        else if (real.path !== route || real.method !== method)
          mismatches.push(`${operation.operationId} route differs`);
        else if (JSON.stringify(real.operation.security) !== JSON.stringify(operation.security)) {
          mismatches.push(`${operation.operationId} roles differ`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    it('adds only operations the documentation describes, each naming its page', () => {
      const supplements = operations(ownDocument).filter(
        ({ operation }) => !byId.has(operation.operationId),
      );
      expect(
        supplements.map(({ operation }) => [operation.operationId, operation['x-sandbox-source']]),
      ).toEqual([['Orders.Complete', 'learn_order-fulfillment_completing-an-order.mdx']]);
      const page = path.resolve(
        root,
        '../shared/reference/ordercloud/docs',
        supplements[0]!.operation['x-sandbox-source']!,
      );
      expect(readFileSync(page, 'utf8')).toContain('/complete');
    });

    it('carries the reference tags and the schemas the operations use', () => {
      const referenceTags = new Set(reference.tags.map((tag) => JSON.stringify(tag)));
      expect(ownDocument.tags.every((tag) => referenceTags.has(JSON.stringify(tag)))).toBe(true);
      for (const [name, schema] of Object.entries(ownDocument.components.schemas)) {
        expect(schema, name).toEqual(reference.components.schemas[name]);
      }
    });
  },
);

describe('the document and the server', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  it('names exactly the operations that have handlers', () => {
    expect(() => buildRouter(sandboxSpec())).not.toThrow();
    expect(
      operations(ownDocument)
        .map(({ operation }) => operation.operationId)
        .sort(),
    ).toEqual(Object.keys(operationHandlers).sort());
    expect(operations(ownDocument).length).toBeGreaterThan(150);
  });

  it('serves itself at /v1/openapi/v3, pointing at this sandbox, tags with x-section-id', async () => {
    const response = await fetch(`${sandbox.url}/v1/openapi/v3`);
    const served = (await response.json()) as OpenApiDocument;
    expect(served.servers).toEqual([{ url: `${sandbox.url}/v1`, description: expect.any(String) }]);
    expect(served.components.securitySchemes.OAuth2.flows.password!.tokenUrl).toBe(
      `${sandbox.url}/oauth/token`,
    );
    expect(served.tags.filter((tag) => tag['x-section-id']).map((tag) => tag.name)).toEqual(
      expect.arrayContaining(['Me', 'Products', 'Orders']),
    );
    expect(served.paths['/me']!.get!.security).toEqual([{ OAuth2: [] }]);
  });

  it('refuses every operation to a token without its roles, quoting the document', async () => {
    // support01 signed in for PasswordReset only: a role no implemented operation lists.
    const token = await login(sandbox, 'support01', 'PasswordReset');
    expect(claimsOf(token).role).toBe('PasswordReset');
    const unexpected: string[] = [];
    for (const { path: route, method, operation } of operations(ownDocument)) {
      const roles = operation.security?.[0]?.OAuth2 ?? [];
      const url = route.replace(/\{(\w+)\}/g, (_match, name: string) =>
        name === 'direction' ? 'Incoming' : 'x',
      );
      const result = await api(sandbox, method.toUpperCase(), url, {
        token,
        ...(method !== 'get' && method !== 'delete' && { body: {} }),
      });
      const refused =
        result.status === 403 && result.body.Errors[0].ErrorCode === 'InsufficientRoles';
      if (
        roles.length === 0
          ? refused
          : !refused ||
            JSON.stringify(result.body.Errors[0].Data.SufficientRoles) !== JSON.stringify(roles)
      ) {
        unexpected.push(
          `${operation.operationId}: ${result.status} ${JSON.stringify(result.body as Json)}`,
        );
      }
    }
    expect(unexpected).toEqual([]);
  });
});
