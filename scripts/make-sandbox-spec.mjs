#!/usr/bin/env node
// Writes main/sandbox/openapi.json: exactly the operations the sandbox implements (the keys of
// main/sandbox/resources/index.ts), copied with their tags and the schemas they reference from
// OrderCloud's own spec. The app ships only the generated file; the reference stays outside.
//
//   node scripts/make-sandbox-spec.mjs [--reference ../shared/reference/ordercloud/openapi-v1.0.130.json]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { register } from 'tsx/esm/api';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const referenceArg = args[args.indexOf('--reference') + 1];
const referencePath = path.resolve(
  root,
  args.includes('--reference') && referenceArg
    ? referenceArg
    : '../shared/reference/ordercloud/openapi-v1.0.130.json',
);
const outputPath = path.join(root, 'main/sandbox/openapi.json');

/**
 * Operations the documentation describes that v1.0.130 predates. Each names the page it comes
 * from; the spec test holds every other operation to the reference.
 */
const DOCUMENTED_SUPPLEMENTS = {
  'Orders.Complete': {
    path: '/orders/{direction}/{orderID}/complete',
    method: 'post',
    source: 'learn_order-fulfillment_completing-an-order.mdx',
    like: 'Orders.Ship',
    summary: 'Manually complete an order.',
    roles: ['FullAccess', 'OrderAdmin'],
  },
};

register();
const { operationHandlers } = await import('../main/sandbox/resources/index.ts');
const implemented = Object.keys(operationHandlers).sort();
const reference = JSON.parse(readFileSync(referencePath, 'utf8'));

const byId = new Map();
for (const [route, methods] of Object.entries(reference.paths)) {
  for (const [method, operation] of Object.entries(methods)) {
    byId.set(operation.operationId, { route, method, operation });
  }
}

function supplement(id) {
  const definition = DOCUMENTED_SUPPLEMENTS[id];
  if (!definition) {
    throw new Error(
      `${id} is implemented but is neither in the reference nor a documented supplement.`,
    );
  }
  const model = byId.get(definition.like).operation;
  return {
    route: definition.path,
    method: definition.method,
    operation: {
      responses: model.responses,
      operationId: id,
      tags: model.tags,
      parameters: model.parameters.filter((parameter) => parameter.in === 'path'),
      summary: definition.summary,
      description: '',
      security: [{ OAuth2: definition.roles }],
      'x-sandbox-source': definition.source,
    },
  };
}

const paths = {};
for (const id of implemented) {
  const { route, method, operation } = byId.get(id) ?? supplement(id);
  paths[route] ??= {};
  paths[route][method] = operation;
}
const sortedPaths = Object.fromEntries(
  Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)),
);

/** Every component schema the operations reach, following $refs transitively. */
function referencedSchemas(start) {
  const found = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const name = value.slice(value.lastIndexOf('/') + 1);
        if (!found.has(name)) {
          found.add(name);
          visit(reference.components.schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(start);
  return [...found].sort();
}

const usedTags = new Set(
  Object.values(paths).flatMap((methods) => Object.values(methods).flatMap((op) => op.tags)),
);
const resourceTags = reference.tags.filter((tag) => tag['x-section-id'] && usedTags.has(tag.name));
const usedSections = new Set(resourceTags.map((tag) => tag['x-section-id']));
const tags = reference.tags.filter(
  (tag) => resourceTags.includes(tag) || usedSections.has(tag['x-id']),
);

const document = {
  openapi: reference.openapi,
  info: {
    ...reference.info,
    title: 'OrderCloud (OC Explorer local sandbox)',
    description: `The operations the OC Explorer sandbox implements, as documented by OrderCloud ${reference.info.version}.`,
  },
  servers: [{ url: 'http://127.0.0.1/v1', description: 'Replaced by the running sandbox URL' }],
  tags,
  components: {
    securitySchemes: reference.components.securitySchemes,
    schemas: Object.fromEntries(
      referencedSchemas(paths).map((name) => [name, reference.components.schemas[name]]),
    ),
  },
  paths: sortedPaths,
};

const options = (await prettier.resolveConfig(outputPath)) ?? {};
writeFileSync(
  outputPath,
  await prettier.format(JSON.stringify(document), { ...options, parser: 'json' }),
);
console.log(
  `Wrote ${path.relative(root, outputPath)}: ${implemented.length} operations, ${tags.length} tags, ` +
    `${Object.keys(document.components.schemas).length} schemas.`,
);
