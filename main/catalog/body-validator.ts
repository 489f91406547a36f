import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type {
  BodyProblem,
  BodyValidation,
  JsonSchema,
  RequestBodyDetail,
} from '../../preload/contract/catalog';
import { CatalogErrorCode, catalogError } from './errors';
import { parseJson } from './json-syntax';

const INT32_RANGE = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const isInteger = (value: number) => Number.isInteger(value);
const isInt32 = (value: number) =>
  isInteger(value) && value >= INT32_RANGE.min && value <= INT32_RANGE.max;
const anyNumber = () => true;

/** OpenAPI's numeric and opaque formats, which JSON Schema's format vocabulary lacks. */
function addOpenApiFormats(ajv: Ajv): void {
  ajv.addFormat('int32', { type: 'number', validate: isInt32 });
  ajv.addFormat('int64', { type: 'number', validate: isInteger });
  ajv.addFormat('float', { type: 'number', validate: anyNumber });
  ajv.addFormat('double', { type: 'number', validate: anyNumber });
  for (const opaque of ['password', 'byte', 'binary']) ajv.addFormat(opaque, true);
}

/** Checks request bodies against their operation's schema; each schema is compiled once. */
export class BodyValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    // Lenient: real specs carry OpenAPI-only keywords (nullable, readOnly) and loose schemas.
    this.ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, logger: false });
    addFormats(this.ajv);
    addOpenApiFormats(this.ajv);
  }

  /** `operationId` keys the compile cache; `expected` is the operation's body, if it takes one. */
  validate(
    operationId: string,
    expected: RequestBodyDetail | undefined,
    body: string,
  ): BodyValidation {
    if (body.trim() === '') {
      return expected?.required
        ? invalid([{ pointer: '', field: 'Body', message: 'This operation needs a request body' }])
        : { valid: true, errors: [] };
    }
    const parsed = parseJson(body);
    if (!parsed.ok) {
      const { message, position } = parsed.error;
      const where = `line ${position.line}, column ${position.column}`;
      return invalid([{ pointer: '', field: 'Body', message: `${message} (${where})`, position }]);
    }
    if (!expected) return { valid: true, errors: [] };
    const validate = this.compile(operationId, expected.schema);
    if (validate(parsed.value)) return { valid: true, errors: [] };
    return invalid((validate.errors ?? []).map(describeError));
  }

  private compile(operationId: string, schema: JsonSchema): ValidateFunction {
    let validate = this.compiled.get(operationId);
    if (!validate) {
      validate = this.compileOrExplain(operationId, schema);
      this.compiled.set(operationId, validate);
    }
    return validate;
  }

  private compileOrExplain(operationId: string, schema: JsonSchema): ValidateFunction {
    try {
      return this.ajv.compile(schema);
    } catch (error) {
      throw catalogError(
        CatalogErrorCode.SchemaUnusable,
        `The spec's body schema for ${operationId} cannot be checked: ${(error as Error).message}`,
      );
    }
  }
}

function invalid(errors: BodyProblem[]): BodyValidation {
  return { valid: false, errors };
}

/** Turns an ajv error into a sentence about a named field. */
function describeError(error: ErrorObject): BodyProblem {
  if (error.keyword === 'required') {
    const pointer = `${error.instancePath}/${escapePointer(String(error.params.missingProperty))}`;
    const field = fieldName(pointer);
    return { pointer, field, message: `${field} is required` };
  }
  const pointer = error.instancePath;
  const field = fieldName(pointer);
  return { pointer, field, message: `${field} ${explain(error)}` };
}

function explain(error: ErrorObject): string {
  const { params } = error;
  switch (error.keyword) {
    case 'type':
      return `must be ${String(params.type).split(',').map(describeType).join(' or ')}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'maxLength':
      return `must be at most ${String(params.limit)} characters`;
    case 'minLength':
      return `must be at least ${String(params.limit)} characters`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `must be ${BOUND_WORDS[error.keyword]} ${String(params.limit)}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'additionalProperties':
      return `has a field the API does not know: ${String(params.additionalProperty)}`;
    default:
      return error.message ?? 'is not valid';
  }
}

const BOUND_WORDS: Record<string, string> = {
  minimum: 'at least',
  maximum: 'at most',
  exclusiveMinimum: 'greater than',
  exclusiveMaximum: 'less than',
};

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describeType(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** `/Specs/0/Value` reads as `Specs[0].Value`; the body itself is `Body`. */
function fieldName(pointer: string): string {
  if (pointer === '') return 'Body';
  return pointer
    .slice(1)
    .split('/')
    .map(unescapePointer)
    .reduce((name, segment) => {
      if (/^\d+$/.test(segment)) return `${name}[${segment}]`;
      return name === '' ? segment : `${name}.${segment}`;
    }, '');
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
