import { ActionableError } from './failures';

export interface QueryPair {
  name: string;
  value: string;
}

const VERSION_PREFIX = /^\/?v1(?=\/|$)/i;

/**
 * The URL for a path as a user writes it: `/me`, `me`, `/v1/me` and `/me?page=2` all mean
 * `{apiBase}/v1/me`. A full URL is accepted only on the API's own origin, so a token is never
 * sent anywhere else.
 */
export function apiUrlFor(apiBase: string, path: string, query: readonly QueryPair[] = []): URL {
  const base = new URL(apiBase);
  const written = path.trim();
  let url: URL;
  if (/^https?:\/\//i.test(written)) {
    url = new URL(written);
    if (url.origin !== base.origin) {
      throw new ActionableError(
        'usage',
        'ForeignUrl',
        `${url.origin} is not this marketplace's API (${base.origin}); the session's token is only sent there.`,
        'Write the path only, like /v1/me, or switch to the profile for that API.',
      );
    }
  } else {
    const [pathPart = '', search = ''] = splitOnce(written, '?');
    const relative = `/${pathPart.replace(/^\/+/, '')}`.replace(VERSION_PREFIX, '');
    url = new URL(
      `${base.pathname.replace(/\/+$/, '')}/v1${relative === '/' ? '' : relative}`,
      base,
    );
    url.search = search;
  }
  for (const { name, value } of query) url.searchParams.append(name, value);
  return url;
}

/** The site root of an API base: `https://api.example.com/v1/` → `https://api.example.com`. */
export function normalizeApiBase(apiUrl: string): string {
  const url = new URL(apiUrl);
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/v1$/i, '');
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

function splitOnce(text: string, separator: string): [string, string?] {
  const index = text.indexOf(separator);
  return index < 0 ? [text] : [text.slice(0, index), text.slice(index + 1)];
}
