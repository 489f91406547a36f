import { describe, expect, it } from 'vitest';
import { OperationSearch } from '../../main/catalog/operation-search';
import { realSpecCatalog } from './support';

function topIds(query: string, limit = 5): string[] {
  return realSpecCatalog()
    .search(query, limit)
    .map((hit) => hit.operationId);
}

describe('searching operations', () => {
  it('finds Products.List for "list products"', () => {
    expect(topIds('list products', 3)).toContain('Products.List');
  });

  it('puts an exact operation id first, whatever its case', () => {
    expect(topIds('me.get')[0]).toBe('Me.Get');
    expect(topIds('LineItems.Create')[0]).toBe('LineItems.Create');
  });

  it('puts the operations of an exact path first', () => {
    expect(topIds('/orders/{direction}', 2).sort()).toEqual(['Orders.Create', 'Orders.List']);
    expect(topIds('me', 3).sort()).toEqual(['Me.Get', 'Me.Patch', 'Me.Save']);
  });

  it('tolerates a typo and words out of order', () => {
    expect(topIds('prodcts list')).toContain('Products.List');
    expect(topIds('create lineitem', 2)).toContain('LineItems.Create');
  });

  it('returns highlight ranges within the field they matched', () => {
    const [hit] = realSpecCatalog().search('Products.List', 1);
    expect(hit?.operationId).toBe('Products.List');
    const idRanges = hit?.ranges.filter((range) => range.field === 'id') ?? [];
    expect(idRanges.length).toBeGreaterThan(0);
    for (const range of idRanges) {
      expect('Products.List'.slice(range.start, range.end)).toMatch(/^[A-Za-z]+$/);
    }
  });

  it('ranks best first with a falling score and honours the limit', () => {
    const hits = realSpecCatalog().search('order', 10);
    expect(hits).toHaveLength(10);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBe(1);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(realSpecCatalog().search('   ', 10)).toEqual([]);
    expect(realSpecCatalog().search('...', 10)).toEqual([]);
  });

  it('maps ranges to fields when the haystack is built from several', () => {
    const search = new OperationSearch([
      { id: 'Widgets.Get', path: '/widgets', summary: 'Get a widget' },
    ]);
    const [hit] = search.search('widget', 1);
    expect(hit?.ranges).toContainEqual({ field: 'summary', start: 6, end: 12 });
  });
});
