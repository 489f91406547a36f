import { json } from '@codemirror/lang-json';
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  bracketMatching,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Annotation, type Extension } from '@codemirror/state';
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

/** The standard editing keys, minus Mod-Enter, which sends the request. */
const editingKeys = [
  ...defaultKeymap,
  ...historyKeymap,
  ...searchKeymap,
  ...closeBracketsKeymap,
].filter((binding) => binding.key !== 'Mod-Enter');

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
    history(),
    closeBrackets(),
    highlightSelectionMatches(),
    keymap.of(editingKeys),
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
