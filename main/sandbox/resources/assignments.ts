// Assignments (documents_assignments.mdx): a relationship between a party and a thing, saved
// with POST .../assignments, listed with query filters and deleted by the same identifying fields.
import { apiErrors } from '../http/errors';
import type { UserType } from '../store/parties';
import {
  ASSIGNMENT_KEYS,
  type Assignment,
  type AssignmentTableName,
  type SandboxState,
} from '../store/state';
import { queryParam, type HandlerContext, type HandlerMap } from './context';
import { listFrom } from './listing';

/** A field that names another record, which must exist when the assignment is saved. */
export interface Reference {
  objectType: string;
  exists: (state: SandboxState, id: string, scope: string) => boolean;
}

/** A reference to records of one table, global or (`scoped`) under the assignment's own scope. */
export function reference(
  objectType: string,
  table: (state: SandboxState) => { has(scope: string, id: string): boolean },
  scoped = false,
): Reference {
  return { objectType, exists: (state, id, scope) => table(state).has(scoped ? scope : '', id) };
}

export interface AssignmentKind {
  table: AssignmentTableName;
  /** The record name NotFound reports when deleting an assignment that is not there. */
  objectType: string;
  /** For assignments that live under a parent, e.g. {buyerID} for user group assignments. */
  scope?: { param: string } & Reference;
  /** The request parameter (path or query) that carries each identifying field. */
  params: Record<string, string>;
  /** Settings that are not part of the identity, e.g. IsShipping or ViewAllProducts. */
  settings?: string[];
  references: Record<string, Reference>;
  allow: readonly UserType[];
  operations: { list?: string; save?: string; delete?: string[] };
  /** Extra checks or follow-up writes; a throw leaves the state untouched. */
  beforeSave?: (assignment: Assignment, context: HandlerContext) => void;
  afterSave?: (assignment: Assignment, context: HandlerContext) => void;
}

function lookup(context: HandlerContext, name: string): string | undefined {
  return context.params[name] ?? queryParam(context, name);
}

function scopeOf(kind: AssignmentKind, context: HandlerContext): string {
  if (!kind.scope) return '';
  const id = context.params[kind.scope.param] ?? '';
  if (!kind.scope.exists(context.state, id, ''))
    throw apiErrors.notFound(kind.scope.objectType, id);
  return id;
}

function sameValue(value: unknown, wanted: string): boolean {
  return (
    value !== null && value !== undefined && String(value).toLowerCase() === wanted.toLowerCase()
  );
}

/** `level` narrows a list to company-, group- or user-level assignments. */
function atLevel(assignment: Assignment, level: string | undefined): boolean {
  switch (level?.toLowerCase()) {
    case 'company':
      return !assignment.UserID && !assignment.UserGroupID;
    case 'group':
      return Boolean(assignment.UserGroupID);
    case 'user':
      return Boolean(assignment.UserID);
    default:
      return true;
  }
}

export function assignmentHandlers(kind: AssignmentKind): HandlerMap {
  const keys: readonly string[] = ASSIGNMENT_KEYS[kind.table];
  const table = (context: HandlerContext) => context.state.tables[kind.table];
  const map: HandlerMap = {};

  if (kind.operations.list) {
    map[kind.operations.list] = {
      allow: kind.allow,
      handle: (context) => {
        const scope = scopeOf(kind, context);
        const wanted = Object.entries(kind.params).flatMap(([field, name]) => {
          const value = lookup(context, name);
          return value === undefined ? [] : [[field, value] as const];
        });
        const level = queryParam(context, 'level');
        const items = table(context)
          .list(scope)
          .filter((assignment) =>
            wanted.every(([field, value]) => sameValue(assignment[field], value)),
          )
          .filter((assignment) => atLevel(assignment, level));
        return listFrom(context, items);
      },
    };
  }

  if (kind.operations.save) {
    map[kind.operations.save] = {
      allow: kind.allow,
      handle: (context) => {
        const scope = scopeOf(kind, context);
        const body = context.body ?? {};
        const assignment: Assignment = {};
        for (const field of [...keys, ...(kind.settings ?? [])]) {
          const value = body[field];
          assignment[field] =
            typeof value === 'string' && value === ''
              ? null
              : ((value ?? null) as Assignment[string]);
        }
        for (const [field, reference] of Object.entries(kind.references)) {
          const id = assignment[field];
          if (typeof id === 'string' && !reference.exists(context.state, id, scope)) {
            throw apiErrors.notFound(reference.objectType, id);
          }
        }
        kind.beforeSave?.(assignment, context);
        table(context).put(scope, assignment);
        kind.afterSave?.(assignment, context);
        return undefined;
      },
    };
  }

  for (const operationID of kind.operations.delete ?? []) {
    map[operationID] = {
      allow: kind.allow,
      handle: (context) => {
        const scope = scopeOf(kind, context);
        // A field the request leaves out must be empty on the assignment: deleting a buyer-level
        // assignment leaves that buyer's user-level ones alone.
        const key = keys
          .map((field) => {
            const name = kind.params[field];
            return (name && lookup(context, name)) ?? '';
          })
          .join('|');
        if (!table(context).delete(scope, key))
          throw apiErrors.notFound(kind.objectType, key.replace(/\|+$/, ''));
        return undefined;
      },
    };
  }
  return map;
}
