/** What ./page-server.ts serves. */
export const PAGE_SERVER_PATHS = { products: '/v1/products', specs: '/v1/specs' };
export const PRODUCT_COUNT = 10_000;
