import type { HistoryPerspective, HistorySummary } from '../../preload/contract/history';
import type { RequestDraft } from '../../preload/contract/request-draft';
import type { StoredEntry } from './history-log';
import { redactDraft, redactText } from '../security/redact';

/** What the request executor hands the history after each request, secrets and all. */
export interface HistoryRecordInput {
  profileId: string;
  perspective?: HistoryPerspective;
  draft: RequestDraft;
  /** Absent when no response came back. */
  status?: number;
  error?: string;
  durationMs: number;
  /** Response size in bytes; the body's UTF-8 length when absent. */
  size?: number;
  timestamp?: Date;
  responseBody?: string;
  contentType?: string;
}

const MAX_ERROR_LENGTH = 2000;

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
export function buildEntry(input: HistoryRecordInput, context: EntryContext): NewEntry {
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
    error:
      input.error === undefined ? undefined : redactText(input.error.slice(0, MAX_ERROR_LENGTH)),
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
  const {
    draft: _draft,
    contentType: _contentType,
    hasResponseBody: _body,
    inlineResponseBody: _inline,
    ...summary
  } = entry;
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
