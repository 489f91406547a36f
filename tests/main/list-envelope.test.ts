import { describe, expect, it } from 'vitest';
import { readListEnvelope } from '../../main/http/list-envelope';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a list page without parsing its items', () => {
  it('reads Meta and counts Items, whatever the key order and spacing', () => {
    const items = [
      { ID: 'a', Name: 'x ] } , " \\" [', Path: 'C:\\', Quote: '\\"' },
      [1, [2]],
      'é',
      null,
      3.5e2,
      true,
    ];
    const meta = { Page: 1, PageSize: 100, TotalCount: 6, TotalPages: 1, ItemRange: [1, 6] };
    for (const text of [
      JSON.stringify({ Meta: meta, Items: items }),
      JSON.stringify({ Items: items, Extra: { a: [1] }, Meta: meta }, null, 2),
    ]) {
      expect(readListEnvelope(bytes(text))).toEqual({ meta, itemCount: 6 });
    }
    expect(readListEnvelope(bytes('{"Meta":{"TotalCount":0},"Items":[ ]}'))).toEqual({
      meta: { TotalCount: 0 },
      itemCount: 0,
    });
  });

  it("takes the count from Meta's ItemRange when Items closes the page", () => {
    const meta = { Page: 2, ItemRange: [101, 103] };
    // Items are not walked, so Meta's count stands even where the items would not parse.
    expect(readListEnvelope(bytes(`{"Meta":${JSON.stringify(meta)},"Items":[1,2,3] }`))).toEqual({
      meta,
      itemCount: 3,
    });
    expect(readListEnvelope(bytes(`{"Meta":${JSON.stringify(meta)},"Items":[1,2 ]}`))).toEqual({
      meta,
      itemCount: 3,
    });
    // Items before Meta, or not last, are counted.
    expect(readListEnvelope(bytes(`{"Items":[1],"Meta":${JSON.stringify(meta)}}`))).toEqual({
      meta,
      itemCount: 1,
    });
    expect(
      readListEnvelope(bytes(`{"Meta":${JSON.stringify(meta)},"Items":[1,2],"Next":{}}`)),
    ).toEqual({ meta, itemCount: 2 });
    expect(readListEnvelope(bytes(`{"Meta":{"ItemRange":[1,0]},"Items":[]}`))).toEqual({
      meta: { ItemRange: [1, 0] },
      itemCount: 0,
    });
  });

  it('answers undefined for anything that is not plainly a list page', () => {
    for (const text of [
      '',
      '[]',
      '{"Meta":{}}',
      '{"Items":[]}',
      '{"Meta":[],"Items":[]}',
      '{"Meta":{},"Items":{}}',
      '{"Meta":{},"Items":[1,2}',
      '{"Meta":{},"Items":[1,2]} trailing',
      '{"Meta":{"a":"unterminated}',
      '<html>',
    ]) {
      expect(readListEnvelope(bytes(text)), text).toBeUndefined();
    }
  });
});
