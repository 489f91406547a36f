import type { RequestDraft } from '../../preload/contract/request-draft';

/** What a secret is replaced with wherever it would be shown or stored. */
export const REDACTED = '•••';

type Pair = RequestDraft['query'][number];

const SECRET_NAMES = new Set(['authorization', 'proxyauthorization', 'cookie', 'setcookie']);
const SECRET_SUFFIXES = ['token', 'secret', 'password', 'apikey'];

/**
 * Whether a field, header or parameter name holds a secret: access_token, refresh_token,
 * client_secret, password, anonUserToken, ClientSecret, Authorization... in any spelling.
 */
export function isSecretName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    SECRET_NAMES.has(normalized) || SECRET_SUFFIXES.some((suffix) => normalized.endsWith(suffix))
  );
}

// A token can hide under an innocent name (a note, a log line), so these are scrubbed everywhere.
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
const BEARER = /\b(Bearer\s+)[\w.~+/-]+=*/gi;

/** Removes JWTs and bearer credentials from free text. */
export function scrubTokens(text: string): string {
  return text.replace(BEARER, `$1${REDACTED}`).replace(JWT, REDACTED);
}

/** A deep copy of a JSON value with secret fields masked; the same value when there were none. */
export function redactJsonValue(value: unknown): unknown {
  if (typeof value === 'string') return scrubTokens(value);
  if (Array.isArray(value)) return sameIfUnchanged(value, value.map(redactJsonValue));
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const next = isSecretName(key) && isScalar(field) ? REDACTED : redactJsonValue(field);
    changed ||= next !== field;
    copy[key] = next;
  }
  return changed ? copy : value;
}

// What redactText could mask: a secret name ending a JSON key or a form field (spelled with
// any separators between its letters and before the `:` or `=`), a token's own markers, and any
// escape (`\u0074oken`, `to\tken`, `%74oken`) that could spell one. Text with none of them is
// scanned once instead of parsed and walked. Not matches: `"PasswordLastSetDate":` (the name
// goes on) and `"Password":null` (nothing to mask, and every OrderCloud user carries it).
const MAY_HOLD_SECRET = new RegExp(
  [...SECRET_NAMES, ...SECRET_SUFFIXES]
    .map((name) => `${[...name].join('[^a-z0-9]*')}[^a-z0-9:=]*(?:=|:(?!\\s*null\\b))`)
    .concat(['eyJ', 'bearer', '\\\\', '%'])
    .join('|'),
  'i',
);

/** False only when `text` certainly holds no secret that redactText would mask. */
export function mayHoldSecret(text: string): boolean {
  return MAY_HOLD_SECRET.test(text);
}

const FORM_PAIR = /(^|[?&;\s])([^=&?;\s]+)=([^&;\s]*)/g;
const JSON_PAIR = /("(?:[^"\\\n]|\\.)*")(\s*:\s*)("(?:[^"\\\n]|\\.)*"|-?\d[\d.eE+-]*|true|false)/g;

/**
 * Masks secrets in a body, a URL or a log line: JSON is parsed and walked (its formatting kept
 * when nothing changed); anything else, half-typed JSON included, is masked pair by pair.
 */
export function redactText(text: string): string {
  if (!mayHoldSecret(text)) return text;
  const parsed = parseJson(text);
  if (parsed !== undefined) {
    const redacted = redactJsonValue(parsed.value);
    if (redacted === parsed.value) return text;
    return JSON.stringify(redacted, null, text.includes('\n') ? 2 : undefined);
  }
  const masked = text
    .replace(JSON_PAIR, (pair, key: string, colon: string) =>
      isSecretName(unquote(key)) ? `${key}${colon}"${REDACTED}"` : pair,
    )
    .replace(FORM_PAIR, (pair, separator: string, name: string) =>
      isSecretName(decode(name)) ? `${separator}${name}=${REDACTED}` : pair,
    );
  return scrubTokens(masked);
}

export function redactPairs(pairs: readonly Pair[]): Pair[] {
  return pairs.map((pair) => ({
    ...pair,
    value: isSecretName(pair.name) ? REDACTED : scrubTokens(pair.value),
  }));
}

/** A draft safe to store, log or show: tokens and secrets masked in path, query, headers, body. */
export function redactDraft(draft: RequestDraft): RequestDraft {
  const redacted: RequestDraft = {
    ...draft,
    path: redactText(draft.path),
    query: redactPairs(draft.query),
    headers: redactPairs(draft.headers),
  };
  if (draft.body !== undefined) redacted.body = redactText(draft.body);
  return redacted;
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function sameIfUnchanged(original: unknown[], mapped: unknown[]): unknown[] {
  return mapped.every((item, index) => item === original[index]) ? original : mapped;
}

function parseJson(text: string): { value: unknown } | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function unquote(quoted: string): string {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : quoted;
  } catch {
    return quoted;
  }
}

function decode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, ' '));
  } catch {
    return component;
  }
}
