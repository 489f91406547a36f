import { z } from 'zod';
import { channel } from './define';
import { HttpMethod } from './request-draft';

const CatalogId = z.string().min(1).max(64);
const OperationId = z.string().min(1).max(200);
const Role = z.string().min(1).max(100);

/** A JSON Schema (OpenAPI 3 flavour) with every $ref resolved and allOf merged. */
export const JsonSchema = z.record(z.string(), z.unknown());
export type JsonSchema = z.infer<typeof JsonSchema>;

/** One endpoint as the sidebar shows it. `roles` empty means any signed-in token may call it. */
export const OperationSummary = z.object({
  id: z.string(),
  method: HttpMethod,
  path: z.string(),
  summary: z.string(),
  roles: z.array(z.string()),
  isList: z.boolean(),
});
export type OperationSummary = z.infer<typeof OperationSummary>;

export const CatalogResource = z.object({
  name: z.string(),
  description: z.string(),
  operations: z.array(OperationSummary),
});
export type CatalogResource = z.infer<typeof CatalogResource>;

export const CatalogSection = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** "Me and My Stuff": what buyer and supplier perspectives reach for first. */
  meAndMyStuff: z.boolean(),
  resources: z.array(CatalogResource),
});
export type CatalogSection = z.infer<typeof CatalogSection>;

export const CatalogSource = z.enum(['network', 'cache', 'file']);
export type CatalogSource = z.infer<typeof CatalogSource>;

export const CatalogOverview = z.object({
  catalogId: z.string(),
  title: z.string(),
  version: z.string(),
  /** The API base the spec came from; absent for an imported file. */
  apiBase: z.string().optional(),
  operationCount: z.number().int(),
  sections: z.array(CatalogSection),
  /** When the spec was fetched from the network (ISO 8601); absent for an imported file. */
  cachedAt: z.string().optional(),
  source: CatalogSource,
});
export type CatalogOverview = z.infer<typeof CatalogOverview>;

export const OperationParameter = z.object({
  name: z.string(),
  description: z.string(),
  required: z.boolean(),
  /** JSON Schema type: string, integer, number, boolean, array (comma-delimited) or object. */
  type: z.string(),
  format: z.string().optional(),
  /** Allowed values; for an array parameter (searchOn, sortBy) the values of its items. */
  enum: z.array(z.string()).optional(),
});
export type OperationParameter = z.infer<typeof OperationParameter>;

export const RequestBodyDetail = z.object({
  required: z.boolean(),
  schema: JsonSchema,
  requiredFields: z.array(z.string()),
  /** Pretty-printed JSON: required fields plus a few commonly useful ones, no read-only ones. */
  sample: z.string(),
});
export type RequestBodyDetail = z.infer<typeof RequestBodyDetail>;

export const ResponseDetail = z.object({
  status: z.string(),
  description: z.string(),
  schema: JsonSchema.optional(),
});
export type ResponseDetail = z.infer<typeof ResponseDetail>;

/** Everything the request builder needs for one operation, resolved on demand. */
export const OperationDetail = OperationSummary.extend({
  description: z.string(),
  resource: z.string(),
  sectionId: z.string(),
  pathParams: z.array(OperationParameter),
  queryParams: z.array(OperationParameter),
  body: RequestBodyDetail.optional(),
  response: ResponseDetail.optional(),
});
export type OperationDetail = z.infer<typeof OperationDetail>;

export const HighlightRange = z.object({
  field: z.enum(['summary', 'path', 'id']),
  start: z.number().int(),
  end: z.number().int(),
});
export type HighlightRange = z.infer<typeof HighlightRange>;

export const SearchHit = z.object({
  operationId: z.string(),
  /** 1 for the best hit, falling towards 0 down the ranking. */
  score: z.number(),
  ranges: z.array(HighlightRange),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const TextPosition = z.object({
  offset: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
});
export type TextPosition = z.infer<typeof TextPosition>;

export const BodyProblem = z.object({
  /** JSON pointer into the body ('' is the body itself). */
  pointer: z.string(),
  /** The field as a person reads it: `Name`, `Inventory.Enabled`, `Specs[0].Value`. */
  field: z.string(),
  message: z.string(),
  /** Only for malformed JSON: where the parser gave up. */
  position: TextPosition.optional(),
});
export type BodyProblem = z.infer<typeof BodyProblem>;

export const BodyValidation = z.object({
  valid: z.boolean(),
  errors: z.array(BodyProblem),
});
export type BodyValidation = z.infer<typeof BodyValidation>;

export const CatalogAccess = z.object({
  fullAccess: z.boolean(),
  /** Ids of the operations these roles may call. */
  allowed: z.array(z.string()),
  /** For every other operation, the roles of which any one would let it through. */
  missing: z.record(z.string(), z.array(z.string())),
});
export type CatalogAccess = z.infer<typeof CatalogAccess>;

const apiUrl = z
  .string()
  .max(2048)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'Use an http:// or https:// URL');

/** Specs and bodies: generous, but bounded before they reach main. */
const MAX_TEXT_LENGTH = 50 * 1024 * 1024;
/** The longest spec text `catalog.import` accepts. */
export const MAX_SPEC_IMPORT_LENGTH = MAX_TEXT_LENGTH;

export const catalogChannels = {
  /** Loads the OpenAPI spec served at `{apiUrl}/v1/openapi/v3`, from the disk cache when it can. */
  'catalog.load': channel(
    z.object({ apiUrl, refresh: z.boolean().default(false) }),
    CatalogOverview,
  ),
  /** Loads a spec the user picked in the renderer (its text). */
  'catalog.import': channel(
    z.object({ fileName: z.string().max(260), text: z.string().max(MAX_SPEC_IMPORT_LENGTH) }),
    CatalogOverview,
  ),
  /** Lets main ask the user for a spec file; null when they cancel. */
  'catalog.openFile': channel(z.void(), CatalogOverview.nullable()),
  'catalog.operation': channel(
    z.object({ catalogId: CatalogId, operationId: OperationId }),
    OperationDetail,
  ),
  'catalog.search': channel(
    z.object({
      catalogId: CatalogId,
      query: z.string().max(200),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    z.array(SearchHit),
  ),
  'catalog.validateBody': channel(
    z.object({
      catalogId: CatalogId,
      operationId: OperationId,
      body: z.string().max(MAX_TEXT_LENGTH),
    }),
    BodyValidation,
  ),
  /** What a session with these granted roles may call. */
  'catalog.access': channel(
    z.object({ catalogId: CatalogId, roles: z.array(Role).max(500) }),
    CatalogAccess,
  ),
};
