import { sample } from 'openapi-sampler';
import type { JsonSchema } from '../../preload/contract/catalog';
import { asObject, asStrings } from './json-value';

type SamplerSchema = Parameters<typeof sample>[0];

/** Fields worth showing in a sample even when optional: what people fill in first. */
const COMMONLY_USEFUL_FIELDS = new Set([
  'Name',
  'FirstName',
  'LastName',
  'Email',
  'Active',
  'ProductID',
  'Quantity',
  'Comments',
  'xp',
]);

/** A starting body for the editor: required and commonly useful fields, nothing read-only. */
export function sampleBody(schema: JsonSchema): string {
  const full = sample(schema as SamplerSchema, { skipReadOnly: true, quiet: true });
  return JSON.stringify(keepUsefulFields(full, schema), null, 2) ?? '';
}

function keepUsefulFields(value: unknown, schema: JsonSchema): unknown {
  if (Array.isArray(value)) {
    const items = asObject(schema.items);
    return items ? value.map((item) => keepUsefulFields(item, items)) : value;
  }
  const object = asObject(value);
  const properties = asObject(schema.properties);
  if (!object || !properties) return value;
  const required = new Set(asStrings(schema.required));
  const kept: Record<string, unknown> = {};
  for (const [name, fieldValue] of Object.entries(object)) {
    if (!required.has(name) && !COMMONLY_USEFUL_FIELDS.has(name)) continue;
    const fieldSchema = asObject(properties[name]);
    kept[name] = fieldSchema ? keepUsefulFields(fieldValue, fieldSchema) : fieldValue;
  }
  return kept;
}
