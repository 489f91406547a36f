import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** Colours come from the viewer's CSS variables, so the editor follows the theme. */
const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--text)', backgroundColor: 'var(--bg)', fontSize: '12px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.6' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-subtle)',
    color: 'var(--text-muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': {
    backgroundColor: 'var(--bg-selected)',
  },
});

const highlighting = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--json-key)' },
  { tag: tags.string, color: 'var(--json-string)' },
  { tag: tags.number, color: 'var(--json-number)' },
  { tag: [tags.bool, tags.null], color: 'var(--json-keyword)' },
]);

/** A read-only, selectable, searchable-by-browser view of the body text. */
export function rawEditorSetup(label: string, isJson: boolean): Extension {
  return [
    lineNumbers(),
    EditorState.readOnly.of(true),
    EditorView.contentAttributes.of({ 'aria-label': label }),
    theme,
    isJson ? [json(), syntaxHighlighting(highlighting)] : [],
  ];
}
