import { describe, expect, it } from 'vitest';
import {
  describeChange,
  entityChanges,
  followedEntity,
  matchingChange,
  parseEntityPath,
} from '../../renderer/linked/entity-change';

describe('parseEntityPath', () => {
  it('reads collections, IDs, an order direction and a trailing action', () => {
    expect(parseEntityPath('/v1/orders/Outgoing/o1/submit')).toEqual({
      chain: [{ kind: 'Order', id: 'o1' }],
      action: 'submit',
    });
    expect(parseEntityPath('/orders/Incoming/o1/lineitems/li%201?x=1')).toEqual({
      chain: [
        { kind: 'Order', id: 'o1' },
        { kind: 'LineItem', id: 'li 1' },
      ],
    });
    expect(parseEntityPath('/me/orders')).toEqual({ chain: [{ kind: 'Order' }] });
  });

  it('never takes a sub-resource word for an ID', () => {
    expect(parseEntityPath('/catalogs/assignments')).toEqual({
      chain: [{ kind: 'Catalog' }],
      action: 'assignments',
    });
    expect(parseEntityPath('/products/p1/variants')).toEqual({
      chain: [{ kind: 'Product', id: 'p1' }, { kind: 'Variant' }],
    });
  });
});

describe('entityChanges', () => {
  const order = { ID: 'o1', Status: 'Open' };

  it('takes a created entity from the answer’s ID', () => {
    expect(
      entityChanges({ method: 'POST', path: '/orders/Outgoing', status: 201, body: order }),
    ).toEqual([{ kind: 'Order', id: 'o1', verb: 'created' }]);
  });

  it('names an action in the past tense and keeps the path’s ID', () => {
    const changes = entityChanges({
      method: 'POST',
      path: '/v1/orders/Outgoing/o1/submit',
      status: 200,
      body: order,
    });
    expect(changes).toEqual([{ kind: 'Order', id: 'o1', verb: 'submitted' }]);
    expect(describeChange(changes[0]!)).toBe('order o1 submitted');
  });

  it('marks the parent changed when a child is written', () => {
    const changes = entityChanges({
      method: 'POST',
      path: '/orders/Outgoing/o1/lineitems',
      status: 201,
      body: { ID: 'li1', ProductID: 'gloves' },
    });
    expect(changes.map((change) => [change.kind, change.id, change.verb])).toEqual([
      ['LineItem', 'li1', 'created'],
      ['Order', 'o1', 'changed'],
    ]);
    expect(describeChange(changes[1]!)).toBe('order o1 changed: line item li1 created');
  });

  it('uses the path’s ID for a delete with no body', () => {
    expect(
      entityChanges({ method: 'DELETE', path: '/shipments/s1', status: 204, body: undefined }),
    ).toEqual([{ kind: 'Shipment', id: 's1', verb: 'deleted' }]);
  });

  it('publishes nothing for reads, failures, or writes without an ID', () => {
    expect(entityChanges({ method: 'GET', path: '/orders/Incoming', status: 200 })).toEqual([]);
    expect(
      entityChanges({ method: 'POST', path: '/orders/Outgoing/o1/submit', status: 403 }),
    ).toEqual([]);
    expect(entityChanges({ method: 'POST', path: '/catalogs/assignments', status: 204 })).toEqual(
      [],
    );
    expect(entityChanges({ method: 'POST', path: '/oauth/token', status: 200 })).toEqual([]);
  });
});

describe('followedEntity and matchingChange', () => {
  it('knows what a list or a single GET shows', () => {
    expect(followedEntity({ method: 'GET', path: '/orders/Incoming' })).toEqual({
      kind: 'Order',
    });
    expect(followedEntity({ method: 'GET', path: '/me/orders/approvable' })).toEqual({
      kind: 'Order',
    });
    expect(followedEntity({ method: 'GET', path: '/orders/All/o1' })).toEqual({
      kind: 'Order',
      id: 'o1',
    });
    expect(followedEntity({ method: 'GET', path: '/orders/All/o1/eligibleapprovers' })).toBe(
      undefined,
    );
    expect(followedEntity({ method: 'POST', path: '/orders/Outgoing' })).toBe(undefined);
    expect(followedEntity({ method: 'GET', path: '/me' })).toBe(undefined);
  });

  it('matches a list by kind and a single entity by kind and ID', () => {
    const changes = entityChanges({
      method: 'POST',
      path: '/orders/Outgoing/o1/lineitems',
      status: 201,
      body: { ID: 'li1' },
    });
    expect(matchingChange({ kind: 'Order' }, changes)?.id).toBe('o1');
    expect(matchingChange({ kind: 'Order', id: 'o2' }, changes)).toBe(undefined);
    expect(matchingChange({ kind: 'LineItem' }, changes)?.id).toBe('li1');
    expect(matchingChange({ kind: 'Product' }, changes)).toBe(undefined);
  });
});
