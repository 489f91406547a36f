import { describe, expect, it } from 'vitest';
import { parseJson } from '../../main/catalog/json-syntax';
import { realSpecCatalog } from './support';

function validate(operationId: string, body: string) {
  return realSpecCatalog().validateBody(operationId, body);
}

describe('request body validation', () => {
  it('accepts the sample it offered', () => {
    for (const id of ['Products.Create', 'LineItems.Create', 'Me.Patch', 'Orders.Create']) {
      const sample = realSpecCatalog().operation(id).body?.sample ?? '';
      expect(validate(id, sample)).toEqual({ valid: true, errors: [] });
    }
  });

  it('names missing required fields', () => {
    const result = validate('Products.Create', '{"QuantityMultiplier": 1}');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { pointer: '/Name', field: 'Name', message: 'Name is required' },
    ]);
  });

  it('says in words what is wrong with a field, nested ones included', () => {
    const body = JSON.stringify({
      ProductID: 'p1',
      Quantity: 0,
      UnitPrice: 'cheap',
      DateNeeded: 'tomorrow',
      Specs: [{ SpecID: 7 }],
    });
    const messages = validate('LineItems.Create', body).errors.map((e) => [e.field, e.message]);
    expect(messages).toEqual(
      expect.arrayContaining([
        ['Quantity', 'Quantity must be at least 1'],
        ['UnitPrice', 'UnitPrice must be a number'],
        ['DateNeeded', 'DateNeeded must be a valid date-time'],
        ['Specs[0].SpecID', 'Specs[0].SpecID must be a string'],
      ]),
    );
  });

  it('reports enums and lengths', () => {
    const tooLong = 'x'.repeat(101);
    const result = validate(
      'Products.Create',
      JSON.stringify({ Name: tooLong, QuantityMultiplier: 1.5 }),
    );
    expect(result.errors.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        'Name must be at most 100 characters',
        'QuantityMultiplier must be a whole number',
      ]),
    );
  });

  it('reports malformed JSON with its line and column', () => {
    const result = validate('Products.Create', '{\n  "Name": "Mug",\n  "QuantityMultiplier": \n}');
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      field: 'Body',
      position: { line: 4, column: 1 },
      message: expect.stringContaining('line 4, column 1'),
    });
  });

  it('requires a body where the operation does, and accepts none where it takes none', () => {
    expect(validate('Products.Create', '  ').errors[0]?.message).toMatch(/needs a request body/);
    expect(validate('Products.Get', '')).toEqual({ valid: true, errors: [] });
  });
});

describe('locating JSON syntax errors', () => {
  it.each([
    ['{"a": 1,}', 1, 9, 'property name'],
    ['[1, 2', 1, 6, 'the end of the text'],
    ['{"a": tru}', 1, 7, 'Expected a value'],
    ['{"a": "x\ny"}', 1, 9, 'Line breaks'],
    ['{"a": 1} x', 1, 10, 'after the JSON value'],
    ['{"a" 1}', 1, 6, "Expected ':'"],
    ['{\n\n  "s": "\\q"}', 3, 9, 'escape'],
  ])('%j fails at line %i, column %i', (text, line, column, words) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.position).toMatchObject({ line, column });
    expect(result.error.message).toContain(words);
  });

  it('parses valid JSON as JSON.parse does', () => {
    expect(parseJson('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toEqual({
      ok: true,
      value: { a: [1, -2500, true, null, 'é'] },
    });
  });
});
