// What is for sale: catalogs with nested categories, products with price schedules, specs.
import type { PriceBreak, SpecOption } from '../store/model';
import type { SandboxState } from '../store/state';
import {
  CATEGORY_TREE,
  CORE_PRODUCTS,
  LAKESIDE_PRODUCTS,
  SUMMIT_PRODUCTS,
  UNLISTED_PRODUCTS,
  type Prices,
  type ProductRow,
} from './products';

const CORE_CATALOG = 'cascade-core';

const CATALOGS: Array<
  [id: string, name: string, description: string, categories: Array<[string, string]>]
> = [
  [CORE_CATALOG, 'Cascade Core Catalog', 'Everyday MRO supplies offered to every account.', []],
  [
    'summit-facilities',
    'Summit Facilities Group',
    'Default catalog for Summit Facilities Group',
    [['contract-items', 'Summit Contract Items']],
  ],
  [
    'lakeside-clinics',
    'Lakeside Medical Clinics',
    'Default catalog for Lakeside Medical Clinics',
    [['clinic-supplies', 'Clinic Supplies']],
  ],
  ['walk-in-customers', 'Walk-in Customers', 'Default catalog for Walk-in Customers', []],
];

const SPECS: Array<{
  id: string;
  name: string;
  required: boolean;
  openText?: boolean;
  defaultOption?: string;
  options: Array<
    [id: string, value: string, markupType?: SpecOption['PriceMarkupType'], markup?: number]
  >;
  products: string[];
}> = [
  {
    id: 'glove-size',
    name: 'Glove Size',
    required: true,
    defaultOption: 'l',
    options: [
      ['s', 'Small'],
      ['m', 'Medium'],
      ['l', 'Large'],
      ['xl', 'X-Large', 'AmountPerQuantity', 0.5],
    ],
    products: ['nitrile-exam-gloves', 'cut-resistant-gloves'],
  },
  {
    id: 'vest-color',
    name: 'Vest Color',
    required: true,
    defaultOption: 'lime',
    options: [
      ['lime', 'Fluorescent Lime'],
      ['orange', 'Fluorescent Orange', 'Percentage', 5],
    ],
    products: ['hi-vis-vest-class2'],
  },
  {
    id: 'logo-imprint',
    name: 'Logo Imprint',
    required: false,
    openText: true,
    options: [['one-color', 'One-color logo', 'AmountTotal', 45]],
    products: ['summit-branded-hardhat'],
  },
];

function priceBreaks(prices: Prices): PriceBreak[] {
  return typeof prices === 'number'
    ? [{ Quantity: 1, Price: prices }]
    : prices.map(([Quantity, Price]) => ({ Quantity, Price }));
}

function addProduct(
  state: SandboxState,
  product: ProductRow,
  catalogID: string | null,
  listOrder: number,
): void {
  const { tables } = state;
  const scheduleID = product.prices === null ? null : `${product.id}-price`;
  if (product.prices !== null && scheduleID) {
    const breaks = priceBreaks(product.prices);
    tables.priceSchedules.put('', {
      ID: scheduleID,
      Name: `${product.name} price`,
      ApplyTax: true,
      ApplyShipping: true,
      MinQuantity: breaks[0]!.Quantity,
      MaxQuantity: null,
      // Glove sizes go on separate lines; their quantities count together toward a price break.
      UseCumulativeQuantity: product.id === 'nitrile-exam-gloves',
      RestrictedQuantity: product.id === 'stretch-wrap-roll',
      PriceBreaks: breaks,
      xp: null,
    });
  }
  tables.products.put('', {
    OwnerID: state.seller.ID,
    DefaultPriceScheduleID: scheduleID,
    AutoForward: false,
    ID: product.id,
    Name: product.name,
    Description: product.description,
    QuantityMultiplier: 1,
    ShipWeight: null,
    ShipHeight: null,
    ShipWidth: null,
    ShipLength: null,
    Active: product.active ?? true,
    xp: { Brand: product.brand, UnitOfMeasure: product.unit, ...product.xp },
    ShipFromAddressID: null,
    Inventory: null,
    DefaultSupplierID: product.supplier ?? null,
  });
  if (!catalogID) return;
  tables.catalogProductAssignments.put('', { CatalogID: catalogID, ProductID: product.id });
  tables.categoryProductAssignments.put(catalogID, {
    CategoryID: product.category,
    ProductID: product.id,
    ListOrder: listOrder,
  });
}

export function seedCatalog(state: SandboxState): void {
  const { tables } = state;
  for (const [id, name, description, categories] of CATALOGS) {
    tables.catalogs.put('', {
      ID: id,
      OwnerID: state.seller.ID,
      Name: name,
      Description: description,
      Active: true,
      xp: null,
    });
    categories.forEach(([categoryID, categoryName], index) => {
      tables.categories.put(id, {
        ID: categoryID,
        Name: categoryName,
        Description: null,
        ListOrder: index,
        Active: true,
        ParentID: null,
        xp: null,
      });
    });
  }
  CATEGORY_TREE.forEach(([id, name, parent], index) => {
    tables.categories.put(CORE_CATALOG, {
      ID: id,
      Name: name,
      Description: null,
      ListOrder: index,
      Active: true,
      ParentID: parent,
      xp: null,
    });
  });
  for (const buyer of tables.buyers.list('')) {
    for (const catalogID of [buyer.ID, CORE_CATALOG]) {
      tables.catalogAssignments.put('', {
        CatalogID: catalogID,
        BuyerID: buyer.ID,
        ViewAllCategories: true,
        ViewAllProducts: true,
      });
    }
  }
  const listings: Array<[ProductRow[], string | null]> = [
    [CORE_PRODUCTS, CORE_CATALOG],
    [UNLISTED_PRODUCTS, null],
    [SUMMIT_PRODUCTS, 'summit-facilities'],
    [LAKESIDE_PRODUCTS, 'lakeside-clinics'],
  ];
  for (const [rows, catalogID] of listings)
    rows.forEach((product, index) => addProduct(state, product, catalogID, index));

  // Lakeside's negotiated glove price.
  tables.priceSchedules.put('', {
    ID: 'nitrile-exam-gloves-lakeside',
    Name: 'Nitrile Exam Gloves, Lakeside contract price',
    ApplyTax: true,
    ApplyShipping: true,
    MinQuantity: 1,
    MaxQuantity: null,
    UseCumulativeQuantity: true,
    RestrictedQuantity: false,
    PriceBreaks: priceBreaks([
      [1, 11.25],
      [10, 10.25],
      [50, 8.95],
    ]),
    xp: { ContractNumber: 'LMC-2024-017', ValidThrough: '2025-12-31' },
  });
  tables.productAssignments.put('', {
    ProductID: 'nitrile-exam-gloves',
    BuyerID: 'lakeside-clinics',
    UserGroupID: null,
    PriceScheduleID: 'nitrile-exam-gloves-lakeside',
  });

  for (const spec of SPECS) {
    tables.specs.put('', {
      ID: spec.id,
      ListOrder: 1,
      Name: spec.name,
      DefaultValue: null,
      Required: spec.required,
      AllowOpenText: spec.openText ?? false,
      DefaultOptionID: spec.defaultOption ?? null,
      DefinesVariant: false,
      xp: null,
    });
    spec.options.forEach(([id, value, markupType = 'NoMarkup', markup = 0], index) => {
      tables.specOptions.put(spec.id, {
        ID: id,
        Value: value,
        ListOrder: index + 1,
        IsOpenText: false,
        PriceMarkupType: markupType,
        PriceMarkup: markup,
        xp: null,
      });
    });
    for (const productID of spec.products) {
      tables.specProductAssignments.put('', {
        SpecID: spec.id,
        ProductID: productID,
        DefaultValue: null,
        DefaultOptionID: null,
      });
    }
  }
}
