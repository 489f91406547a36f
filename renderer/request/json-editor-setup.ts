import { json } from '@codemirror/lang-json';
import {
  bracketMatching,
  getIndentation,
  HighlightStyle,
  IndentContext,
  indentOnInput,
  indentString,
  syntaxHighlighting,
} from '@codemirror/language';
import { Annotation, EditorSelection, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { problemDecorations } from './editor-problems';

/** Marks a change that came from the draft, so it is not echoed back as the user's edit. */
export const fromDraft = Annotation.define<boolean>();

/** Colours come from the app's CSS variables, so the editor follows the light and dark themes. */
const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--bg)', fontSize: '12px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
  '.cm-content': { caretColor: 'var(--text)', padding: '6px 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-subtle)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--bg-hover) 45%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--bg-hover)', color: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground':
    { backgroundColor: 'var(--bg-selected)' },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--bg-selected)',
    outline: '1px solid var(--border-strong)',
  },
  '&.cm-focused .cm-nonmatchingBracket': { color: 'var(--danger)' },
  '.cm-problem': {
    textDecoration: 'underline wavy var(--danger)',
    textDecorationSkipInk: 'none',
    textUnderlineOffset: '3px',
  },
  '.cm-problem-line': { backgroundColor: 'var(--danger-bg)' },
  '.cm-placeholder': { color: 'var(--text-muted)', fontStyle: 'italic' },
});

const highlighting = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--syntax-property)' },
  { tag: tags.string, color: 'var(--syntax-string)' },
  { tag: tags.number, color: 'var(--syntax-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--syntax-keyword)' },
  { tag: [tags.separator, tags.brace, tags.squareBracket], color: 'var(--text-muted)' },
]);

/** Enter keeps the structure's indentation, opening `{|}` onto its own lines. */
function insertNewlineAndIndent(view: EditorView): boolean {
  const { state } = view;
  const change = state.changeByRange(({ from, to }) => {
    const between =
      from === to &&
      /[[{]/.test(state.sliceDoc(from - 1, from)) &&
      /[\]}]/.test(state.sliceDoc(to, to + 1));
    const context = new IndentContext(state, { simulateBreak: from, simulateDoubleBreak: between });
    const inner = indentString(state, getIndentation(context, from) ?? 0);
    const outer = indentString(state, context.lineIndent(from, -1));
    const insert = between ? `\n${inner}\n${outer}` : `\n${inner}`;
    return {
      changes: { from, to, insert },
      range: EditorSelection.cursor(from + 1 + inner.length),
    };
  });
  view.dispatch(change, { scrollIntoView: true, userEvent: 'input' });
  return true;
}

interface SetupOptions {
  label: string;
  emptyText: string;
  onEdit: (text: string) => void;
}

export function jsonEditorSetup({ label, emptyText, onEdit }: SetupOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    json(),
    syntaxHighlighting(highlighting),
    keymap.of([{ key: 'Enter', run: insertNewlineAndIndent }]),
    placeholder(emptyText),
    EditorView.contentAttributes.of({ 'aria-label': label }),
    theme,
    problemDecorations,
    EditorView.updateListener.of((update) => {
      const edited = update.transactions.some((tr) => tr.docChanged && !tr.annotation(fromDraft));
      if (edited) onEdit(update.state.doc.toString());
    }),
  ];
}
