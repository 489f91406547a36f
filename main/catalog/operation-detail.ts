import type {
  OperationDetail,
  OperationParameter,
  RequestBodyDetail,
  ResponseDetail,
} from '../../preload/contract/catalog';
import { asObject, asString, asStrings, type JsonObject } from './json-value';
import { toSummary, type IndexedOperation } from './operation-index';
import { sampleBody } from './sample-body';
import type { SchemaResolver } from './schema-resolver';
import { collectParameters, jsonSchemaOf, successResponse } from './spec-nodes';

/** The request builder's view of one operation; only its own schemas are resolved. */
export function describeOperation(
  operation: IndexedOperation,
  resolver: SchemaResolver,
): OperationDetail {
  const parameters = collectParameters(operation.pathItem, operation.node, resolver);
  const describeIn = (location: string) =>
    parameters.filter((p) => p.in === location).map((p) => describeParameter(p, resolver));
  return {
    ...toSummary(operation),
    description: operation.description,
    resource: operation.resource,
    sectionId: operation.sectionId,
    pathParams: describeIn('path'),
    queryParams: describeIn('query'),
    body: describeRequestBody(operation.node, resolver),
    response: describeResponse(operation.node, resolver),
  };
}

function describeParameter(parameter: JsonObject, resolver: SchemaResolver): OperationParameter {
  const schema = resolver.resolve(parameter.schema);
  const type = asString(schema.type) ?? 'string';
  const enumSource = type === 'array' ? asObject(schema.items)?.enum : schema.enum;
  const values = asStrings(enumSource);
  const format = asString(schema.format);
  return {
    name: String(parameter.name),
    description: asString(parameter.description) ?? '',
    // OpenAPI makes every path parameter required, whatever the document says.
    required: parameter.in === 'path' || parameter.required === true,
    type,
    ...(format !== undefined && { format }),
    ...(values.length > 0 && { enum: values }),
  };
}

function describeRequestBody(
  operation: JsonObject,
  resolver: SchemaResolver,
): RequestBodyDetail | undefined {
  const requestBody = resolver.follow(operation.requestBody);
  if (!requestBody) return undefined;
  const schema = resolver.resolve(jsonSchemaOf(requestBody.content));
  return {
    required: requestBody.required === true,
    schema,
    requiredFields: asStrings(schema.required),
    sample: sampleBody(schema),
  };
}

function describeResponse(
  operation: JsonObject,
  resolver: SchemaResolver,
): ResponseDetail | undefined {
  const success = successResponse(operation, resolver);
  if (!success) return undefined;
  const rawSchema = jsonSchemaOf(success.response.content);
  return {
    status: success.status,
    description: asString(success.response.description) ?? '',
    ...(rawSchema !== undefined && { schema: resolver.resolve(rawSchema) }),
  };
}
