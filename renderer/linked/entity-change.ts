import { safeDecode } from '../request/path-template';

/**
 * Which OrderCloud entity a request touched, read from its path and its answer: the "entity"
 * half of linked views. A write publishes what it changed; a list (or one entity's GET) says
 * what it shows, so a following tab knows when to refresh.
 */

export interface EntityChange {
  /** OrderCloud's type name: Order, LineItem, Shipment, Product… */
  kind: string;
  id: string;
  /** Past tense: created, submitted, deleted… */
  verb: string;
  /** For a parent changed through a child: the line item that was added to the order. */
  via?: Omit<EntityChange, 'via'>;
}

/** What a GET shows: every entity of a kind (a list), or one of them. */
export interface FollowedEntity {
  kind: string;
  id?: string;
}

// Path segment (lower-cased) → the entity type its items are.
const COLLECTIONS: Record<string, string> = {
  orders: 'Order',
  lineitems: 'LineItem',
  shipments: 'Shipment',
  payments: 'Payment',
  promotions: 'Promotion',
  products: 'Product',
  variants: 'Variant',
  specs: 'Spec',
  options: 'SpecOption',
  priceschedules: 'PriceSchedule',
  inventoryrecords: 'InventoryRecord',
  catalogs: 'Catalog',
  categories: 'Category',
  buyers: 'Buyer',
  suppliers: 'Supplier',
  users: 'User',
  adminusers: 'AdminUser',
  usergroups: 'UserGroup',
  admingroups: 'AdminUserGroup',
  addresses: 'Address',
  adminaddresses: 'AdminAddress',
  costcenters: 'CostCenter',
  creditcards: 'CreditCard',
  spendingaccounts: 'SpendingAccount',
  approvalrules: 'ApprovalRule',
  sellerapprovalrules: 'SellerApprovalRule',
  apiclients: 'ApiClient',
  securityprofiles: 'SecurityProfile',
  messagesenders: 'MessageSender',
  webhooks: 'Webhook',
  incrementors: 'Incrementor',
  productfacets: 'ProductFacet',
  locales: 'Locale',
};

const ORDER_DIRECTIONS = new Set(['incoming', 'outgoing', 'all']);
/** Words that follow a collection but are never an ID: sub-resources and actions. */
const NOT_IDS = new Set(['assignments', 'productassignments', 'approvable', 'batch', 'bulk']);

const WRITE_VERBS: Record<string, string> = {
  POST: 'created',
  PUT: 'saved',
  PATCH: 'updated',
  DELETE: 'deleted',
};

const ACTION_VERBS: Record<string, string> = {
  submit: 'submitted',
  approve: 'approved',
  decline: 'declined',
  cancel: 'cancelled',
  complete: 'completed',
  ship: 'shipped',
  forward: 'forwarded',
  split: 'split',
  validate: 'validated',
  calculate: 'recalculated',
  estimateshipping: 'given shipping estimates',
  shipmethods: 'given a ship method',
  applypromotions: 'given promotions',
};

interface Step {
  kind: string;
  id?: string;
}

interface ParsedPath {
  chain: Step[];
  /** A trailing word that is not a collection: submit, approve, generate… */
  action?: string;
}

export function parseEntityPath(path: string): ParsedPath {
  const segments = path.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (segments[0]?.toLowerCase() === 'v1') segments.shift();
  const chain: Step[] = [];
  let action: string | undefined;
  for (let index = 0; index < segments.length;) {
    const word = segments[index]!.toLowerCase();
    const kind = COLLECTIONS[word];
    index += 1;
    if (!kind) {
      if (word !== 'me') action = word;
      continue;
    }
    if (kind === 'Order' && ORDER_DIRECTIONS.has(segments[index]?.toLowerCase() ?? '')) index += 1;
    const next = segments[index];
    const isId =
      next !== undefined && !NOT_IDS.has(next.toLowerCase()) && !COLLECTIONS[next.toLowerCase()];
    chain.push(isId ? { kind, id: safeDecode(next) } : { kind });
    if (isId) index += 1;
    action = undefined;
  }
  return { chain, ...(action ? { action } : {}) };
}

export interface AnsweredRequest {
  method: string;
  path: string;
  status: number;
  /** The parsed response body, when it was JSON. */
  body?: unknown;
}

/** The entities a successful write changed: the one it addressed, then its parents. */
export function entityChanges(request: AnsweredRequest): EntityChange[] {
  const method = request.method.toUpperCase();
  const writeVerb = WRITE_VERBS[method];
  if (!writeVerb || request.status < 200 || request.status >= 300) return [];
  const { chain, action } = parseEntityPath(request.path);
  const target = chain.at(-1);
  if (!target) return [];
  const bodyId = idOf(request.body);
  // An action (submit, approve) answers with the entity the path names; a plain write with
  // the entity written, whose ID may be new (POST) or changed (PUT).
  const id = action ? (target.id ?? bodyId) : (bodyId ?? target.id);
  if (id === undefined) return [];
  const verb = action ? (ACTION_VERBS[action] ?? `changed (${action})`) : writeVerb;
  const change: EntityChange = { kind: target.kind, id, verb };
  const parents = chain
    .slice(0, -1)
    .filter((step): step is Required<Step> => step.id !== undefined)
    .reverse()
    .map((step) => ({ kind: step.kind, id: step.id, verb: 'changed', via: change }));
  return [change, ...parents];
}

function idOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const id = (body as Record<string, unknown>).ID;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** What a GET shows, when that is a list of entities or one entity; otherwise undefined. */
export function followedEntity(draft: {
  method: string;
  path: string;
}): FollowedEntity | undefined {
  if (draft.method.toUpperCase() !== 'GET') return undefined;
  const { chain, action } = parseEntityPath(draft.path);
  const target = chain.at(-1);
  if (!target) return undefined;
  // `/me/orders/approvable` is still a list of orders; `/orders/x/eligibleapprovers` is not one order.
  if (action && target.id !== undefined) return undefined;
  return target.id === undefined ? { kind: target.kind } : { kind: target.kind, id: target.id };
}

/** The first change a followed view shows: its kind, and its ID when it shows one entity. */
export function matchingChange(
  followed: FollowedEntity,
  changes: readonly EntityChange[],
): EntityChange | undefined {
  return changes.find(
    (change) =>
      change.kind === followed.kind && (followed.id === undefined || followed.id === change.id),
  );
}

/** "LineItem" → "line item", for sentences. */
export function kindLabel(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "order X submitted", "order X changed: line item Y created". */
export function describeChange(change: EntityChange): string {
  const own = `${kindLabel(change.kind)} ${change.id} ${change.verb}`;
  return change.via ? `${own}: ${describeChange(change.via)}` : own;
}
