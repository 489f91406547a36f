export interface RolesExplanation {
  needed: string[];
  has: string[];
  missing: string[];
  text: string;
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.every((item): item is string => typeof item === 'string') ? value : undefined;
}

/**
 * OrderCloud's 403 InsufficientRoles carries Data.SufficientRoles (any one would do) and
 * Data.AssignedRoles (what the token has). The session's granted roles win where known.
 */
export function explainInsufficientRoles(
  data: unknown,
  grantedRoles: readonly string[] | undefined,
): RolesExplanation | undefined {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const needed = stringList(fields.SufficientRoles);
  if (!needed) return undefined;
  const has = grantedRoles ? [...grantedRoles] : (stringList(fields.AssignedRoles) ?? []);
  const missing = needed.filter((role) => !has.includes(role));
  const text =
    `This operation needs one of: ${needed.join(', ')}. ` +
    `Your token has: ${has.length ? has.join(', ') : 'no roles'}.`;
  return { needed, has, missing, text };
}
