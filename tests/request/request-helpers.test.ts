import { describe, expect, it } from 'vitest';
import type { OperationDetail } from '../../preload/contract/catalog';
import type { RequestDraft } from '../../preload/contract/request-draft';
import {
  bodyText,
  fitToOperation,
  outgoingDraft,
  requestProblems,
} from '../../renderer/request/draft-rules';
import { checkJsonSyntax } from '../../renderer/request/json-syntax';
import { fillPath, pathParamNames, readPathValues } from '../../renderer/request/path-template';
import { problemRanges } from '../../renderer/request/problem-ranges';
import { queryString, withValue } from '../../renderer/request/query-pairs';
import { filterableFields, listItemSchema } from '../../renderer/request/schema-fields';

const on = (name: string, value: string) => ({ name, value, enabled: true });

describe('path templates', () => {
  const template = '/buyers/{buyerID}/users/{userID}';

  it('fills values URL-encoded and keeps empty ones as placeholders', () => {
    expect(pathParamNames(template)).toEqual(['buyerID', 'userID']);
    expect(fillPath(template, { buyerID: 'acme co', userID: '' })).toBe(
      '/buyers/acme%20co/users/{userID}',
    );
  });

  it('reads the values back, with or without /v1', () => {
    expect(readPathValues(template, '/buyers/acme%20co/users/{userID}')).toEqual({
      buyerID: 'acme co',
      userID: '',
    });
    expect(readPathValues(template, '/v1/buyers/a/users/b?x=1')).toEqual({
      buyerID: 'a',
      userID: 'b',
    });
    expect(readPathValues(template, '/products/a')).toBeUndefined();
  });
});

describe('query string preview', () => {
  it('keeps OrderCloud operators readable and escapes the rest', () => {
    expect(
      queryString([
        on('Price', '>=10'),
        on('xp.Color', 'Red|Blue'),
        on('Name', 'a&b c'),
        on('', 'x'),
      ]),
    ).toBe('?Price=>=10&xp.Color=Red|Blue&Name=a%26b%20c');
  });

  it('is empty with nothing enabled', () => {
    expect(queryString([{ name: 'a', value: '1', enabled: false }])).toBe('');
  });

  it('sets, moves nothing, and removes a named value', () => {
    const pairs = [on('a', '1'), on('b', '2')];
    expect(withValue(pairs, 'a', '9')).toEqual([on('a', '9'), on('b', '2')]);
    expect(withValue(pairs, 'c', '3')).toEqual([...pairs, on('c', '3')]);
    expect(withValue(pairs, 'a', '')).toEqual([on('b', '2')]);
  });
});

describe('filterable fields from a list response', () => {
  it('lists scalars, nested fields in dot notation and xp., but not arrays', () => {
    const response = {
      type: 'object',
      properties: {
        Meta: { type: 'object' },
        Items: {
          type: 'array',
          items: {
            properties: {
              ID: { type: 'string' },
              Inventory: { type: 'object', properties: { Enabled: { type: 'boolean' } } },
              Tags: { type: 'array' },
              xp: { type: 'object' },
            },
          },
        },
      },
    };
    expect(filterableFields(listItemSchema(response))).toEqual(['ID', 'Inventory.Enabled', 'xp.']);
  });
});

describe('JSON syntax check (raw mode)', () => {
  it('accepts valid JSON and an empty body', () => {
    expect(checkJsonSyntax('{"a": [1, true, null]}').valid).toBe(true);
    expect(checkJsonSyntax('  ').valid).toBe(true);
  });

  it('points at where the JSON breaks', () => {
    const [problem] = checkJsonSyntax('{\n "Name": "x",\n "Q": }').errors;
    expect(problem?.position).toEqual({ offset: 22, line: 3, column: 7 });
    expect(problem?.message).toBe("Unexpected '}' (line 3, column 7)");
  });
});

describe('draft rules', () => {
  const operation: OperationDetail = {
    id: 'Products.Save',
    method: 'PUT',
    path: '/products/{productID}',
    summary: '',
    roles: [],
    isList: false,
    description: '',
    resource: 'Products',
    sectionId: 'ProductCatalogs',
    pathParams: [{ name: 'productID', description: '', required: true, type: 'string' }],
    queryParams: [],
    body: { required: true, schema: {}, requiredFields: [], sample: '{}' },
  };
  const draft: RequestDraft = { method: 'GET', path: '/anything', query: [], headers: [] };

  it('uses the example until the user writes a body, and no blank body in raw mode', () => {
    expect(bodyText(draft, 'operation', operation)).toBe('{}');
    expect(bodyText({ ...draft, body: '' }, 'operation', operation)).toBe('');
    expect(bodyText({ ...draft, body: ' ' }, 'raw', undefined)).toBeUndefined();
  });

  it('adds a JSON Content-Type to a body unless one is set', () => {
    expect(outgoingDraft(draft, '{}').headers).toEqual([on('Content-Type', 'application/json')]);
    const own = { ...draft, headers: [on('content-type', 'text/plain')] };
    expect(outgoingDraft(own, 'x').headers).toEqual(own.headers);
    expect(outgoingDraft({ ...draft, body: 'x' }, undefined)).not.toHaveProperty('body');
  });

  it('names empty required path parameters and bad paging', () => {
    const fitted = fitToOperation(draft, operation);
    expect(fitted).toMatchObject({ method: 'PUT', path: '/products/{productID}' });
    expect(
      requestProblems({ ...fitted, query: [on('pageSize', '500')] }, 'operation', operation),
    ).toEqual([
      { field: 'productID', message: 'productID is required' },
      { field: 'pageSize', message: 'pageSize must be a whole number from 1 to 100' },
    ]);
    expect(requestProblems(fitted, 'raw', operation)).toEqual([]);
    expect(requestProblems({ ...fitted, path: ' ' }, 'raw', undefined)).toEqual([
      { field: 'Path', message: 'Path is required' },
    ]);
  });
});

describe('where body problems are drawn', () => {
  const text =
    '{\n  "Name": 42,\n  "Inventory": { "Enabled": "yes" },\n  "Specs": [1, {"a": 2}]\n}';
  const at = (from: number, to: number) => text.slice(from, to);

  it('marks the property a pointer names, however deep', () => {
    const [name, enabled, spec] = problemRanges(text, [
      { pointer: '/Name', field: 'Name', message: 'Name must be a string' },
      { pointer: '/Inventory/Enabled', field: 'Inventory.Enabled', message: 'm' },
      { pointer: '/Specs/1/a', field: 'Specs[1].a', message: 'm' },
    ]);
    expect(at(name!.from, name!.to)).toBe('"Name": 42');
    expect(at(enabled!.from, enabled!.to)).toBe('"Enabled": "yes"');
    expect(at(spec!.from, spec!.to)).toBe('"a": 2');
  });

  it('marks the object that lacks a required field, and the character where JSON breaks', () => {
    const [missing] = problemRanges(text, [
      { pointer: '/ID', field: 'ID', message: 'ID is required' },
    ]);
    expect(missing).toMatchObject({ from: 0, to: 1 });
    const broken = '{"Name": }';
    const [syntax] = problemRanges(broken, checkJsonSyntax(broken).errors);
    expect(broken.slice(syntax!.from, syntax!.to)).toBe('}');
  });
});
