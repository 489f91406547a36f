import { jsonLanguage } from '@codemirror/lang-json';
import type { BodyProblem, BodyValidation, TextPosition } from '../../preload/contract/catalog';

const VALID: BodyValidation = { valid: true, errors: [] };

/**
 * Syntax only, for bodies with no schema (raw mode). JSON.parse decides; the JSON grammar the
 * editor already uses says where, since JSON.parse's messages differ between engines.
 */
export function checkJsonSyntax(text: string): BodyValidation {
  if (text.trim() === '') return VALID;
  try {
    JSON.parse(text);
    return VALID;
  } catch (error) {
    return { valid: false, errors: [syntaxProblem(text, error)] };
  }
}

function syntaxProblem(text: string, error: unknown): BodyProblem {
  const offset = firstErrorOffset(text);
  if (offset === undefined) {
    return {
      pointer: '',
      field: 'Body',
      message: error instanceof Error ? error.message : 'Not valid JSON',
    };
  }
  const position = positionAt(text, offset);
  const found = offset >= text.length ? 'end of the body' : `'${text.charAt(offset)}'`;
  return {
    pointer: '',
    field: 'Body',
    message: `Unexpected ${found} (line ${position.line}, column ${position.column})`,
    position,
  };
}

function firstErrorOffset(text: string): number | undefined {
  let offset: number | undefined;
  jsonLanguage.parser.parse(text).iterate({
    enter(node) {
      if (offset !== undefined) return false;
      if (node.type.isError) offset = node.from;
      return undefined;
    },
  });
  return offset;
}

export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column };
}
