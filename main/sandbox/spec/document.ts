// The subset of OpenAPI 3 the sandbox reads from its own document.

export interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  readOnly?: boolean;
  default?: unknown;
  maxLength?: number;
  minimum?: number;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: SchemaObject;
}

export interface OperationObject {
  operationId: string;
  tags: string[];
  summary?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, { schema: SchemaObject }> };
  responses: Record<string, { content?: Record<string, { schema: SchemaObject }> }>;
  security?: Array<Record<string, string[]>>;
  'x-sandbox-source'?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: Record<string, unknown>;
  servers?: Array<{ url: string; description?: string }>;
  tags: Array<Record<string, unknown>>;
  paths: Record<string, Record<string, OperationObject>>;
  components: {
    schemas: Record<string, SchemaObject>;
    securitySchemes: {
      OAuth2: { flows: Record<string, { tokenUrl: string; scopes: Record<string, string> }> };
    };
  };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** `#/components/schemas/Product` → `Product`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

/** The schema an operation's body or response names, looking through `allOf: [{ $ref }]`. */
export function namedSchema(schema: SchemaObject | undefined): string | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return refName(schema.$ref);
  const [first] = schema.allOf ?? [];
  return first?.$ref ? refName(first.$ref) : undefined;
}
