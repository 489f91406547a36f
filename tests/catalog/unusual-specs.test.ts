import { describe, expect, it } from 'vitest';
import { Catalog } from '../../main/catalog/catalog';
import { parseSpecText } from '../../main/catalog/spec-document';

/** A small spec using what OrderCloud's does not: shared components, recursion, global security. */
const spec = {
  openapi: '3.0.3',
  info: { title: 'Unusual', version: '2' },
  security: [{ OAuth2: ['WidgetReader'] }],
  components: {
    parameters: {
      WidgetId: { name: 'widgetID', in: 'path', required: true, schema: { type: 'string' } },
    },
    requestBodies: {
      Category: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Category' } } },
      },
    },
    schemas: {
      Category: {
        type: 'object',
        required: ['Name'],
        properties: {
          Name: { type: 'string', nullable: true, 'x-internal': true, example: 'Mugs' },
          Children: { type: 'array', items: { $ref: '#/components/schemas/Category' } },
        },
      },
      Odd: { type: 'object', properties: { upload: { type: 'file' } } },
    },
  },
  paths: {
    '/widgets/{widgetID}': {
      parameters: [{ $ref: '#/components/parameters/WidgetId' }],
      get: { operationId: 'Widgets.Get', responses: { '200': { description: 'ok' } } },
      put: {
        operationId: 'Widgets.Categorize',
        security: [{}],
        requestBody: { $ref: '#/components/requestBodies/Category' },
        responses: { '204': { description: 'done' } },
      },
      post: {
        operationId: 'Widgets.Upload',
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Odd' } } },
        },
        responses: { '204': { description: 'done' } },
      },
    },
  },
};

const catalog = new Catalog('unusual', parseSpecText(JSON.stringify(spec), 'unusual'), {});

describe('specs shaped differently from OrderCloud’s', () => {
  it('takes roles from the document’s security when an operation has none', () => {
    const access = catalog.access([]);
    expect(access.missing['Widgets.Get']).toEqual(['WidgetReader']);
    expect(access.allowed).toContain('Widgets.Categorize');
  });

  it('follows shared parameters and request bodies', () => {
    const detail = catalog.operation('Widgets.Categorize');
    expect(detail.pathParams).toEqual([
      { name: 'widgetID', description: '', required: true, type: 'string' },
    ]);
    expect(detail.body).toMatchObject({ required: true, requiredFields: ['Name'] });
  });

  it('stops at a model that contains itself, and still samples and validates', () => {
    const detail = catalog.operation('Widgets.Categorize');
    const children = (detail.body?.schema.properties as Record<string, { items: object }>).Children;
    expect(children?.items).toEqual({ description: expect.stringContaining('Recursive') });
    expect(JSON.stringify(detail.body?.schema)).not.toMatch(/x-internal|example/);
    expect(JSON.parse(detail.body?.sample ?? '')).toHaveProperty('Name');
    expect(catalog.validateBody('Widgets.Categorize', '{"Name": null, "Children": [{}]}')).toEqual({
      valid: true,
      errors: [],
    });
    expect(catalog.validateBody('Widgets.Categorize', '{"Children": 3}').errors).toHaveLength(2);
  });

  it('answers a schema the validator cannot use with a typed error', () => {
    expect(() => catalog.validateBody('Widgets.Upload', '{"upload": 1}')).toThrow(
      expect.objectContaining({ code: 'CatalogSchemaUnusable' }),
    );
  });
});
