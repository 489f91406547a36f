import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HistoryRecordInput } from '../../main/history/history-entry';
import type { RequestDraft } from '../../preload/contract/request-draft';

export function temporaryDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ocx-history-'));
}

export function draft(overrides: Partial<RequestDraft> = {}): RequestDraft {
  return { method: 'GET', path: '/v1/me', query: [], headers: [], ...overrides };
}

export const buyer = { perspectiveId: 'p-buyer', label: 'Buyer', username: 'buyer01' };
export const admin = { perspectiveId: 'p-admin', label: 'Seller admin', username: 'admin01' };

export function sent(overrides: Partial<HistoryRecordInput> = {}): HistoryRecordInput {
  return {
    profileId: 'marketplace-1',
    perspective: admin,
    draft: draft(),
    status: 200,
    durationMs: 42,
    responseBody: '{"ID":"admin01"}',
    contentType: 'application/json',
    ...overrides,
  };
}

/** Every file under a directory, with its text and mode: what an attacker with the disk sees. */
export function filesUnder(directory: string): { file: string; text: string; mode: number }[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(directory, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({
      file,
      text: readFileSync(file, 'utf8'),
      mode: statSync(file).mode & 0o777,
    }));
}
