import type {
  CatalogResource,
  CatalogSection,
  OperationSummary,
} from '../../preload/contract/catalog';
import { asArray, asObject, asString } from './json-value';
import type { OpenApiDocument } from './spec-document';

const ME_SECTION_ID = 'MeAndMyStuff';
const ME_RESOURCE = 'Me';
export const UNSECTIONED = { id: 'Other', name: 'Other', description: '' };

/** OrderCloud's two-level tags: section tags carry `x-id`, resource tags `x-section-id`. */
export interface TagCatalog {
  sections: Array<{ id: string; name: string; description: string }>;
  /** Resource tag → its declared section's id. */
  sectionOf: Map<string, string>;
  /** Resource tags in declaration order, with their descriptions. */
  resourceDescriptions: Map<string, string>;
}

export function readTags(document: OpenApiDocument): TagCatalog {
  const catalog: TagCatalog = {
    sections: [],
    sectionOf: new Map(),
    resourceDescriptions: new Map(),
  };
  for (const tag of asArray(document.tags).map(asObject)) {
    const name = asString(tag?.name);
    if (!tag || name === undefined) continue;
    const description = asString(tag.description) ?? '';
    const sectionId = asString(tag['x-id']);
    if (sectionId !== undefined) {
      catalog.sections.push({ id: sectionId, name, description });
      continue;
    }
    catalog.resourceDescriptions.set(name, description);
    const parent = asString(tag['x-section-id']);
    if (parent !== undefined) catalog.sectionOf.set(name, parent);
  }
  const declared = new Set(catalog.sections.map((section) => section.id));
  for (const [resource, sectionId] of catalog.sectionOf) {
    if (!declared.has(sectionId)) catalog.sectionOf.delete(resource);
  }
  return catalog;
}

/** An operation and where it sits in the tree. */
export interface Placed {
  sectionId: string;
  resource: string;
  operation: OperationSummary;
}

/** The sidebar tree: sections and resources in declaration order, operations in path order. */
export function groupIntoSections(
  operations: readonly Placed[],
  tags: TagCatalog,
): CatalogSection[] {
  const resourcesBySection = new Map<string, Map<string, CatalogResource>>();
  for (const { sectionId, resource: name, operation } of operations) {
    const resources = getOrCreate(resourcesBySection, sectionId, () => new Map());
    const resource = getOrCreate(resources, name, () => ({
      name,
      description: tags.resourceDescriptions.get(name) ?? '',
      operations: [],
    }));
    resource.operations.push(operation);
  }
  const resourceOrder = [...tags.resourceDescriptions.keys()];
  return [...tags.sections, UNSECTIONED].flatMap((section) => {
    const resources = resourcesBySection.get(section.id);
    if (!resources) return [];
    const ordered = [...resources.values()].sort(
      (a, b) => rank(resourceOrder, a.name) - rank(resourceOrder, b.name),
    );
    const meAndMyStuff =
      section.id === ME_SECTION_ID || ordered.some((resource) => resource.name === ME_RESOURCE);
    return [{ ...section, meAndMyStuff, resources: ordered }];
  });
}

/** Declared names in declaration order, undeclared ones after them. */
function rank(order: string[], name: string): number {
  const position = order.indexOf(name);
  return position === -1 ? order.length : position;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}
