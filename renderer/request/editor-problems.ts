import { StateEffect, StateField, type Range, type Text } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { ProblemRange } from './problem-ranges';

/**
 * Problems drawn in the editor: a wavy underline with the message as its tooltip and a tinted
 * line. A stand-in for @codemirror/lint, which this project does not have installed.
 */
export const showProblems = StateEffect.define<readonly ProblemRange[]>();

const problemLine = Decoration.line({ class: 'cm-problem-line' });

function decorate(doc: Text, problems: readonly ProblemRange[]): DecorationSet {
  const ranges: Range<Decoration>[] = [];
  for (const problem of problems) {
    const from = Math.min(problem.from, doc.length);
    const to = Math.min(Math.max(problem.to, from), doc.length);
    ranges.push(problemLine.range(doc.lineAt(from).from));
    if (to > from) {
      const mark = Decoration.mark({ class: 'cm-problem', attributes: { title: problem.message } });
      ranges.push(mark.range(from, to));
    }
  }
  return Decoration.set(ranges, true);
}

export const problemDecorations = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(showProblems)) next = decorate(transaction.state.doc, effect.value);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});
