import { asArray, asObject, asString, asStrings, type JsonObject } from './json-value';
import type { SchemaResolver } from './schema-resolver';

/** Readers for the raw parts of an operation, shared by the index and the detail view. */

/** Path-item parameters, overridden by the operation's own of the same name and location. */
export function collectParameters(
  pathItem: JsonObject,
  operation: JsonObject,
  resolver: SchemaResolver,
): JsonObject[] {
  const byKey = new Map<string, JsonObject>();
  for (const raw of [...asArray(pathItem.parameters), ...asArray(operation.parameters)]) {
    const parameter = resolver.follow(raw);
    const name = asString(parameter?.name);
    if (parameter && name !== undefined) byKey.set(`${String(parameter.in)} ${name}`, parameter);
  }
  return [...byKey.values()];
}

/** The first 2xx response: what the request builder shows and list detection reads. */
export function successResponse(
  operation: JsonObject,
  resolver: SchemaResolver,
): { status: string; response: JsonObject } | undefined {
  const responses = asObject(operation.responses) ?? {};
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  const response = status === undefined ? undefined : resolver.follow(responses[status]);
  return status === undefined || !response ? undefined : { status, response };
}

/** The (unresolved) schema of a JSON media type in a request body's or response's content. */
export function jsonSchemaOf(content: unknown): unknown {
  const media = asObject(content) ?? {};
  const type = Object.keys(media).find((name) => /json/i.test(name)) ?? Object.keys(media)[0];
  return type === undefined ? undefined : asObject(media[type])?.schema;
}

/** OrderCloud's list shape: `{ Meta, Items: [...] }`. */
export function isListSchema(schema: JsonObject | undefined): boolean {
  const properties = asObject(schema?.properties);
  return properties !== undefined && 'Items' in properties && 'Meta' in properties;
}

/**
 * The roles of which any one lets a token call the operation; empty when any token will do
 * (an empty scope list, or no security requirement at all).
 */
export function requiredRoles(security: unknown): string[] {
  const roles = new Set<string>();
  for (const requirement of asArray(security)) {
    const scopeLists = Object.values(asObject(requirement) ?? {}).map(asStrings);
    if (scopeLists.length === 0 || scopeLists.some((scopes) => scopes.length === 0)) return [];
    scopeLists.flat().forEach((role) => roles.add(role));
  }
  return [...roles];
}
