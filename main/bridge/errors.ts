import type { BridgeError } from '../../preload/contract';

/**
 * An expected failure a handler reports to the renderer: a code the UI can act on and a message
 * a person can read. Anything else a handler throws is a bug and crosses as 'Internal'.
 */
export class OcxError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'OcxError';
  }

  toBridgeError(): BridgeError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
