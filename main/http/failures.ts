import { OcxError } from '../bridge/errors';
import type { AuthFailure } from '../../preload/contract/sessions';

/** What went wrong, broadly: the command line turns it into an exit code, the UI into a look. */
export type FailureKind = 'usage' | 'auth' | 'network' | 'api' | 'cancelled';

/**
 * An expected failure with a message and a hint that says what to do. Built from scratch every
 * time: the HTTP client's own errors carry the request (Authorization header, form password),
 * so they are never passed on, logged or wrapped.
 */
export class ActionableError extends OcxError {
  constructor(
    readonly kind: FailureKind,
    code: string,
    message: string,
    readonly hint: string,
  ) {
    super(code, message, { hint, kind });
    this.name = 'ActionableError';
  }

  toFailure(): AuthFailure {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export function isActionable(error: unknown): error is ActionableError {
  return error instanceof ActionableError;
}

export const NetworkCode = {
  DnsFailed: 'NetworkDnsFailed',
  Refused: 'NetworkConnectionRefused',
  Timeout: 'NetworkTimeout',
  Tls: 'NetworkTlsFailed',
  Reset: 'NetworkConnectionReset',
  Unreachable: 'NetworkUnreachable',
  NotJson: 'UnexpectedResponse',
  ServerError: 'ServerError',
  Failed: 'NetworkFailed',
} as const;

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** Turns a low-level failure into a message naming the host and the next step. */
export function networkFailure(error: unknown, host: string, timeoutMs: number): ActionableError {
  const code = errorCode(error);
  const failure = (networkCode: string, message: string, hint: string) =>
    new ActionableError('network', networkCode, message, hint);
  if (code === 'ERR_ABORTED' || code === 'ABORT_ERR') {
    return new ActionableError(
      'cancelled',
      'RequestCancelled',
      'The request was cancelled.',
      'Send it again when you are ready.',
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return failure(
      NetworkCode.DnsFailed,
      `The name ${host} could not be found (DNS).`,
      'Check the API URL for typos, and that this computer is online.',
    );
  }
  if (code === 'ECONNREFUSED') {
    return failure(
      NetworkCode.Refused,
      `${host} refused the connection.`,
      'Check the API URL and port; if it is a local server, make sure it is running.',
    );
  }
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    return failure(
      NetworkCode.Timeout,
      `${host} did not answer within ${formatSeconds(timeoutMs)}.`,
      'The server may be overloaded or unreachable from this network; try again, or raise the timeout.',
    );
  }
  if (TLS_CODES.has(code) || code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS')) {
    return failure(
      NetworkCode.Tls,
      `The secure connection to ${host} failed (${code}).`,
      'The server certificate is not trusted here. Check the URL; behind a proxy that inspects TLS, set NODE_EXTRA_CA_CERTS to its certificate.',
    );
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return failure(
      NetworkCode.Reset,
      `${host} closed the connection unexpectedly.`,
      'Try again; if it keeps happening, check any proxy or firewall in between.',
    );
  }
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'ENETDOWN') {
    return failure(
      NetworkCode.Unreachable,
      `${host} cannot be reached from this network.`,
      'Check that this computer is online.',
    );
  }
  return failure(
    NetworkCode.Failed,
    `The request to ${host} failed${code ? ` (${code})` : ''}.`,
    'Check the API URL and your connection, then try again.',
  );
}

/** A server that answered, but not with what an OrderCloud API sends. */
export function unexpectedResponse(
  host: string,
  status: number,
  contentType: string,
): ActionableError {
  if (status >= 500) {
    return new ActionableError(
      'network',
      NetworkCode.ServerError,
      `${host} answered with a server error (HTTP ${status}).`,
      'The service has a problem of its own; try again in a moment. Nothing was changed here.',
    );
  }
  const what = contentType.includes('html')
    ? 'an HTML page'
    : `${contentType || 'an empty or unknown body'}`;
  return new ActionableError(
    'network',
    NetworkCode.NotJson,
    `${host} answered with ${what} (HTTP ${status}) where OrderCloud sends JSON.`,
    'The URL probably points at a website or a proxy login page, not an OrderCloud API. Check the API URL.',
  );
}

function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { code, name } = error as { code?: unknown; name?: unknown };
  if (typeof code === 'string') return code;
  return name === 'AbortError' ? 'ABORT_ERR' : '';
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
