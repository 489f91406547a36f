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

interface NetworkExplanation {
  matches: (code: string) => boolean;
  code: string;
  message: (host: string, timeoutMs: number, code: string) => string;
  hint: string;
}

const oneOf =
  (...codes: string[]) =>
  (code: string) =>
    codes.includes(code);

/** Node's and got's error codes, in the words of what the user can check. */
const NETWORK_EXPLANATIONS: NetworkExplanation[] = [
  {
    matches: oneOf('ENOTFOUND', 'EAI_AGAIN'),
    code: NetworkCode.DnsFailed,
    message: (host) => `The name ${host} could not be found (DNS).`,
    hint: 'Check the API URL for typos, and that this computer is online.',
  },
  {
    matches: oneOf('ECONNREFUSED'),
    code: NetworkCode.Refused,
    message: (host) => `${host} refused the connection.`,
    hint: 'Check the API URL and port; if it is a local server, make sure it is running.',
  },
  {
    matches: oneOf('ETIMEDOUT', 'ESOCKETTIMEDOUT'),
    code: NetworkCode.Timeout,
    message: (host, timeoutMs) => `${host} did not answer within ${formatSeconds(timeoutMs)}.`,
    hint: 'The server may be overloaded or unreachable from this network; try again, or raise the timeout.',
  },
  {
    matches: (code) => TLS_CODES.has(code) || /^ERR_(SSL|TLS)/.test(code),
    code: NetworkCode.Tls,
    message: (host, _timeout, code) => `The secure connection to ${host} failed (${code}).`,
    hint: 'The server certificate is not trusted here. Check the URL; behind a proxy that inspects TLS, set NODE_EXTRA_CA_CERTS to its certificate.',
  },
  {
    matches: oneOf('ECONNRESET', 'EPIPE'),
    code: NetworkCode.Reset,
    message: (host) => `${host} closed the connection unexpectedly.`,
    hint: 'Try again; if it keeps happening, check any proxy or firewall in between.',
  },
  {
    matches: oneOf('ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'),
    code: NetworkCode.Unreachable,
    message: (host) => `${host} cannot be reached from this network.`,
    hint: 'Check that this computer is online.',
  },
];

/** Turns a low-level failure into a message naming the host and the next step. */
export function networkFailure(error: unknown, host: string, timeoutMs: number): ActionableError {
  const code = errorCode(error);
  if (code === 'ERR_ABORTED' || code === 'ABORT_ERR') return requestCancelled();
  const explanation = NETWORK_EXPLANATIONS.find((candidate) => candidate.matches(code));
  if (explanation) {
    const message = explanation.message(host, timeoutMs, code);
    return new ActionableError('network', explanation.code, message, explanation.hint);
  }
  return new ActionableError(
    'network',
    NetworkCode.Failed,
    `The request to ${host} failed${code ? ` (${code})` : ''}.`,
    'Check the API URL and your connection, then try again.',
  );
}

export function requestCancelled(): ActionableError {
  return new ActionableError(
    'cancelled',
    'RequestCancelled',
    'The request was cancelled.',
    'Send it again when you are ready.',
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
