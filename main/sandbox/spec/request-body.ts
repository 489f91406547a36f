import { apiErrors } from '../http/errors';
import type { SchemaObject } from './document';
import type { OperationInfo, SandboxSpec } from './sandbox-spec';

export type JsonObject = Record<string, unknown>;

/** IDs travel in URLs, so they keep to a URL-safe alphabet. */
const ID_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;

export function assertValidId(id: string, field = 'ID'): void {
  if (!ID_PATTERN.test(id) || /^\.+$/.test(id)) {
    throw apiErrors.invalidRequest(
      `${field} may contain only letters, numbers, "-", "_" and "." (at most 100 characters).`,
      { Field: field, Value: id },
    );
  }
}

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(field: string, expected: string): never {
  throw apiErrors.invalidRequest(`${field} must be ${expected}.`, {
    Field: field,
    Expected: expected,
  });
}

/** Checks one value against its schema; returns it without read-only or unknown properties. */
function clean(spec: SandboxSpec, value: unknown, declared: SchemaObject, field: string): unknown {
  if (value === null) return null;
  const schema = spec.resolve(declared);
  if (schema.properties) return cleanObject(spec, value, schema, field);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') invalid(field, 'a string');
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        invalid(field, `at most ${schema.maxLength} characters`);
      }
      if (schema.format === 'date-time' && Number.isNaN(Date.parse(value)))
        invalid(field, 'a date and time');
      if (schema.enum && !schema.enum.includes(value))
        invalid(field, `one of ${schema.enum.join(', ')}`);
      return value;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) invalid(field, 'a number');
      if (schema.type === 'integer' && !Number.isInteger(value)) invalid(field, 'a whole number');
      if (schema.minimum !== undefined && value < schema.minimum)
        invalid(field, `at least ${schema.minimum}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') invalid(field, 'true or false');
      return value;
    case 'array':
      if (!Array.isArray(value)) invalid(field, 'an array');
      return value.map((item, index) => {
        const name = `${field}[${index}]`;
        if (schema.enum && !schema.enum.includes(item))
          invalid(name, `one of the documented values`);
        return schema.items ? clean(spec, item, schema.items, name) : item;
      });
    case 'object':
      if (!isPlainObject(value)) invalid(field, 'a JSON object');
      return value;
    default:
      return value;
  }
}

function cleanObject(
  spec: SandboxSpec,
  value: unknown,
  schema: SchemaObject,
  field: string,
): JsonObject {
  if (!isPlainObject(value)) invalid(field || 'The request body', 'a JSON object');
  const result: JsonObject = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (!(name in value) || property.readOnly) continue;
    result[name] = clean(spec, value[name], property, field ? `${field}.${name}` : name);
  }
  return result;
}

/**
 * The request body as the operation's schema allows it: read-only and unknown properties
 * dropped, types checked, and for a full write (POST, PUT) defaults filled in and required
 * fields enforced. A PATCH is checked property by property only.
 */
export function prepareBody(
  spec: SandboxSpec,
  operation: OperationInfo,
  raw: unknown,
): JsonObject | undefined {
  if (!operation.body) return undefined;
  const declared = spec.schema(operation.body.schema);
  if (!declared) return isPlainObject(raw) ? raw : {};
  const body = cleanObject(spec, raw ?? {}, spec.resolve(declared), '');
  if (typeof body.ID === 'string') assertValidId(body.ID);
  if (operation.method === 'PATCH') return body;
  for (const [name, property] of Object.entries(spec.resolve(declared).properties ?? {})) {
    if (body[name] === undefined && property.default !== undefined && !property.readOnly) {
      body[name] = property.default;
    }
  }
  for (const name of operation.body.required) {
    const value = body[name];
    if (value === undefined || value === null || value === '') throw apiErrors.requiredField(name);
  }
  return body;
}
