// A fixture API for the body and paging benchmarks (B2, B7): answers list requests from bodies
// built once, so what is measured is the trip through OC Explorer, not the sandbox composing
// JSON. Run as its own process by bridge-rig.ts; tokens come from the sandbox (the profile's
// authUrl), and any bearer token is accepted here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CORE_PRODUCTS,
  LAKESIDE_PRODUCTS,
  SUMMIT_PRODUCTS,
} from '../../../main/sandbox/seed/products';
import { PAGE_SERVER_PATHS, PRODUCT_COUNT } from './page-server-paths';

const PAGE_SIZE = 100;
/** Rows of extended properties per spec: about 100 KB each, 10 MB for the page of 100. */
const XP_ROWS = 820;

const SEEDED = [...CORE_PRODUCTS, ...SUMMIT_PRODUCTS, ...LAKESIDE_PRODUCTS];
const WAREHOUSES = ['reno-dc', 'columbus-dc', 'atlanta-dc', null];

/**
 * A Product as OrderCloud lists it (every field of the v1.0.130 schema), modelled on the
 * sandbox's seeded assortment and varied per record: inventory on most, sizes and weights,
 * and the extended properties a storefront keeps on a product. About 1 KB of JSON each.
 */
function product(index: number) {
  const seed = SEEDED[index % SEEDED.length]!;
  const variant = Math.floor(index / SEEDED.length);
  const tracked = index % 5 !== 0;
  return {
    OwnerID: 'cascade-industrial',
    DefaultPriceScheduleID: seed.prices === null ? null : `${seed.id}-${variant}-price`,
    AutoForward: index % 7 === 0,
    ID: `${seed.id}-${String(variant).padStart(3, '0')}`,
    Name: `${seed.name}${variant ? ` (${variant})` : ''}`,
    Description: `${seed.description} ${seed.brand} quality, sold by the ${seed.unit.toLowerCase()}; item ${index}.`,
    QuantityMultiplier: [1, 1, 2, 6, 12][index % 5],
    ShipWeight: Math.round(((index * 37) % 4000) / 10) / 10,
    ShipHeight: 2 + (index % 30),
    ShipWidth: 4 + (index % 24),
    ShipLength: 6 + (index % 40),
    Active: index % 10 !== 0,
    SpecCount: index % 4,
    xp: {
      Brand: seed.brand,
      UnitOfMeasure: seed.unit,
      Category: seed.category,
      ...seed.xp,
      ManufacturerPartNumber: `${seed.brand.slice(0, 3).toUpperCase()}-${100000 + index * 13}`,
      UPC: String(600000000000 + index * 7919),
      CountryOfOrigin: ['US', 'MX', 'CA', 'DE', 'JP'][index % 5],
      Hazmat: index % 23 === 0,
      LeadTimeDays: index % 15,
      Images: [
        { Url: `https://cdn.example.com/products/${seed.id}/${variant}/main.jpg`, Alt: seed.name },
        { Url: `https://cdn.example.com/products/${seed.id}/${variant}/alt.jpg`, Alt: 'Detail' },
      ],
      Keywords: [seed.category, seed.brand.toLowerCase(), `mro-${index % 40}`],
    },
    VariantCount: index % 4 ? (index % 4) * 3 : 0,
    ShipFromAddressID: WAREHOUSES[index % WAREHOUSES.length],
    Inventory: tracked
      ? {
          Enabled: true,
          NotificationPoint: 10 + (index % 50),
          VariantLevelTracking: index % 4 !== 0,
          OrderCanExceed: index % 3 === 0,
          QuantityAvailable: (index * 611) % 5000,
          LastUpdated: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
        }
      : null,
    DefaultSupplierID: seed.supplier ?? null,
  };
}

function spec(index: number) {
  const rows = Array.from({ length: XP_ROWS }, (_, row) => ({
    sku: `SKU-${index}-${row}`,
    label: `Option ${row} of spec ${index}, a line of catalog text`,
    quantity: (row * 7919) % 1000,
    price: Math.round(((row * 104729) % 100000) / 100) / 100,
    tags: ['bench', `group-${row % 17}`],
  }));
  return { ID: `bench-spec-${index}`, Name: `Bench spec ${index}`, xp: { rows } };
}

function listBody(items: unknown[], page: number, totalCount: number): Buffer {
  const totalPages = Math.ceil(totalCount / PAGE_SIZE);
  const start = (page - 1) * PAGE_SIZE;
  const Meta = {
    Page: page,
    PageSize: PAGE_SIZE,
    TotalCount: totalCount,
    TotalPages: totalPages,
    ItemRange: [start + 1, start + items.length],
  };
  return Buffer.from(JSON.stringify({ Meta, Items: items }));
}

const products = Array.from({ length: PRODUCT_COUNT }, (_, i) => product(i));
const productPages = Array.from({ length: PRODUCT_COUNT / PAGE_SIZE }, (_, i) =>
  listBody(products.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE), i + 1, PRODUCT_COUNT),
);
const specPage = listBody(
  Array.from({ length: PAGE_SIZE }, (_, i) => spec(i)),
  1,
  PAGE_SIZE,
);

const server = createServer((request, response) => {
  request.resume();
  const url = new URL(request.url ?? '/', 'http://localhost');
  const send = (status: number, body: Buffer | string) =>
    response
      .writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      })
      .end(body);
  if (!request.headers.authorization?.startsWith('Bearer '))
    return send(401, '{"Errors":[{"ErrorCode":"NoAccess","Message":"No token"}]}');
  if (url.pathname === PAGE_SERVER_PATHS.specs) return send(200, specPage);
  const page = productPages[Number(url.searchParams.get('page') ?? 1) - 1];
  if (url.pathname === PAGE_SERVER_PATHS.products && page) return send(200, page);
  send(404, '{"Errors":[{"ErrorCode":"NotFound","Message":"Not found"}]}');
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.address() as AddressInfo).port });
});
process.once('disconnect', () => process.exit(0));
