import { apiErrors } from './errors';

/** One route: a path template such as `/buyers/{buyerID}/users/{userID}` under one method. */
export interface RouteDefinition<T> {
  method: string;
  path: string;
  target: T;
}

export type RouteMatch<T> =
  | { kind: 'found'; target: T; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

interface CompiledRoute<T> extends RouteDefinition<T> {
  /** Literal segments lowercased (OrderCloud routes ignore case); null where a parameter sits. */
  segments: Array<string | null>;
  names: string[];
}

function compile<T>(route: RouteDefinition<T>): CompiledRoute<T> {
  const parts = route.path.split('/').filter(Boolean);
  const names: string[] = [];
  const segments = parts.map((part) => {
    const param = /^\{(\w+)\}$/.exec(part);
    if (!param) return part.toLowerCase();
    names.push(param[1]!);
    return null;
  });
  return { ...route, method: route.method.toUpperCase(), segments, names };
}

/** Literal segments win over parameters, left to right: `/catalogs/assignments` before `/catalogs/{id}`. */
function bySpecificity<T>(a: CompiledRoute<T>, b: CompiledRoute<T>): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let index = 0; index < length; index++) {
    const aLiteral = a.segments[index] !== null;
    const bLiteral = b.segments[index] !== null;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

/**
 * Splits a raw path into decoded segments. Decoding happens per segment, after splitting, so an
 * encoded slash stays inside its segment; dot segments are refused rather than resolved.
 */
export function pathSegments(rawPath: string): string[] {
  return rawPath
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        throw apiErrors.invalidRequest(`Path segment is not valid URL encoding: ${segment}`);
      }
      if (decoded === '.' || decoded === '..') {
        throw apiErrors.invalidRequest('Path segments "." and ".." are not allowed.');
      }
      return decoded;
    });
}

export class Router<T> {
  private readonly byLength = new Map<number, CompiledRoute<T>[]>();

  constructor(routes: Array<RouteDefinition<T>>) {
    for (const route of routes.map(compile)) {
      const bucket = this.byLength.get(route.segments.length) ?? [];
      bucket.push(route);
      this.byLength.set(route.segments.length, bucket);
    }
    for (const bucket of this.byLength.values()) bucket.sort(bySpecificity);
  }

  match(method: string, segments: string[]): RouteMatch<T> {
    const allowed = new Set<string>();
    for (const route of this.byLength.get(segments.length) ?? []) {
      const params = this.bind(route, segments);
      if (!params) continue;
      if (route.method === method.toUpperCase())
        return { kind: 'found', target: route.target, params };
      allowed.add(route.method);
    }
    return allowed.size
      ? { kind: 'method-not-allowed', allowed: [...allowed] }
      : { kind: 'not-found' };
  }

  private bind(route: CompiledRoute<T>, segments: string[]): Record<string, string> | null {
    const params: Record<string, string> = {};
    let name = 0;
    for (let index = 0; index < segments.length; index++) {
      const expected = route.segments[index];
      const actual = segments[index]!;
      if (expected === null) params[route.names[name++]!] = actual;
      else if (expected !== actual.toLowerCase()) return null;
    }
    return params;
  }
}
