import type { JsonSchema } from '../../preload/contract/catalog';
import { asArray, asObject, asString, asStrings, type JsonObject } from './json-value';

/** Annotations a request builder and a validator never need. */
const DROPPED_KEYWORDS = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator']);
const MAX_REF_HOPS = 32;

/**
 * Resolves a spec's schemas on demand, one operation at a time: the document is never
 * dereferenced as a whole. Resolved components are memoized, so operations sharing a model
 * pay for it once. Results are shared between callers and must not be mutated.
 */
export class SchemaResolver {
  private readonly resolvedRefs = new Map<string, JsonSchema>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly document: JsonObject) {}

  /** Follows `$ref` links at the top of a node only: cheap enough for indexing. */
  follow(node: unknown): JsonObject | undefined {
    let current = asObject(node);
    for (let hops = 0; hops < MAX_REF_HOPS; hops += 1) {
      const ref = asString(current?.$ref);
      if (ref === undefined) return current;
      current = asObject(this.lookup(ref));
    }
    return undefined;
  }

  /** A self-contained schema: $refs inlined, allOf merged, examples and vendor keys dropped. */
  resolve(node: unknown): JsonSchema {
    const schema = asObject(node);
    if (!schema) return {};
    const ref = asString(schema.$ref);
    if (ref !== undefined) return this.resolveRef(ref);
    const resolved: JsonSchema = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (DROPPED_KEYWORDS.has(keyword) || keyword.startsWith('x-')) continue;
      resolved[keyword] = this.resolveKeyword(keyword, value);
    }
    return 'allOf' in resolved ? mergeAllOf(resolved) : resolved;
  }

  private resolveKeyword(keyword: string, value: unknown): unknown {
    switch (keyword) {
      case 'properties':
        return Object.fromEntries(
          Object.entries(asObject(value) ?? {}).map(([name, child]) => [name, this.resolve(child)]),
        );
      case 'items':
      case 'additionalProperties':
      case 'not':
        return typeof value === 'boolean' ? value : this.resolve(value);
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        return asArray(value).map((child) => this.resolve(child));
      default:
        return value;
    }
  }

  private resolveRef(ref: string): JsonSchema {
    const cached = this.resolvedRefs.get(ref);
    if (cached) return cached;
    // A model that contains itself: stop here and accept anything at the recursion point.
    if (this.inProgress.has(ref)) return { description: `Recursive reference to ${ref}` };
    this.inProgress.add(ref);
    try {
      const resolved = this.resolve(this.lookup(ref));
      this.resolvedRefs.set(ref, resolved);
      return resolved;
    } finally {
      this.inProgress.delete(ref);
    }
  }

  /** Local references only (`#/components/...`); a spec split over files is not supported. */
  private lookup(ref: string): unknown {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = this.document;
    for (const segment of ref.slice(2).split('/')) {
      node = asObject(node)?.[decodePointerSegment(segment)];
    }
    return node;
  }
}

function decodePointerSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A stray '%' is kept as written.
  }
  return decoded.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Folds `allOf` parts and their siblings into one schema: properties merged, required unioned. */
function mergeAllOf(schema: JsonSchema): JsonSchema {
  const { allOf, ...siblings } = schema;
  const parts = [...asArray(allOf).map(asObject), siblings];
  const merged: JsonSchema = {};
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of parts) {
    for (const [keyword, value] of Object.entries(part ?? {})) {
      if (keyword === 'properties') Object.assign(properties, asObject(value));
      else if (keyword === 'required') asStrings(value).forEach((name) => required.add(name));
      else merged[keyword] = value;
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}
