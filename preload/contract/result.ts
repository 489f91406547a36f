import { z } from 'zod';

/** Every failure that crosses the bridge has this shape; no stack trace ever does. */
export const BridgeError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type BridgeError = z.infer<typeof BridgeError>;

/** Codes the bridge itself produces. Features add their own (AuthFailed, VaultLocked, ...). */
export const BridgeErrorCode = {
  BadRequest: 'BadRequest',
  UnknownChannel: 'UnknownChannel',
  Forbidden: 'Forbidden',
  Internal: 'Internal',
  Disconnected: 'Disconnected',
} as const;

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };
