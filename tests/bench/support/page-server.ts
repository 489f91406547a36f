// A fixture API for the body and paging benchmarks (B2, B7): answers list requests from bodies
// built once, so what is measured is the trip through OC Explorer, not the sandbox composing
// JSON. Run as its own process by bridge-rig.ts; tokens come from the sandbox (the profile's
// authUrl), and any bearer token is accepted here.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAGE_SERVER_PATHS, PRODUCT_COUNT } from './page-server-paths';

const PAGE_SIZE = 100;
/** Rows of extended properties per spec: about 100 KB each, 10 MB for the page of 100. */
const XP_ROWS = 820;

function product(index: number) {
  return {
    ID: `bench-${String(index).padStart(5, '0')}`,
    Name: `Bench product ${index}`,
    Description: `A product made for the paging benchmark, number ${index}.`,
    QuantityMultiplier: 1,
    Active: index % 10 !== 0,
    DefaultPriceScheduleID: null,
    xp: { Color: ['red', 'green', 'blue'][index % 3], Weight: index % 97 },
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
