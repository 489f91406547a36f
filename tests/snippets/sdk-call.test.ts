import { describe, expect, it } from 'vitest';
import { findOperationShape } from '../../main/snippets/operation-shape';
import { prepareRequest } from '../../main/snippets/prepared-request';
import { mapSdkCall } from '../../main/snippets/sdk-call';
import type { RequestDraft } from '../../preload/contract/request-draft';
import { readRealSpecText } from '../fixtures/openapi/specs';
import { API_URL } from './support';

const spec: unknown = JSON.parse(readRealSpecText());

function draft(overrides: Partial<RequestDraft>): RequestDraft {
  return { method: 'GET', path: '/v1/me', query: [], headers: [], ...overrides };
}

function callFor(request: RequestDraft) {
  const prepared = prepareRequest(request, API_URL, 'TOKEN');
  return mapSdkCall(prepared, findOperationShape(spec, request.operationId ?? ''));
}

describe('operation shapes from the spec', () => {
  it('reads path template, query parameters, body model and whether content comes back', () => {
    expect(findOperationShape(spec, 'LineItems.Create')).toEqual({
      path: '/orders/{direction}/{orderID}/lineitems',
      queryParams: [],
      bodyModel: 'LineItem',
      returnsContent: true,
    });
    expect(findOperationShape(spec, 'Products.List')?.queryParams).toContainEqual({
      name: 'pageSize',
      type: 'integer',
    });
    expect(findOperationShape(spec, 'Products.Delete')?.returnsContent).toBe(false);
    expect(findOperationShape(spec, 'Nope.Nothing')).toBeUndefined();
    expect(findOperationShape('not a spec', 'Me.Get')).toBeUndefined();
  });

  it('reads every operation of the real spec', () => {
    const document = spec as { paths: Record<string, Record<string, { operationId?: string }>> };
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) => operation.operationId ?? []),
    );
    expect(ids.length).toBe(337);
    for (const id of ids) expect(findOperationShape(spec, id), id).toBeDefined();
  });
});

describe('mapping a request to an SDK call', () => {
  it('takes path parameters in path order, with their values decoded', () => {
    const call = callFor(
      draft({
        method: 'POST',
        path: '/orders/Outgoing/order%201/lineitems',
        operationId: 'LineItems.Create',
        body: '{"ProductID":"p"}',
      }),
    );
    expect(call).toMatchObject({
      resource: 'LineItems',
      action: 'Create',
      pathArgs: [
        { name: 'direction', value: 'Outgoing' },
        { name: 'orderID', value: 'order 1' },
      ],
      body: { model: 'LineItem', variable: 'lineItem', json: { value: { ProductID: 'p' } } },
    });
  });

  it('splits declared options from filters, repeated ones grouped', () => {
    const call = callFor(
      draft({
        path: '/v1/products?catalogID=c1',
        operationId: 'Products.List',
        query: [
          { name: 'page', value: '2', enabled: true },
          { name: 'xp.Color', value: '!red', enabled: true },
          { name: 'xp.Color', value: '!blue', enabled: true },
          { name: 'ignored', value: 'x', enabled: false },
        ],
      }),
    );
    expect(call?.options).toEqual([
      { name: 'catalogID', type: 'string', values: ['c1'] },
      { name: 'page', type: 'integer', values: ['2'] },
    ]);
    expect(call?.filters).toEqual([
      { name: 'xp.Color', type: 'string', values: ['!red', '!blue'] },
    ]);
  });

  it('gives up when the operation is unknown or the path does not fit it', () => {
    expect(callFor(draft({ operationId: 'Nope.Nothing' }))).toBeUndefined();
    expect(callFor(draft({ path: '/v1/products', operationId: 'Me.Get' }))).toBeUndefined();
    expect(callFor(draft({ operationId: 'not an id' }))).toBeUndefined();
    expect(callFor(draft({}))).toBeUndefined();
  });
});
