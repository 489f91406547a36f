import type { HttpMethod, RequestDraft } from '../../preload/contract/request-draft';

export interface NameValue {
  name: string;
  value: string;
}

/** A draft resolved against its API: what every snippet target renders. */
export interface PreparedRequest {
  method: HttpMethod;
  /** The API base without `/v1`: `https://sandboxapi.ordercloud.io`. */
  apiBase: string;
  /** The path after `/v1`, without its query: `/orders/Outgoing/o1/lineitems`. */
  apiPath: string;
  /** Enabled parameters, those written into the path first. */
  query: NameValue[];
  /** Enabled headers except Authorization, which every target writes itself. */
  headers: NameValue[];
  body?: string;
  /** The real token, or a placeholder. */
  accessToken: string;
  operationId?: string;
}

export const TOKEN_PLACEHOLDER = 'YOUR_ACCESS_TOKEN';
export const JSON_CONTENT_TYPE = 'application/json; charset=UTF-8';

export function prepareRequest(
  draft: RequestDraft,
  apiUrl: string,
  accessToken: string,
): PreparedRequest {
  const [rawPath = '', pathQuery = ''] = draft.path.split(/\?(.*)/s);
  const request: PreparedRequest = {
    method: draft.method,
    apiBase: apiUrl.replace(/\/+$/, '').replace(/\/v1$/i, ''),
    apiPath: withoutVersion(rawPath.startsWith('/') ? rawPath : `/${rawPath}`),
    query: [...new URLSearchParams(pathQuery)].map(([name, value]) => ({ name, value })),
    headers: enabled(draft.headers).filter((header) => !isNamed(header, 'authorization')),
    accessToken,
  };
  request.query.push(...enabled(draft.query));
  if (draft.body !== undefined && draft.body !== '') request.body = draft.body;
  if (draft.operationId) request.operationId = draft.operationId;
  return request;
}

/** The full URL, query included. */
export function requestUrl(request: PreparedRequest): string {
  const query = request.query
    .map(({ name, value }) => `${encodeQueryPart(name)}=${encodeQueryPart(value)}`)
    .join('&');
  return `${request.apiBase}/v1${request.apiPath}${query ? `?${query}` : ''}`;
}

/**
 * Authorization first, then the user's headers, then a JSON Content-Type unless the user set
 * one. Raw HTTP shows it on every request, as OrderCloud's own examples do; the rest only with
 * a body.
 */
export function requestHeaders(
  request: PreparedRequest,
  contentType: 'always' | 'with-body' = 'with-body',
): NameValue[] {
  const headers = [{ name: 'Authorization', value: `Bearer ${request.accessToken}` }];
  headers.push(...request.headers);
  const wantsContentType = contentType === 'always' || request.body !== undefined;
  if (wantsContentType && !request.headers.some((header) => isNamed(header, 'content-type'))) {
    headers.push({ name: 'Content-Type', value: JSON_CONTENT_TYPE });
  }
  return headers;
}

/** The body as a JSON value, when it is JSON. */
export function jsonBody(request: PreparedRequest): { value: unknown } | undefined {
  if (request.body === undefined) return undefined;
  try {
    return { value: JSON.parse(request.body) as unknown };
  } catch {
    return undefined;
  }
}

export function isNamed(pair: NameValue, name: string): boolean {
  return pair.name.toLowerCase() === name;
}

function enabled(pairs: RequestDraft['query']): NameValue[] {
  return pairs.filter((pair) => pair.enabled).map(({ name, value }) => ({ name, value }));
}

/** Percent-encodes, but leaves `,` `:` `@` `/` legal in a query: `sortBy=Name,!ID` reads as written. */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%(2C|3A|40|2F)/gi, (escaped) =>
    decodeURIComponent(escaped),
  );
}

function withoutVersion(path: string): string {
  return path.replace(/^\/v1(?=\/|$)/i, '') || '/';
}
