import type { OperationShape, QueryParamType } from './operation-shape';
import { jsonBody, type NameValue, type PreparedRequest } from './prepared-request';

export interface SdkOption {
  name: string;
  type: QueryParamType;
  /** More than one when the parameter was repeated. */
  values: string[];
}

export interface SdkBody {
  /** The spec's model for it (`LineItem`), when the spec names one. */
  model?: string;
  /** What the snippet calls it: `lineItem`, or `body`. */
  variable: string;
  /** The parsed value, when the body is JSON. */
  json?: { value: unknown };
  text: string;
}

/**
 * One call of an official OrderCloud SDK, language aside. Both SDKs take the path parameters
 * in path order, then the body, then the query parameters (an options object in JavaScript,
 * named arguments in .NET), with undeclared ones of a list call gathered as filters.
 */
export interface SdkCall {
  /** `LineItems` */
  resource: string;
  /** `Create` */
  action: string;
  pathArgs: NameValue[];
  body?: SdkBody;
  options: SdkOption[];
  filters: SdkOption[];
  isPatch: boolean;
  returnsContent: boolean;
}

const OPERATION_ID = /^([A-Z]\w*)\.([A-Z]\w*)$/;

/** The SDK call for a request, or undefined when its operation is unknown or does not fit it. */
export function mapSdkCall(
  request: PreparedRequest,
  shape: OperationShape | undefined,
): SdkCall | undefined {
  const [, resource, action] = OPERATION_ID.exec(request.operationId ?? '') ?? [];
  if (!resource || !action || !shape) return undefined;
  const pathArgs = matchPath(shape.path, request.apiPath);
  if (!pathArgs) return undefined;
  const declared = new Map(shape.queryParams.map((param) => [param.name, param.type]));
  const takesFilters = declared.has('filters');
  const options: SdkOption[] = [];
  const filters: SdkOption[] = [];
  for (const [name, values] of groupByName(request.query)) {
    const type = name === 'filters' ? undefined : declared.get(name);
    if (type) options.push({ name, type, values });
    else (takesFilters ? filters : options).push({ name, type: 'string', values });
  }
  const call: SdkCall = {
    resource,
    action,
    pathArgs,
    options,
    filters,
    isPatch: request.method === 'PATCH',
    returnsContent: shape.returnsContent,
  };
  if (request.body !== undefined) call.body = sdkBody(request, request.body, shape.bodyModel);
  return call;
}

/** A query value as its declared type: `2` for an integer, `true` for a boolean, else the text. */
export function typedQueryValue(type: QueryParamType, value: string): string | number | boolean {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) {
    return Number(value);
  }
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** Pairs the template's `{name}` segments with the path's values; undefined if they differ. */
function matchPath(template: string, path: string): NameValue[] | undefined {
  const expected = segments(template);
  const actual = segments(path);
  if (expected.length !== actual.length) return undefined;
  const args: NameValue[] = [];
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    const parameter = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (parameter) args.push({ name: parameter, value: decodeSegment(value) });
    else if (segment.toLowerCase() !== value.toLowerCase()) return undefined;
  }
  return args;
}

function sdkBody(request: PreparedRequest, text: string, model: string | undefined): SdkBody {
  const body: SdkBody = { variable: model ? lowerFirst(model) : 'body', text };
  const json = jsonBody(request);
  if (json) body.json = json;
  if (model) body.model = model;
  return body;
}

function groupByName(pairs: readonly NameValue[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const { name, value } of pairs) groups.set(name, [...(groups.get(name) ?? []), value]);
  return groups;
}

function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
