import { listPage, parseListOptions, type ListPage } from '../list-query';
import type { HandlerContext } from './context';

/** Applies the request's list options to `items`, the way the operation's document declares them. */
export function listFrom<T>(context: HandlerContext, items: T[]): ListPage<T> {
  const { operation, spec } = context;
  const info = operation.list ?? {
    itemSchema: undefined,
    searchOn: [],
    sortBy: [],
    withFacets: false,
  };
  const itemSchema = info.itemSchema ? spec.schema(info.itemSchema) : undefined;
  const properties = Object.keys(itemSchema ? (spec.resolve(itemSchema).properties ?? {}) : {});
  return listPage(
    items,
    parseListOptions(context.query, info, operation.declaredQuery, properties),
  );
}
