import { z } from 'zod';
import { HistoryPerspective, type HistorySummary } from '../../preload/contract/history';
import { RequestDraft } from '../../preload/contract/request-draft';
import type { StoredEntry } from './history-log';
import { redactDraft, redactText } from '../security/redact';

/** What the request executor hands the history after each request, secrets and all. */
export const HistoryRecordInput = z.object({
  profileId: z.string().min(1).max(100),
  perspective: HistoryPerspective.optional(),
  draft: RequestDraft,
  /** Absent when no response came back. */
  status: z.number().int().optional(),
  error: z.string().max(2000).optional(),
  durationMs: z.number().nonnegative(),
  /** Response size in bytes; the body's UTF-8 length when absent. */
  size: z.number().int().nonnegative().optional(),
  timestamp: z.coerce.date().optional(),
  responseBody: z.string().optional(),
  contentType: z.string().max(200).optional(),
});
export type HistoryRecordInput = z.input<typeof HistoryRecordInput>;

export interface NewEntry {
  entry: StoredEntry;
  responseBody?: string;
}

export interface EntryContext {
  id: string;
  now: Date;
  maxBodyBytes: number;
}

/** A recorded request made safe to keep: secrets masked, oversized bodies dropped with a flag. */
export function buildEntry(raw: HistoryRecordInput, context: EntryContext): NewEntry {
  const input = HistoryRecordInput.parse(raw);
  const requestBody = keepBody(input.draft.body, context.maxBodyBytes);
  const responseBody = keepBody(input.responseBody, context.maxBodyBytes);
  const draft = redactDraft({ ...input.draft, body: requestBody.body });
  const storedResponseBody =
    responseBody.body === undefined ? undefined : redactText(responseBody.body);
  const entry: StoredEntry = {
    id: context.id,
    profileId: input.profileId,
    method: draft.method,
    path: pathWithQuery(draft),
    perspective: input.perspective,
    status: input.status,
    error: input.error === undefined ? undefined : redactText(input.error),
    durationMs: Math.round(input.durationMs),
    size: input.size ?? byteLength(input.responseBody ?? ''),
    timestamp: (input.timestamp ?? context.now).toISOString(),
    pinned: false,
    operationId: draft.operationId,
    responseBodyDropped: responseBody.dropped,
    requestBodyDropped: requestBody.dropped,
    draft,
    contentType: input.contentType,
    hasResponseBody: storedResponseBody !== undefined,
  };
  return { entry, responseBody: storedResponseBody };
}

export function toSummary(entry: StoredEntry): HistorySummary {
  const { draft: _draft, contentType: _contentType, hasResponseBody: _body, ...summary } = entry;
  return summary;
}

/** `/v1/products?search=red%20shirt`: the path with its enabled query parameters, for reading. */
export function pathWithQuery(draft: RequestDraft): string {
  const query = draft.query
    .filter((pair) => pair.enabled)
    .map((pair) => `${encodeQueryPart(pair.name)}=${encodeQueryPart(pair.value)}`)
    .join('&');
  if (query === '') return draft.path;
  return `${draft.path}${draft.path.includes('?') ? '&' : '?'}${query}`;
}

/** Bodies are measured as received; one over the limit is dropped, never cut (cut JSON is junk). */
function keepBody(
  body: string | undefined,
  maxBytes: number,
): { body: string | undefined; dropped: boolean } {
  if (body === undefined || byteLength(body) <= maxBytes) return { body, dropped: false };
  return { body: undefined, dropped: true };
}

/** Escapes only what would change the query's meaning, so `•••` and `xp.Color=red` stay legible. */
function encodeQueryPart(text: string): string {
  return text.replace(/[%&=#+\s\p{Cc}]/gu, (character) => encodeURIComponent(character));
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
