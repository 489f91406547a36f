/** Bodies for the viewer's harness: OrderCloud-shaped product lists of any size. */

const DESCRIPTION = 'Heavy-duty work glove with reinforced palm, rated for cold storage. ';
const COLORS = ['Red', 'Green', 'Blue', 'Black'];

export function product(index: number): Record<string, unknown> {
  return {
    ID: `product-${index}`,
    Name: `Work glove ${index}`,
    Description: DESCRIPTION.repeat(1 + (index % 3)),
    QuantityMultiplier: 1,
    ShipWeight: (index % 7) + 0.5,
    ShipHeight: null,
    Active: index % 5 !== 0,
    SpecCount: index % 4,
    VariantCount: 0,
    DefaultPriceScheduleID: `price-${index % 50}`,
    Inventory: {
      Enabled: true,
      QuantityAvailable: index * 3,
      LastUpdated: '2025-01-01T00:00:00+00:00',
    },
    xp: {
      Color: COLORS[index % COLORS.length],
      Tags: ['ppe', `batch-${index % 10}`],
      Size: { Label: 'M', Cm: 21 },
    },
  };
}

export function productList(
  count: number,
  {
    page = 1,
    pageSize = count,
    totalCount = count,
  }: { page?: number; pageSize?: number; totalCount?: number } = {},
): unknown {
  const first = (page - 1) * pageSize;
  return {
    Meta: {
      Page: page,
      PageSize: pageSize,
      TotalCount: totalCount,
      TotalPages: Math.max(1, Math.ceil(totalCount / Math.max(pageSize, 1))),
      ItemRange: [first + 1, first + count],
    },
    Items: Array.from({ length: count }, (_, index) => product(first + index)),
  };
}

const APPROX_PRODUCT_BYTES = JSON.stringify(product(1000)).length + 1;

export function itemCountForMegabytes(megabytes: number): number {
  return Math.ceil((megabytes * 1024 * 1024) / APPROX_PRODUCT_BYTES);
}

export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value));
}
