import { describe, expect, it } from 'vitest';
import { findItem, parseSmallJson } from '../../renderer/linked/find-item';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('findItem', () => {
  const page = {
    Meta: { TotalCount: 2 },
    Items: [
      { ID: 'o1', Status: 'Unsubmitted', Total: 0 },
      { ID: 'o2', Status: 'Open', Total: 25.98, xp: { a: 1 } },
    ],
  };

  it('finds an item of a list page by ID, with a few of its fields', () => {
    expect(findItem(parseSmallJson(bytes(page)), 'o2')).toEqual({
      index: 1,
      fields: [
        ['Status', 'Open'],
        ['Total', '25.98'],
      ],
    });
  });

  it('finds a single entity answer, and nothing where the ID is absent', () => {
    expect(findItem({ ID: 'o1', Name: 'x' }, 'o1')).toEqual({ index: -1, fields: [['Name', 'x']] });
    expect(findItem(page, 'o3')).toBe(undefined);
    expect(findItem('not an object', 'o1')).toBe(undefined);
  });

  it('leaves bodies that are not JSON, empty or large alone', () => {
    expect(parseSmallJson(new TextEncoder().encode('<html>'))).toBe(undefined);
    expect(parseSmallJson(new Uint8Array())).toBe(undefined);
    expect(parseSmallJson(new Uint8Array(3 * 1024 * 1024))).toBe(undefined);
  });
});
