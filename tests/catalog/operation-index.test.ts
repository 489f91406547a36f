import { describe, expect, it, vi } from 'vitest';
import { Catalog } from '../../main/catalog/catalog';
import { SchemaResolver } from '../../main/catalog/schema-resolver';
import { parseSpecText } from '../../main/catalog/spec-document';
import { REAL_SPEC_OPERATION_COUNT, readRealSpecText } from '../fixtures/openapi/specs';
import { realSpecCatalog } from './support';

interface RawTag {
  name: string;
  'x-id'?: string;
  'x-section-id'?: string;
}

const rawSpec = JSON.parse(readRealSpecText()) as { tags: RawTag[] };

function operationsById() {
  const overview = realSpecCatalog().overview('file');
  const all = overview.sections.flatMap((s) => s.resources.flatMap((r) => r.operations));
  return new Map(all.map((operation) => [operation.id, operation]));
}

describe('indexing the real OrderCloud spec', () => {
  it('loads it whole: every one of its 337 operations, each once', () => {
    const overview = realSpecCatalog().overview('file');
    expect(overview).toMatchObject({ title: 'OrderCloud', version: '1.0.130' });
    expect(overview.operationCount).toBe(REAL_SPEC_OPERATION_COUNT);
    expect(operationsById().size).toBe(REAL_SPEC_OPERATION_COUNT);
  });

  it('groups resources into the sections the spec declares, in its order', () => {
    const { sections } = realSpecCatalog().overview('file');
    const declaredSections = rawSpec.tags.filter((tag) => tag['x-id']);
    expect(sections.map((s) => [s.id, s.name])).toEqual(
      declaredSections.map((tag) => [tag['x-id'], tag.name]),
    );
    for (const section of sections) {
      const declaredResources = rawSpec.tags
        .filter((tag) => tag['x-section-id'] === section.id)
        .map((tag) => tag.name);
      expect(section.resources.map((r) => r.name)).toEqual(declaredResources);
    }
    const products = sections.find((s) => s.id === 'ProductCatalogs')?.resources;
    expect(products?.find((r) => r.name === 'Products')?.operations).toHaveLength(17);
  });

  it('takes required roles from each operation’s security', () => {
    const byId = operationsById();
    expect(byId.get('Me.Get')?.roles).toEqual([]);
    expect(byId.get('Products.Create')?.roles).toEqual(['FullAccess', 'ProductAdmin']);
    expect(byId.get('Products.List')?.roles).toEqual([
      'FullAccess',
      'ProductAdmin',
      'ProductReader',
    ]);
    expect(byId.get('Orders.Create')?.roles).toEqual(['FullAccess', 'OrderAdmin', 'Shopper']);
    expect(byId.get('Me.Patch')?.roles).toEqual(['FullAccess', 'MeAdmin']);
  });

  it('marks list operations by their Meta + Items response', () => {
    const byId = operationsById();
    expect(byId.get('Products.List')?.isList).toBe(true);
    expect(byId.get('Me.ListProducts')?.isList).toBe(true);
    expect(byId.get('Products.Get')?.isList).toBe(false);
    expect(byId.get('Products.Delete')?.isList).toBe(false);
  });

  it('flags "Me and My Stuff" so buyer perspectives can show it first', () => {
    const { sections } = realSpecCatalog().overview('file');
    expect(sections.filter((s) => s.meAndMyStuff).map((s) => s.id)).toEqual(['MeAndMyStuff']);
  });

  it('resolves no schema until an operation’s detail is asked for', () => {
    const resolve = vi.spyOn(SchemaResolver.prototype, 'resolve');
    try {
      const catalog = new Catalog('lazy', parseSpecText(readRealSpecText(), 'spec'), {});
      expect(resolve).not.toHaveBeenCalled();
      catalog.operation('Products.Create');
      expect(resolve).toHaveBeenCalled();
    } finally {
      resolve.mockRestore();
    }
  });

  it('puts untagged operations and unknown sections under Other', () => {
    const spec = {
      openapi: '3.0.0',
      info: { title: 'Tiny', version: '1' },
      tags: [{ name: 'Widgets', 'x-section-id': 'Nowhere' }],
      paths: {
        '/widgets': { get: { operationId: 'Widgets.List', tags: ['Widgets'] } },
        '/ping': { get: { summary: 'Ping' } },
      },
    };
    const { sections } = new Catalog(
      'tiny',
      parseSpecText(JSON.stringify(spec), 'tiny'),
      {},
    ).overview('file');
    expect(sections).toHaveLength(1);
    expect(sections[0]?.id).toBe('Other');
    expect(sections[0]?.resources.map((r) => r.operations.map((o) => o.id))).toEqual([
      ['Widgets.List'],
      ['GET /ping'],
    ]);
  });
});
