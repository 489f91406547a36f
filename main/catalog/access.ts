import type { CatalogAccess, OperationSummary } from '../../preload/contract/catalog';

/** OrderCloud's role that grants every other role. */
export const FULL_ACCESS = 'FullAccess';

/** An operation is callable with any one of its roles; one without roles takes any token. */
export function evaluateAccess(
  operations: readonly OperationSummary[],
  grantedRoles: readonly string[],
): CatalogAccess {
  const granted = new Set(grantedRoles);
  const fullAccess = granted.has(FULL_ACCESS);
  const allowed: string[] = [];
  const missing: Record<string, string[]> = {};
  for (const operation of operations) {
    const callable =
      fullAccess || operation.roles.length === 0 || operation.roles.some((r) => granted.has(r));
    if (callable) allowed.push(operation.id);
    else missing[operation.id] = operation.roles;
  }
  return { fullAccess, allowed, missing };
}
