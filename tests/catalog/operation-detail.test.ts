import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../../preload/contract/catalog';
import { realSpecCatalog } from './support';

function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> {
  return (schema?.properties ?? {}) as Record<string, JsonSchema>;
}

describe('operation detail, resolved on demand', () => {
  it('Me.Patch: a body schema with the MeUser fields and no required ones', () => {
    const detail = realSpecCatalog().operation('Me.Patch');
    expect(detail).toMatchObject({ method: 'PATCH', path: '/me', resource: 'Me', isList: false });
    expect(detail.pathParams).toEqual([]);
    expect(detail.body?.required).toBe(true);
    expect(detail.body?.requiredFields).toEqual([]);
    expect(Object.keys(propertiesOf(detail.body?.schema))).toEqual(
      expect.arrayContaining(['FirstName', 'LastName', 'Email', 'xp']),
    );
    const sample = JSON.parse(detail.body?.sample ?? '') as Record<string, unknown>;
    expect(sample).toHaveProperty('FirstName');
    expect(sample).not.toHaveProperty('AvailableRoles'); // read-only
  });

  it('Orders.Create: the direction path parameter with its values, and no $ref left', () => {
    const detail = realSpecCatalog().operation('Orders.Create');
    expect(detail.pathParams).toEqual([
      expect.objectContaining({
        name: 'direction',
        required: true,
        enum: ['Incoming', 'Outgoing'],
      }),
    ]);
    const fromUser = propertiesOf(detail.body?.schema).FromUser;
    expect(fromUser).toMatchObject({ readOnly: true, type: 'object' });
    expect(JSON.stringify(detail.body?.schema)).not.toContain('$ref');
    expect(JSON.stringify(detail.body?.schema)).not.toContain('allOf');
    const sample = JSON.parse(detail.body?.sample ?? '') as Record<string, unknown>;
    for (const readOnly of ['FromUser', 'Status', 'Total', 'DateCreated']) {
      expect(sample).not.toHaveProperty(readOnly);
    }
  });

  it('LineItems.Create: required ProductID and Quantity, seeded in the sample', () => {
    const detail = realSpecCatalog().operation('LineItems.Create');
    expect(detail.pathParams.map((p) => p.name)).toEqual(['direction', 'orderID']);
    expect(detail.body?.requiredFields).toEqual(['ProductID', 'Quantity']);
    const sample = JSON.parse(detail.body?.sample ?? '') as Record<string, unknown>;
    expect(sample).toMatchObject({ ProductID: expect.any(String), Quantity: 1 });
    expect(sample).not.toHaveProperty('LineTotal');
    expect(sample).not.toHaveProperty('ShippingAddress');
  });

  it('Products.Create: the allOf sibling `required` merged into the model', () => {
    const detail = realSpecCatalog().operation('Products.Create');
    expect(detail.body?.requiredFields).toEqual(['Name', 'QuantityMultiplier']);
    expect(JSON.parse(detail.body?.sample ?? '')).toMatchObject({
      Name: 'string',
      QuantityMultiplier: 1,
    });
  });

  it('Products.List: list query options with their enums, and a Meta + Items response', () => {
    const detail = realSpecCatalog().operation('Products.List');
    expect(detail.isList).toBe(true);
    expect(detail.body).toBeUndefined();
    const byName = new Map(detail.queryParams.map((p) => [p.name, p]));
    expect(byName.get('searchOn')).toMatchObject({
      type: 'array',
      enum: ['ID', 'Name', 'Description'],
    });
    expect(byName.get('sortBy')?.enum).toEqual(['OwnerID', 'Name', 'ID']);
    expect(byName.get('page')).toMatchObject({ type: 'integer', required: false });
    expect(byName.get('filters')?.type).toBe('object');
    expect(detail.response?.status).toBe('200');
    expect(Object.keys(propertiesOf(detail.response?.schema))).toEqual(['Items', 'Meta']);
  });

  it('Products.Delete: a 204 with no response schema', () => {
    const detail = realSpecCatalog().operation('Products.Delete');
    expect(detail.response).toMatchObject({ status: '204' });
    expect(detail.response?.schema).toBeUndefined();
  });

  it('answers an unknown operation with a typed error', () => {
    expect(() => realSpecCatalog().operation('Nope.Nothing')).toThrow(
      expect.objectContaining({ code: 'CatalogOperationNotFound' }),
    );
  });

  it('describes every operation of the real spec without failing', () => {
    const catalog = realSpecCatalog();
    const ids = catalog
      .overview('file')
      .sections.flatMap((s) => s.resources.flatMap((r) => r.operations.map((o) => o.id)));
    for (const id of ids) expect(catalog.operation(id).id).toBe(id);
  });
});
