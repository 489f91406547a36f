import { describe, expect, it } from 'vitest';
import {
  MAX_ENTRIES,
  compareBodies,
  differenceCount,
  preview,
} from '../../renderer/compare/body-diff';
import { formatPath } from '../../renderer/workers/json-path';

const ok = (value: unknown) => ({ ok: true, text: JSON.stringify(value) });
const failed = (value: unknown) => ({ ok: false, text: JSON.stringify(value) });
const list = (items: unknown[], totalCount = items.length) => ({
  Meta: { Page: 1, PageSize: 20, TotalCount: totalCount, TotalPages: 1 },
  Items: items,
});

describe('compareBodies on lists', () => {
  it('matches items by ID, whatever their order, and names what only one side sees', () => {
    const seller = list([
      { ID: 'gloves', Name: 'Gloves', Price: 12.99 },
      { ID: 'vest', Name: 'Vest', Price: 8 },
      { ID: 'hidden', Name: 'Inactive product', Active: false },
    ]);
    const buyer = list([
      { ID: 'vest', Name: 'Vest', Price: 8 },
      { ID: 'gloves', Name: 'Gloves', Price: 10.5 },
      { ID: 'summit-hat', Name: 'Summit hat' },
    ]);
    const diff = compareBodies(ok(seller), ok(buyer));
    expect(diff).toMatchObject({
      kind: 'list',
      leftCount: 3,
      rightCount: 3,
      onlyLeft: [{ id: 'hidden', label: 'Inactive product' }],
      onlyRight: [{ id: 'summit-hat', label: 'Summit hat' }],
      differing: [
        {
          id: 'gloves',
          changes: [{ kind: 'changed', path: 'Price', left: '12.99', right: '10.5' }],
        },
      ],
      identical: 1,
      meta: [],
      truncated: 0,
    });
    expect(differenceCount(diff)).toBe(3);
  });

  it('reports nested additions, removals and Meta changes with their paths', () => {
    const diff = compareBodies(
      ok(list([{ ID: 'a', xp: { Color: 'red', Sizes: ['S', 'M'] } }], 52)),
      ok(list([{ ID: 'a', xp: { Sizes: ['S', 'M', 'L'], Brand: 'Acme' } }], 47)),
    );
    if (diff.kind !== 'list') throw new Error(diff.kind);
    expect(diff.differing[0]?.changes).toEqual(
      expect.arrayContaining([
        { kind: 'removed', path: 'xp.Color', left: '"red"' },
        { kind: 'added', path: 'xp.Sizes[2]', right: '"L"' },
        { kind: 'added', path: 'xp.Brand', right: '"Acme"' },
      ]),
    );
    expect(diff.meta).toEqual([{ kind: 'changed', path: 'TotalCount', left: '52', right: '47' }]);
  });

  it('treats a side refused with an error as seeing none of the items', () => {
    const refusal = {
      Errors: [{ ErrorCode: 'InsufficientRoles', Message: 'User does not have role(s)' }],
    };
    const diff = compareBodies(ok(list([{ ID: 'a' }, { ID: 'b' }])), failed(refusal));
    expect(diff).toMatchObject({
      kind: 'list',
      unavailable: 'right',
      onlyLeft: [{ id: 'a' }, { id: 'b' }],
      onlyRight: [],
      rightCount: 0,
    });
  });

  it('knows items without an ID by their position', () => {
    const diff = compareBodies(ok(list([{ Name: 'x' }])), ok(list([{ Name: 'y' }])));
    if (diff.kind !== 'list') throw new Error(diff.kind);
    expect(diff.differing).toEqual([
      {
        id: '#1',
        label: 'x',
        changes: [{ kind: 'changed', path: 'Name', left: '"x"', right: '"y"' }],
      },
    ]);
  });

  it('stops listing at a budget and says how much it left out', () => {
    const many = Array.from({ length: MAX_ENTRIES + 50 }, (_, index) => ({ ID: `p${index}` }));
    const diff = compareBodies(ok(list(many)), ok(list([], many.length)));
    if (diff.kind !== 'list') throw new Error(diff.kind);
    expect(diff.onlyLeft).toHaveLength(MAX_ENTRIES);
    expect(diff.truncated).toBe(50);
  });
});

describe('compareBodies on other bodies', () => {
  it('diffs two documents path by path', () => {
    const diff = compareBodies(
      ok({ ID: 'maria', Username: 'admin01', Seller: { ID: 'cascade' }, Buyer: null }),
      ok({ ID: 'dana', Username: 'buyer01', Seller: null, Buyer: { ID: 'summit' } }),
    );
    expect(diff).toEqual({
      kind: 'document',
      truncated: 0,
      changes: [
        { kind: 'changed', path: 'ID', left: '"maria"', right: '"dana"' },
        { kind: 'changed', path: 'Username', left: '"admin01"', right: '"buyer01"' },
        { kind: 'changed', path: 'Seller', left: '{"ID":"cascade"}', right: 'null' },
        { kind: 'changed', path: 'Buyer', left: 'null', right: '{"ID":"summit"}' },
      ],
    });
  });

  it('diffs two error bodies as documents', () => {
    const diff = compareBodies(
      failed({ Errors: [{ ErrorCode: 'NotFound' }] }),
      failed({ Errors: [{ ErrorCode: 'InsufficientRoles' }] }),
    );
    expect(diff).toMatchObject({
      kind: 'document',
      changes: [{ kind: 'changed', path: 'Errors[0].ErrorCode' }],
    });
  });

  it('finds identical bodies identical', () => {
    expect(compareBodies(ok({ a: [1, { b: 2 }] }), ok({ a: [1, { b: 2 }] }))).toEqual({
      kind: 'document',
      changes: [],
      truncated: 0,
    });
  });

  it('compares scalars and mismatched shapes at the root', () => {
    expect(compareBodies(ok(1), ok([1]))).toMatchObject({
      changes: [{ kind: 'changed', path: '', left: '1', right: '[1]' }],
    });
  });

  it('compares non-JSON bodies for equality only', () => {
    expect(compareBodies({ ok: true, text: '<html>' }, { ok: true, text: '<html>' })).toEqual({
      kind: 'text',
      identical: true,
    });
    expect(compareBodies({ ok: false, text: '' }, ok({ a: 1 }))).toEqual({
      kind: 'text',
      identical: false,
    });
  });
});

describe('paths and previews', () => {
  it('writes paths as a person would', () => {
    expect(formatPath(['Items', 2, 'xp', 'Color'])).toBe('Items[2].xp.Color');
    expect(formatPath(['odd key', 'x'])).toBe('["odd key"].x');
    expect(formatPath([0])).toBe('[0]');
  });

  it('shortens long values', () => {
    const long = preview('x'.repeat(500));
    expect(long.length).toBe(120);
    expect(long.endsWith('…')).toBe(true);
    expect(preview(undefined)).toBe('undefined');
  });
});
