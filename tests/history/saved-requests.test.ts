import { describe, expect, it, vi } from 'vitest';
import { REDACTED } from '../../main/security/redact';
import { SavedRequestStore } from '../../main/history/saved-requests';
import { buyer, draft, filesUnder, temporaryDataDir } from './support';

const PROFILE = 'marketplace-1';

function store(dataDir = temporaryDataDir()) {
  const onChange = vi.fn();
  return { dataDir, onChange, saved: new SavedRequestStore({ dataDir, onChange }) };
}

describe('saved requests', () => {
  it('creates, renames and deletes collections, per marketplace', () => {
    const { saved } = store();
    const orders = saved.createCollection(PROFILE, 'Orders');
    saved.createCollection(PROFILE, 'Catalog');
    expect(saved.renameCollection(PROFILE, orders.id, 'Buyer orders').name).toBe('Buyer orders');
    expect(saved.list(PROFILE).map((c) => c.name)).toEqual(['Buyer orders', 'Catalog']);
    expect(saved.list('another-marketplace')).toEqual([]);
    expect(saved.deleteCollection(PROFILE, orders.id)).toBe(true);
    expect(saved.deleteCollection(PROFILE, orders.id)).toBe(false);
    expect(saved.list(PROFILE).map((c) => c.name)).toEqual(['Catalog']);
  });

  it('saves a named draft with its perspective hint, and deletes it', () => {
    const { saved } = store();
    const collection = saved.createCollection(PROFILE, 'Orders');
    const request = saved.addRequest(PROFILE, collection.id, {
      name: 'Create an order',
      draft: draft({ method: 'POST', path: '/v1/orders/Outgoing', body: '{}' }),
      perspective: buyer,
    });
    expect(saved.list(PROFILE)[0]?.requests).toEqual([request]);
    expect(request).toMatchObject({ name: 'Create an order', perspective: buyer });
    expect(saved.deleteRequest(PROFILE, collection.id, request.id)).toBe(true);
    expect(saved.deleteRequest(PROFILE, collection.id, request.id)).toBe(false);
    expect(saved.list(PROFILE)[0]?.requests).toEqual([]);
  });

  it('masks secrets in saved drafts, and keeps its file private', () => {
    const { saved, dataDir } = store();
    const collection = saved.createCollection(PROFILE, 'Auth');
    saved.addRequest(PROFILE, collection.id, {
      name: 'Sign in',
      draft: draft({
        method: 'POST',
        path: '/oauth/token',
        headers: [{ name: 'Authorization', value: 'Bearer CANARY-SAVED', enabled: true }],
        body: 'grant_type=password&password=CANARY-PASSWORD',
      }),
    });
    const files = filesUnder(dataDir);
    expect(files.map((f) => f.text).join()).not.toMatch(/CANARY/);
    expect(files.map((f) => f.mode)).toEqual([0o600]);
    expect(saved.list(PROFILE)[0]?.requests[0]?.draft.body).toBe(
      `grant_type=password&password=${REDACTED}`,
    );
  });

  it('survives a restart', () => {
    const { saved, dataDir } = store();
    const collection = saved.createCollection(PROFILE, 'Kept');
    expect(new SavedRequestStore({ dataDir }).list(PROFILE)).toEqual([collection]);
  });

  it('answers an unknown collection with a typed error', () => {
    const { saved } = store();
    expect(() => saved.renameCollection(PROFILE, 'nope', 'x')).toThrow(
      expect.objectContaining({ code: 'HistoryCollectionNotFound' }),
    );
    expect(() => saved.addRequest(PROFILE, 'nope', { name: 'x', draft: draft() })).toThrow(
      expect.objectContaining({ code: 'HistoryCollectionNotFound' }),
    );
  });

  it('tells who listens about each change', () => {
    const { saved, onChange } = store();
    const collection = saved.createCollection(PROFILE, 'A');
    saved.renameCollection(PROFILE, collection.id, 'B');
    saved.deleteCollection(PROFILE, collection.id);
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange).toHaveBeenCalledWith(PROFILE);
  });
});
