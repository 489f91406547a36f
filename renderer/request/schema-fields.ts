import type { JsonSchema } from '../../preload/contract/catalog';

type SchemaLike = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is SchemaLike {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function propertiesOf(schema: unknown): [string, SchemaLike][] {
  if (!isSchema(schema) || !isSchema(schema.properties)) return [];
  return Object.entries(schema.properties).filter((entry): entry is [string, SchemaLike] =>
    isSchema(entry[1]),
  );
}

/** The item schema of a list response (`{ Meta, Items: [...] }`). */
export function listItemSchema(responseSchema: JsonSchema | undefined): unknown {
  const items = propertiesOf(responseSchema).find(([name]) => name === 'Items')?.[1];
  return items?.items;
}

/**
 * Field names a list can be filtered on: scalar properties, nested ones in dot notation
 * (`Inventory.Enabled`), and `xp.` to start an extended property.
 */
export function filterableFields(itemSchema: unknown, prefix = '', depth = 0): string[] {
  return propertiesOf(itemSchema).flatMap(([name, schema]) => {
    const path = `${prefix}${name}`;
    if (name === 'xp') return [`${path}.`];
    if (schema.type === 'array') return [];
    if (schema.type === 'object') {
      return depth < 2 ? filterableFields(schema, `${path}.`, depth + 1) : [];
    }
    return [path];
  });
}
