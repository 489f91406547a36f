import type { JsonSchema, OperationDetail } from '../../preload/contract/catalog';

/** Products.List, Products.Create and Products.Save as catalog.operation returns them. */

const inventory: JsonSchema = {
  type: 'object',
  properties: {
    Enabled: { type: 'boolean' },
    NotificationPoint: { type: 'integer', format: 'int32' },
    VariantLevelTracking: { type: 'boolean' },
    OrderCanExceed: { type: 'boolean' },
    QuantityAvailable: { type: 'integer', format: 'int32' },
    LastUpdated: { type: 'string', format: 'date-time', readOnly: true },
  },
};

const product: JsonSchema = {
  type: 'object',
  properties: {
    OwnerID: { type: 'string', readOnly: true },
    DefaultPriceScheduleID: { type: 'string' },
    AutoForward: { type: 'boolean' },
    ID: { type: 'string' },
    Name: { type: 'string', maxLength: 100 },
    Description: { type: 'string', maxLength: 2000 },
    QuantityMultiplier: { type: 'integer', format: 'int32', default: 1, minimum: 1 },
    ShipWeight: { type: 'number', format: 'float' },
    Active: { type: 'boolean' },
    SpecCount: { type: 'integer', format: 'int32', readOnly: true },
    xp: { type: 'object' },
    Inventory: inventory,
    DefaultSupplierID: { type: 'string' },
  },
};

const productBody = {
  required: true,
  schema: { ...product, required: ['Name', 'QuantityMultiplier'] },
  requiredFields: ['Name', 'QuantityMultiplier'],
  sample: JSON.stringify({ Name: 'string', QuantityMultiplier: 1, Active: true, xp: {} }, null, 2),
};

const text = (name: string, description: string) => ({
  name,
  description,
  required: false,
  type: 'string',
});

const productsList: OperationDetail = {
  id: 'Products.List',
  method: 'GET',
  path: '/products',
  summary: 'Get a list of products.',
  roles: ['FullAccess', 'ProductAdmin', 'ProductReader'],
  isList: true,
  description: '',
  resource: 'Products',
  sectionId: 'ProductCatalogs',
  pathParams: [],
  queryParams: [
    text('catalogID', 'ID of the catalog.'),
    text('categoryID', 'ID of the category.'),
    text('supplierID', 'ID of the supplier.'),
    text('search', 'Word or phrase to search for.'),
    {
      ...text('searchOn', 'Comma-delimited list of fields to search on.'),
      type: 'array',
      enum: ['ID', 'Name', 'Description'],
    },
    {
      ...text('sortBy', 'Comma-delimited list of fields to sort by.'),
      type: 'array',
      enum: ['OwnerID', 'Name', 'ID'],
    },
    { ...text('page', 'Page of results to return. Default: 1'), type: 'integer' },
    {
      ...text('pageSize', 'Number of results to return per page. Default: 20, max: 100.'),
      type: 'integer',
    },
    {
      ...text(
        'filters',
        "Any additional key/value pairs passed in the query string are interpretted as filters. Valid keys are top-level properties of the returned model or 'xp.???'",
      ),
      type: 'object',
    },
  ],
  response: {
    status: '200',
    description: '',
    schema: {
      type: 'object',
      properties: {
        Items: { type: 'array', items: product },
        Meta: {
          type: 'object',
          properties: { Page: { type: 'integer' }, PageSize: { type: 'integer' } },
        },
      },
    },
  },
};

const productsCreate: OperationDetail = {
  id: 'Products.Create',
  method: 'POST',
  path: '/products',
  summary: 'Create a new product.',
  roles: ['FullAccess', 'ProductAdmin'],
  isList: false,
  description:
    'If ID is provided and an object with that ID already exists, a 409 (conflict) error is returned.',
  resource: 'Products',
  sectionId: 'ProductCatalogs',
  pathParams: [],
  queryParams: [],
  body: productBody,
  response: { status: '201', description: '', schema: product },
};

const productsSave: OperationDetail = {
  ...productsCreate,
  id: 'Products.Save',
  method: 'PUT',
  path: '/products/{productID}',
  summary: 'Create or update a product.',
  description: 'If an object with the same ID already exists, it will be overwritten.',
  pathParams: [
    { name: 'productID', description: 'ID of the product.', required: true, type: 'string' },
  ],
  response: { status: '200', description: '', schema: product },
};

export const OPERATIONS: Readonly<Record<string, OperationDetail>> = {
  'Products.List': productsList,
  'Products.Create': productsCreate,
  'Products.Save': productsSave,
};
