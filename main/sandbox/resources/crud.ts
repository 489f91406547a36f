// The six verbs every OrderCloud resource shares (learn_ordercloud-basics_conventions.mdx):
// LIST, GET, CREATE (POST, ID generated when omitted), SAVE (PUT replaces), PATCH (merges,
// deeply for xp) and DELETE. Resource files describe their records; this file does the rest.
import { apiErrors } from '../http/errors';
import { newId, sameId } from '../ids';
import { assertValidId, isPlainObject, type JsonObject } from '../spec/request-body';
import type { Entity } from '../store/model';
import type { UserType } from '../store/parties';
import type { SandboxState } from '../store/state';
import type { Table } from '../store/table';
import { param, type HandlerContext, type HandlerMap } from './context';
import { listFrom } from './listing';

export type Verb = 'List' | 'Get' | 'Create' | 'Save' | 'Patch' | 'Delete';

export interface Resource<T extends Entity> {
  /** The name NotFound and IdExists errors give, e.g. "Product". */
  objectType: string;
  /** The path parameter that carries the record's ID, e.g. "productID". */
  idParam: string;
  table: (state: SandboxState) => Table<T>;
  /** Where records live when that is not a parent in the path (e.g. the caller's own addresses). */
  scope?: (context: HandlerContext) => string;
  /** Records that live under a parent, e.g. a buyer's users under {buyerID}. */
  parent?: {
    param: string;
    objectType: string;
    table: (state: SandboxState) => { get(scope: string, id: string): { ID: string } | undefined };
  };
  allow: readonly UserType[];
  /** Operation IDs, by verb; by default `${prefix}.${verb}` for all six. */
  operations: Partial<Record<Verb, string>>;
  /** How IDs are made when a new record comes without one (default: see ids.ts). */
  generateId?: () => string;
  /** Fields the server sets on a new record: DateCreated, OwnerID, ... */
  created?: (context: HandlerContext) => Partial<T>;
  /** Checks and side effects before a record is stored; it may adjust `next`. */
  beforeWrite?: (next: T, previous: T | undefined, context: HandlerContext) => void | Promise<void>;
  afterWrite?: (record: T, previous: T | undefined, context: HandlerContext) => void;
  beforeDelete?: (record: T, context: HandlerContext) => void;
  afterDelete?: (record: T, context: HandlerContext) => void;
  /** Narrows a list before the list options apply (e.g. by the `depth` of categories). */
  narrow?: (records: T[], context: HandlerContext) => T[];
  /** The record as the API shows it, computed fields included. */
  view?: (record: T, context: HandlerContext) => unknown;
}

export function verbs(
  prefix: string,
  only: Verb[] = ['List', 'Get', 'Create', 'Save', 'Patch', 'Delete'],
) {
  return Object.fromEntries(only.map((verb) => [verb, `${prefix}.${verb}`])) as Partial<
    Record<Verb, string>
  >;
}

/** PATCH semantics: objects merge recursively, anything else (arrays included) is replaced. */
export function mergePatch(target: JsonObject, patch: JsonObject): JsonObject {
  const result: JsonObject = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] =
      isPlainObject(current) && isPlainObject(value) ? mergePatch(current, value) : value;
  }
  return result;
}

/** The writable properties of the operation's body schema, each null until given. */
export function blankRecord(context: HandlerContext): JsonObject {
  const schema = context.operation.body && context.spec.schema(context.operation.body.schema);
  const properties = schema ? (context.spec.resolve(schema).properties ?? {}) : {};
  return Object.fromEntries(
    Object.entries(properties)
      .filter(([, property]) => !property.readOnly)
      .map(([name]) => [name, null]),
  );
}

/** PUT semantics: every writable field comes from the body (or null); server fields are kept. */
export function replaceRecord<T extends JsonObject>(previous: T, context: HandlerContext): T {
  const blank = blankRecord(context);
  const kept = Object.fromEntries(Object.entries(previous).filter(([name]) => !(name in blank)));
  return {
    ...blank,
    ...kept,
    ...(context.body ?? {}),
    ...('ID' in previous && { ID: previous.ID }),
  } as T;
}

export function crud<T extends Entity>(resource: Resource<T>): HandlerMap {
  const scopeOf = (context: HandlerContext): string => {
    if (resource.scope) return resource.scope(context);
    if (!resource.parent) return '';
    const parentID = param(context, resource.parent.param);
    const parent = resource.parent.table(context.state).get('', parentID);
    if (!parent) throw apiErrors.notFound(resource.parent.objectType, parentID);
    return parent.ID;
  };
  const show = (record: T, context: HandlerContext) => resource.view?.(record, context) ?? record;
  const find = (context: HandlerContext, scope: string): T => {
    const id = param(context, resource.idParam);
    const record = resource.table(context.state).get(scope, id);
    if (!record) throw apiErrors.notFound(resource.objectType, id);
    return record;
  };
  const write = async (
    context: HandlerContext,
    scope: string,
    next: T,
    previous: T | undefined,
  ) => {
    await resource.beforeWrite?.(next, previous, context);
    // beforeWrite may wait (hashing a password); another request may have taken the ID meanwhile.
    if (!previous && resource.table(context.state).has(scope, next.ID)) {
      throw apiErrors.idExists(resource.objectType, next.ID);
    }
    resource.table(context.state).put(scope, next);
    resource.afterWrite?.(next, previous, context);
    return show(next, context);
  };
  const body = (context: HandlerContext): JsonObject => context.body ?? {};

  const verbsImpl: Record<Verb, (context: HandlerContext) => unknown> = {
    List: (context) => {
      const all = resource.table(context.state).list(scopeOf(context));
      const records = resource.narrow?.(all, context) ?? all;
      return listFrom(
        context,
        records.map((record) => show(record, context)),
      );
    },
    Get: (context) => show(find(context, scopeOf(context)), context),
    Create: (context) => {
      const scope = scopeOf(context);
      const given = body(context).ID;
      const id = typeof given === 'string' ? given : (resource.generateId ?? newId)();
      if (resource.table(context.state).has(scope, id))
        throw apiErrors.idExists(resource.objectType, id);
      const next = {
        ...blankRecord(context),
        ...resource.created?.(context),
        ...body(context),
        ID: id,
      };
      return write(context, scope, next as T, undefined);
    },
    Save: (context) => {
      const scope = scopeOf(context);
      const id = param(context, resource.idParam);
      assertValidId(id);
      if (body(context).ID !== undefined && !sameId(body(context).ID, id)) {
        throw apiErrors.invalidRequest('The ID in the body must match the ID in the URL.', {
          Field: 'ID',
        });
      }
      const previous = resource.table(context.state).get(scope, id);
      const next = previous
        ? replaceRecord(previous, context)
        : { ...blankRecord(context), ...resource.created?.(context), ...body(context), ID: id };
      return write(context, scope, next as T, previous);
    },
    Patch: (context) => {
      const scope = scopeOf(context);
      const previous = find(context, scope);
      if (body(context).ID !== undefined && !sameId(body(context).ID, previous.ID)) {
        throw apiErrors.invalidRequest('Changing an ID is not supported by the sandbox.', {
          Field: 'ID',
        });
      }
      const next = { ...mergePatch(previous, body(context)), ID: previous.ID };
      return write(context, scope, next as T, previous);
    },
    Delete: (context) => {
      const scope = scopeOf(context);
      const record = find(context, scope);
      resource.beforeDelete?.(record, context);
      resource.table(context.state).delete(scope, record.ID);
      resource.afterDelete?.(record, context);
      return undefined;
    },
  };

  return Object.fromEntries(
    Object.entries(resource.operations).map(([verb, operationID]) => [
      operationID,
      { handle: verbsImpl[verb as Verb], allow: resource.allow },
    ]),
  );
}
