/** Path templates like `/products/{productID}`, filled in and read back from a draft's path. */

const PARAM = /\{([^}/]+)\}/g;

export function pathParamNames(template: string): string[] {
  return [...template.matchAll(PARAM)].map((match) => match[1] ?? '');
}

/** URL-encodes each value; a parameter left empty stays as `{name}`, so it can be read back. */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PARAM, (placeholder, name: string) => {
    const value = values[name] ?? '';
    return value === '' ? placeholder : encodeURIComponent(value);
  });
}

/** The parameter values in `path` (with or without `/v1`), or undefined if it does not fit. */
export function readPathValues(template: string, path: string): Record<string, string> | undefined {
  const names = pathParamNames(template);
  const pattern = template
    .split(PARAM)
    .map((part, index) => (index % 2 === 1 ? '([^/]*)' : escapeRegExp(part)))
    .join('');
  const match = new RegExp(`^(?:/v1)?${pattern}$`).exec(withoutQuery(path));
  if (!match) return undefined;
  return Object.fromEntries(
    names.map((name, index) => {
      const raw = match[index + 1] ?? '';
      return [name, raw === `{${name}}` ? '' : safeDecode(raw)];
    }),
  );
}

export function stripApiVersion(path: string): string {
  return path.replace(/^\/v1(?=\/|$)/, '') || '/';
}

function withoutQuery(path: string): string {
  const index = path.indexOf('?');
  return index === -1 ? path : path.slice(0, index);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A percent-decoded path segment, or the text as it is when it is not valid encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
