import type { CatalogSection, OperationSummary } from '../../preload/contract/catalog';
import type { HttpMethod } from '../../preload/contract/request-draft';
import { asObject, asString, asStrings, type JsonObject } from './json-value';
import type { SchemaResolver } from './schema-resolver';
import { groupIntoSections, readTags, UNSECTIONED } from './sections';
import type { OpenApiDocument } from './spec-document';
import { isListSchema, jsonSchemaOf, requiredRoles, successResponse } from './spec-nodes';

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const UNTAGGED = 'Other';

export interface IndexedOperation extends OperationSummary {
  description: string;
  resource: string;
  sectionId: string;
  /** The raw spec nodes, resolved further only when the operation's detail is asked for. */
  node: JsonObject;
  pathItem: JsonObject;
}

export interface OperationIndex {
  operations: IndexedOperation[];
  byId: ReadonlyMap<string, IndexedOperation>;
  sections: CatalogSection[];
}

/** One pass over the paths: what the sidebar, search and role checks need, no schema resolved. */
export function buildOperationIndex(
  document: OpenApiDocument,
  resolver: SchemaResolver,
): OperationIndex {
  const tags = readTags(document);
  const operations: IndexedOperation[] = [];
  const byId = new Map<string, IndexedOperation>();

  for (const [path, rawPathItem] of Object.entries(document.paths)) {
    const pathItem = resolver.follow(rawPathItem) ?? {};
    for (const method of METHODS) {
      const node = asObject(pathItem[method.toLowerCase()]);
      if (!node) continue;
      const resource = asStrings(node.tags)[0] ?? UNTAGGED;
      const response = successResponse(node, resolver)?.response;
      const operation: IndexedOperation = {
        id: uniqueId(asString(node.operationId) ?? `${method} ${path}`, byId),
        method,
        path,
        summary: asString(node.summary) ?? '',
        description: asString(node.description) ?? '',
        roles: requiredRoles(node.security ?? document.security),
        isList: isListSchema(resolver.follow(jsonSchemaOf(response?.content))),
        resource,
        sectionId: tags.sectionOf.get(resource) ?? UNSECTIONED.id,
        node,
        pathItem,
      };
      operations.push(operation);
      byId.set(operation.id, operation);
    }
  }
  const placed = operations.map((operation) => ({
    sectionId: operation.sectionId,
    resource: operation.resource,
    operation: toSummary(operation),
  }));
  return { operations, byId, sections: groupIntoSections(placed, tags) };
}

export function toSummary(operation: IndexedOperation): OperationSummary {
  const { id, method, path, summary, roles, isList } = operation;
  return { id, method, path, summary, roles, isList };
}

function uniqueId(candidate: string, taken: ReadonlyMap<string, unknown>): string {
  let id = candidate;
  for (let copy = 2; taken.has(id); copy += 1) id = `${candidate} (${copy})`;
  return id;
}
