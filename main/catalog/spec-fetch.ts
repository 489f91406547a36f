import got, { RequestError } from 'got';
import { API_URL_HINT, CatalogErrorCode, catalogError } from './errors';

const SPEC_PATH = '/v1/openapi/v3';

/** `https://host/v1/` and `https://host` name the same API; its base is `https://host`. */
export function normalizeApiBase(apiUrl: string): string {
  const url = new URL(apiUrl);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/i, '');
  return `${url.origin}${path}`;
}

export function specUrl(apiBase: string): string {
  return `${apiBase}${SPEC_PATH}`;
}

/** The spec's text as the API serves it; HTTP and network failures become catalog errors. */
export async function fetchSpecText(apiBase: string, timeoutMs: number): Promise<string> {
  const url = specUrl(apiBase);
  const response = await got(url, {
    headers: { accept: 'application/json' },
    responseType: 'text',
    throwHttpErrors: false,
    timeout: { request: timeoutMs },
    retry: { limit: 1 },
  }).catch((error: unknown) => {
    throw catalogError(
      CatalogErrorCode.Unreachable,
      `Could not reach ${url}: ${networkReason(error)}. Check the API URL and your connection.`,
      error instanceof RequestError ? { code: error.code } : undefined,
    );
  });
  if (response.statusCode >= 400) {
    throw catalogError(
      CatalogErrorCode.HttpError,
      `${url} answered ${response.statusCode} ${response.statusMessage ?? ''}. ${API_URL_HINT}`,
      { status: response.statusCode },
    );
  }
  return response.body;
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'there is no such host',
  EAI_AGAIN: 'the host name could not be resolved',
  ETIMEDOUT: 'it did not answer in time',
  ECONNRESET: 'the connection was reset',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
};

function networkReason(error: unknown): string {
  if (error instanceof RequestError) return REASONS[error.code] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
