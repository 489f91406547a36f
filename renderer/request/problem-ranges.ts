import { jsonLanguage } from '@codemirror/lang-json';
import type { SyntaxNode } from '@lezer/common';
import type { BodyProblem } from '../../preload/contract/catalog';

export interface ProblemRange {
  from: number;
  to: number;
  message: string;
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/**
 * Where in the text each problem belongs: the parser's position for malformed JSON, else the
 * property the JSON pointer names, or the object that lacks it (`Name is required`).
 */
export function problemRanges(text: string, problems: readonly BodyProblem[]): ProblemRange[] {
  const root = jsonLanguage.parser.parse(text).topNode.firstChild ?? undefined;
  return problems.flatMap((problem) => {
    if (problem.position) {
      const from = Math.min(problem.position.offset, text.length);
      return [{ from, to: Math.min(from + 1, text.length), message: problem.message }];
    }
    const span = root && locate(root, problem.pointer, text);
    return span ? [{ ...span, message: problem.message }] : [];
  });
}

function locate(root: SyntaxNode, pointer: string, text: string): { from: number; to: number } {
  let node = root;
  let span = { from: root.from, to: root.to };
  for (const segment of pointerSegments(pointer)) {
    const member = memberOf(node, segment, text);
    if (!member) return { from: node.from, to: node.from + 1 };
    node = member.value;
    span = member.span;
  }
  return span;
}

function memberOf(node: SyntaxNode, segment: string, text: string) {
  if (node.name === 'Object') {
    for (const property of node.getChildren('Property')) {
      const name = property.getChild('PropertyName');
      const value = valuesIn(property)[0];
      if (name && value && readName(text.slice(name.from, name.to)) === segment) {
        return { value, span: { from: property.from, to: property.to } };
      }
    }
  }
  if (node.name === 'Array' && /^\d+$/.test(segment)) {
    const value = valuesIn(node)[Number(segment)];
    if (value) return { value, span: { from: value.from, to: value.to } };
  }
  return undefined;
}

function valuesIn(node: SyntaxNode): SyntaxNode[] {
  const values: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (VALUE_NODES.has(child.name)) values.push(child);
  }
  return values;
}

function readName(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}
