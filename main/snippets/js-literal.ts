import { jsString } from './escape';

/** Code to place as is inside a literal, such as `JSON.stringify({...})`. */
export class JsExpression {
  constructor(readonly code: string) {}
}

const INDENT = '  ';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JavaScript (and TypeScript) literal for a value, laid out as Prettier would: objects one
 * property a line with trailing commas, short arrays of scalars on one line.
 */
export function jsLiteral(value: unknown, indent = ''): string {
  if (value instanceof JsExpression) return value.code.replace(/\n/g, `\n${indent}`);
  if (typeof value === 'string') return jsString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || typeof value !== 'object') return 'null';
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.length === 0) return '[]';
    const scalars = items.every((item) => item === null || typeof item !== 'object');
    if (scalars) return `[${items.map((item) => jsLiteral(item)).join(', ')}]`;
    return `[\n${items.map((item) => `${inner}${jsLiteral(item, inner)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const lines = entries.map(
    ([key, field]) => `${inner}${jsKey(key)}: ${jsLiteral(field, inner)},\n`,
  );
  return `{\n${lines.join('')}${indent}}`;
}

function jsKey(key: string): string {
  // A literal `__proto__:` key, quoted or not, sets the prototype; a computed one is a property.
  if (key === '__proto__') return `[${jsString(key)}]`;
  return IDENTIFIER.test(key) ? key : jsString(key);
}
