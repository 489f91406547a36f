import { z } from 'zod';
import { API_URL_HINT, CatalogErrorCode, catalogError } from './errors';
import { parseJson } from './json-syntax';

/** The few parts of an OpenAPI 3 document read up front; everything else stays raw JSON. */
const OpenApiDocumentShape = z.looseObject({
  openapi: z.string().regex(/^3\./),
  info: z.looseObject({ title: z.string().catch('Untitled API'), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export type OpenApiDocument = z.infer<typeof OpenApiDocumentShape>;

/** `source` names where the text came from, for error messages. */
export function parseSpecText(text: string, source: string): OpenApiDocument {
  if (/^\s*</.test(text)) {
    throw catalogError(
      CatalogErrorCode.NotJson,
      `${source} is an HTML page, not the OpenAPI JSON. ${API_URL_HINT}`,
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { line, column } = parsed.error.position;
    throw catalogError(
      CatalogErrorCode.NotJson,
      `${source} is not valid JSON: ${parsed.error.message} (line ${line}, column ${column}).`,
      parsed.error.position,
    );
  }
  return toOpenApiDocument(parsed.value, source);
}

export function toOpenApiDocument(value: unknown, source: string): OpenApiDocument {
  const checked = OpenApiDocumentShape.safeParse(value);
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw catalogError(
      CatalogErrorCode.NotOpenApi,
      `${source} is not an OpenAPI 3 document (it needs "openapi": "3.x", info.version and paths; check ${[...new Set(problems)].join(', ')}).`,
    );
  }
  return checked.data;
}
