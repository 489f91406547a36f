import {
  HTTP_METHODS,
  namedSchema,
  refName,
  type OpenApiDocument,
  type OperationObject,
  type SchemaObject,
} from './document';

export interface ListInfo {
  /** The schema of one item, whose properties are the valid filter keys. */
  itemSchema: string | undefined;
  searchOn: string[];
  sortBy: string[];
  withFacets: boolean;
}

/** What the server needs to know about one implemented operation, read from the document. */
export interface OperationInfo {
  id: string;
  method: string;
  path: string;
  tag: string;
  /** Any one of these roles is sufficient; none listed means any valid token will do. */
  roles: string[];
  successStatus: number;
  body?: { schema: string; required: string[] };
  list?: ListInfo;
  /** Lowercased names of the declared query parameters, which are therefore not filters. */
  declaredQuery: Set<string>;
}

function describe(
  path: string,
  method: string,
  operation: OperationObject,
  spec: SandboxSpec,
): OperationInfo {
  const [status, response] = Object.entries(operation.responses)[0] ?? ['200', undefined];
  const bodySchema = operation.requestBody?.content['application/json']?.schema;
  const bodyName = namedSchema(bodySchema);
  const responseName = namedSchema(response?.content?.['application/json']?.schema);
  const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  const enumOf = (name: string) =>
    (query.find((parameter) => parameter.name === name)?.schema.items?.enum ?? []) as string[];
  const listSchema = responseName ? spec.schema(responseName) : undefined;
  const items = listSchema?.properties?.Items;
  return {
    id: operation.operationId,
    method: method.toUpperCase(),
    path,
    tag: operation.tags[0] ?? '',
    roles: operation.security?.[0]?.OAuth2 ?? [],
    successStatus: Number(status),
    ...(bodyName && { body: { schema: bodyName, required: bodySchema?.required ?? [] } }),
    ...(items && {
      list: {
        itemSchema: namedSchema(items.items),
        searchOn: enumOf('searchOn'),
        sortBy: enumOf('sortBy'),
        withFacets: listSchema?.properties?.Meta?.$ref?.endsWith('/MetaWithFacets') ?? false,
      },
    }),
    declaredQuery: new Set(query.map((parameter) => parameter.name.toLowerCase())),
  };
}

/** The sandbox's own OpenAPI document: the one source of its routes, roles and schemas. */
export class SandboxSpec {
  readonly operations: OperationInfo[];
  /** Every API role the document knows (its OAuth2 scopes). */
  readonly apiRoles: ReadonlySet<string>;
  private readonly byId = new Map<string, OperationInfo>();
  private readonly served = new Map<string, OpenApiDocument>();

  constructor(readonly document: OpenApiDocument) {
    this.operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      HTTP_METHODS.flatMap((method) => {
        const operation = methods[method];
        return operation ? [describe(path, method, operation, this)] : [];
      }),
    );
    for (const operation of this.operations) this.byId.set(operation.id, operation);
    const flows = Object.values(document.components.securitySchemes.OAuth2.flows);
    this.apiRoles = new Set(flows.flatMap((flow) => Object.keys(flow.scopes)));
  }

  operation(id: string): OperationInfo {
    const operation = this.byId.get(id);
    if (!operation) throw new Error(`The sandbox spec has no operation ${id}.`);
    return operation;
  }

  schema(name: string): SchemaObject | undefined {
    return this.document.components.schemas[name];
  }

  /** A schema with its `$ref` or single `allOf` followed, so its properties can be read. */
  resolve(schema: SchemaObject): SchemaObject {
    if (schema.$ref) return this.resolve(this.schema(refName(schema.$ref)) ?? {});
    const [only] = schema.allOf ?? [];
    if (only && schema.allOf?.length === 1 && !schema.properties) {
      return { ...this.resolve(only), ...(schema.required && { required: schema.required }) };
    }
    return schema;
  }

  /** The document as served at `{url}/v1/openapi/v3`, pointing at this very sandbox. */
  servedDocument(url: string): OpenApiDocument {
    let document = this.served.get(url);
    if (!document) {
      const flows = Object.fromEntries(
        Object.entries(this.document.components.securitySchemes.OAuth2.flows).map(
          ([name, flow]) => [name, { ...flow, tokenUrl: `${url}/oauth/token` }],
        ),
      );
      document = {
        ...this.document,
        servers: [{ url: `${url}/v1`, description: 'OC Explorer local sandbox' }],
        components: {
          ...this.document.components,
          securitySchemes: {
            OAuth2: { ...this.document.components.securitySchemes.OAuth2, flows },
          },
        },
      };
      this.served.set(url, document);
    }
    return document;
  }
}
