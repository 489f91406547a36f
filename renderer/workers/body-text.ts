/** The body as text, in the charset the Content-Type names (UTF-8 when it names none we know). */
export function decodeBody(bytes: Uint8Array, contentType = ''): string {
  const charset = /charset="?([^";]+)/i.exec(contentType)?.[1]?.trim();
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Worth trying JSON.parse on: a JSON media type, or text that opens like a document. */
export function mayBeJson(text: string, contentType = ''): boolean {
  if (/[/+]json\b/i.test(contentType)) return true;
  return /^\s*[{[]/.test(text.slice(0, 64));
}

export type ParsedBody = { format: 'json'; root: unknown } | { format: 'text'; parseError?: string };

export function parseBody(text: string, contentType?: string): ParsedBody {
  if (!mayBeJson(text, contentType)) return { format: 'text' };
  try {
    return { format: 'json', root: JSON.parse(text) };
  } catch (error) {
    return { format: 'text', parseError: error instanceof Error ? error.message : String(error) };
  }
}
