// Approval rule expressions, the common subset: comparisons on the order joined by and/or,
// e.g. "order.Total > 2500" or "order.xp.Rush = true or order.LineItemCount >= 20".
import { apiErrors } from '../http/errors';
import { compareValues, valuesAt } from '../list-query';

type Comparison = '>' | '<' | '>=' | '<=' | '=' | '!=';

interface Clause {
  path: string[];
  comparison: Comparison;
  value: number | string | boolean;
}

/** Alternatives (or) of conjunctions (and). */
export type ParsedRule = Clause[][];

const CLAUSE = /^order\.([\w.]+)\s*(>=|<=|!=|==|=|>|<)\s*(.+)$/i;

function literal(text: string): number | string | boolean {
  const trimmed = text.trim();
  if (/^'.*'$|^".*"$/.test(trimmed)) return trimmed.slice(1, -1);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  throw invalidSyntax(`"${trimmed}" is not a number, a quoted string, true or false.`);
}

function invalidSyntax(detail: string) {
  return apiErrors.rule(
    400,
    'Expression.InvalidSyntax',
    `Expression syntax is not valid: ${detail}`,
  );
}

export function parseRuleExpression(expression: string): ParsedRule {
  return expression.split(/\s+(?:or|\|\|)\s+/i).map((alternative) =>
    alternative.split(/\s+(?:and|&&)\s+/i).map((text) => {
      const match = CLAUSE.exec(text.trim());
      if (!match) throw invalidSyntax(`expected "order.Property > value", got "${text.trim()}".`);
      const comparison = (match[2] === '==' ? '=' : match[2]) as Comparison;
      return { path: match[1]!.split('.'), comparison, value: literal(match[3]!) };
    }),
  );
}

function holds(order: unknown, clause: Clause): boolean {
  const [actual] = valuesAt(order, clause.path);
  if (actual === undefined || actual === null) return clause.comparison === '!=';
  const difference = compareValues(actual, clause.value);
  switch (clause.comparison) {
    case '>':
      return difference > 0;
    case '<':
      return difference < 0;
    case '>=':
      return difference >= 0;
    case '<=':
      return difference <= 0;
    case '=':
      return difference === 0;
    case '!=':
      return difference !== 0;
  }
}

export function ruleMatches(expression: string, order: unknown): boolean {
  return parseRuleExpression(expression).some((clauses) =>
    clauses.every((clause) => holds(order, clause)),
  );
}
