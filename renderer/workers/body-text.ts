/** Worth trying JSON.parse on: a JSON media type, or text that opens like a document. */
export function mayBeJson(text: string, contentType = ''): boolean {
  if (/[/+]json\b/i.test(contentType)) return true;
  return /^\s*[{[]/.test(text.slice(0, 64));
}

export type ParsedBody =
  | { format: 'json'; text: string; root: unknown; mergedPages?: number }
  | { format: 'text'; text: string; parseError?: string };

function parseText(text: string, contentType?: string): ParsedBody {
  if (!mayBeJson(text, contentType)) return { format: 'text', text };
  try {
    return { format: 'json', text, root: JSON.parse(text) };
  } catch (error) {
    return {
      format: 'text',
      text,
      parseError: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * One body as it is; several list pages parsed together as the JSON array of the pages (which is
 * also what the Raw view shows), their Items joined into one list.
 */
export function parseBodies(texts: string[], contentType?: string): ParsedBody {
  if (texts.length === 1) return parseText(texts[0]!, contentType);
  const parsed = parseText(`[${texts.join(',\n')}]`, 'application/json');
  if (parsed.format === 'text') return parsed;
  return { ...parsed, root: mergePages(parsed.root as unknown[]), mergedPages: texts.length };
}

function mergePages(pages: unknown[]): { Meta: Record<string, unknown>; Items: unknown[] } {
  const items = pages.flatMap((page) => (page as { Items?: unknown[] }).Items ?? []);
  const firstMeta = (pages[0] as { Meta?: Record<string, unknown> }).Meta ?? {};
  return {
    Meta: {
      ...firstMeta,
      Page: 1,
      TotalCount: items.length,
      TotalPages: 1,
      ItemRange: [1, items.length],
    },
    Items: items,
  };
}
