import type { BodyProblem, BodyValidation, OperationDetail } from '../../preload/contract/catalog';
import { checkJsonSyntax } from '../request/json-syntax';

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
};

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Enough of main's catalog.validateBody for the harness: syntax, required, top-level types. */
export function fakeValidateBody(operation: OperationDetail, body: string): BodyValidation {
  const syntax = checkJsonSyntax(body);
  if (!syntax.valid) return syntax;
  if (body.trim() === '') {
    return {
      valid: false,
      errors: [{ pointer: '', field: 'Body', message: 'This operation needs a request body' }],
    };
  }
  const value: unknown = JSON.parse(body);
  if (typeOf(value) !== 'object') {
    return {
      valid: false,
      errors: [{ pointer: '', field: 'Body', message: 'Body must be an object' }],
    };
  }
  const record = value as Record<string, unknown>;
  const properties = (operation.body?.schema.properties ?? {}) as Record<
    string,
    { type?: string; minimum?: number }
  >;
  const errors: BodyProblem[] = [];
  for (const field of operation.body?.requiredFields ?? []) {
    if (!(field in record))
      errors.push({ pointer: `/${field}`, field, message: `${field} is required` });
  }
  for (const [field, fieldValue] of Object.entries(record)) {
    const expected = properties[field]?.type;
    const actual = typeOf(fieldValue);
    const fits = expected === actual || (expected === 'number' && actual === 'integer');
    if (expected && !fits) {
      errors.push({
        pointer: `/${field}`,
        field,
        message: `${field} must be ${TYPE_WORDS[expected] ?? expected}`,
      });
    }
    const minimum = properties[field]?.minimum;
    if (minimum !== undefined && typeof fieldValue === 'number' && fieldValue < minimum) {
      errors.push({ pointer: `/${field}`, field, message: `${field} must be at least ${minimum}` });
    }
  }
  return { valid: errors.length === 0, errors };
}
