import { z } from 'zod';

export const QueryParamType = z.enum(['string', 'integer', 'number', 'boolean', 'array', 'object']);
export type QueryParamType = z.infer<typeof QueryParamType>;

export interface QueryParam {
  name: string;
  type: QueryParamType;
}

/** What an SDK snippet needs to know about an operation beyond the draft itself. */
export interface OperationShape {
  /** The path template after `/v1`: `/orders/{direction}/{orderID}/lineitems`. */
  path: string;
  /** Declared query parameters; the SDKs take them as named options. */
  queryParams: QueryParam[];
  /** The body's model (`LineItem`): the .NET SDK needs a typed body. */
  bodyModel?: string;
  /** False for a 204 answer: the .NET SDK's method then returns a bare Task. */
  returnsContent: boolean;
}

/**
 * Looks an operation up in the spec of the API at `apiUrl` (the catalog's). Undefined when
 * unknown: the SDK snippets then fall back to a plain HTTP call.
 */
export type DescribeOperation = (
  apiUrl: string,
  operationId: string,
) => Promise<OperationShape | undefined>;

const Parameter = z.object({
  name: z.string(),
  in: z.string(),
  schema: z.object({ type: QueryParamType.optional() }).loose().optional(),
});

const Operation = z
  .object({
    operationId: z.string().optional(),
    parameters: z.array(z.unknown()).optional(),
    requestBody: z.object({ content: z.record(z.string(), z.unknown()).optional() }).optional(),
    responses: z
      .record(z.string(), z.object({ content: z.unknown().optional() }).loose())
      .optional(),
  })
  .loose();

const Spec = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) }).loose();

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** Finds an operation by id in an OpenAPI 3 document and reads its shape. */
export function findOperationShape(spec: unknown, operationId: string): OperationShape | undefined {
  const parsed = Spec.safeParse(spec);
  if (!parsed.success) return undefined;
  for (const [path, pathItem] of Object.entries(parsed.data.paths)) {
    for (const [method, value] of Object.entries(pathItem)) {
      if (!HTTP_METHODS.has(method)) continue;
      const operation = Operation.safeParse(value);
      if (operation.success && operation.data.operationId === operationId) {
        return shapeOf(path, operation.data);
      }
    }
  }
  return undefined;
}

function shapeOf(path: string, operation: z.infer<typeof Operation>): OperationShape {
  const queryParams = (operation.parameters ?? []).flatMap((raw) => {
    const parameter = Parameter.safeParse(raw);
    if (!parameter.success || parameter.data.in !== 'query') return [];
    return [{ name: parameter.data.name, type: parameter.data.schema?.type ?? 'string' }];
  });
  const successes = Object.entries(operation.responses ?? {}).filter(([code]) => /^2/.test(code));
  const shape: OperationShape = {
    path: path.replace(/^\/v1(?=\/|$)/, '') || '/',
    queryParams,
    returnsContent: successes.length === 0 || successes.some(([, response]) => response.content),
  };
  const bodyModel = modelName(operation.requestBody?.content?.['application/json']);
  if (bodyModel) shape.bodyModel = bodyModel;
  return shape;
}

const MediaType = z.object({
  schema: z
    .object({
      $ref: z.string().optional(),
      allOf: z.array(z.object({ $ref: z.string().optional() }).loose()).optional(),
    })
    .loose()
    .optional(),
});

/** `#/components/schemas/LineItem`, directly or as the only member of an allOf. */
function modelName(mediaType: unknown): string | undefined {
  const schema = MediaType.safeParse(mediaType).data?.schema;
  const ref = schema?.$ref ?? (schema?.allOf?.length === 1 ? schema.allOf[0]?.$ref : undefined);
  return ref?.match(/^#\/components\/schemas\/([A-Za-z_]\w*)$/)?.[1];
}

/** A DescribeOperation over whatever spec `loadSpec` finds for an API, such as the catalog's cache. */
export function describeFromSpec(
  loadSpec: (apiUrl: string) => Promise<unknown>,
): DescribeOperation {
  return async (apiUrl, operationId) => findOperationShape(await loadSpec(apiUrl), operationId);
}
