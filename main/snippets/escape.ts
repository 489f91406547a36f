/** A POSIX shell word in single quotes: nothing inside is expanded; `'` is closed, escaped, reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A JavaScript string literal. JSON's escaping is valid JavaScript (ES2019 and later). */
export function jsString(text: string): string {
  return JSON.stringify(text);
}

// C# regular literals may not hold line breaks (U+0085, U+2028, U+2029 count) or lone surrogates.
const CSHARP_UNSAFE =
  /[\\"\p{Cc}\u0085\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const CSHARP_SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** A C# regular string literal. */
export function csharpString(text: string): string {
  const escaped = text.replace(
    CSHARP_UNSAFE,
    (character) => CSHARP_SHORT_ESCAPES[character] ?? unicodeEscape(character),
  );
  return `"${escaped}"`;
}

/** A C# verbatim string literal: line breaks kept, `"` doubled, nothing else escaped. */
export function csharpVerbatim(text: string): string {
  return `@"${text.replace(/"/g, '""')}"`;
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
