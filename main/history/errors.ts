import { OcxError } from '../bridge/errors';

export const HistoryErrorCode = {
  EntryNotFound: 'HistoryEntryNotFound',
  CollectionNotFound: 'HistoryCollectionNotFound',
} as const;

export type HistoryErrorCode = (typeof HistoryErrorCode)[keyof typeof HistoryErrorCode];

export function historyError(code: HistoryErrorCode, message: string, details?: unknown): OcxError {
  return new OcxError(code, message, details);
}
