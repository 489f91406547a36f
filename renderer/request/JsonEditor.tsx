import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useEffectEvent, useRef } from 'react';
import type { BodyProblem } from '../../preload/contract/catalog';
import { showProblems } from './editor-problems';
import { fromDraft, jsonEditorSetup } from './json-editor-setup';
import { problemRanges } from './problem-ranges';

interface JsonEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: readonly BodyProblem[];
  emptyText: string;
}

/** CodeMirror 6, controlled: `value` wins whenever it differs from what the editor shows. */
export function JsonEditor({ label, value, onChange, problems, emptyText }: JsonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onEdit = useEffectEvent((text: string) => onChange(text));
  const initialText = useEffectEvent(() => value);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialText(),
        extensions: jsonEditorSetup({ label, emptyText, onEdit: (text) => onEdit(text) }),
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [label, emptyText]);

  useEffect(() => {
    const editor = view.current;
    const shown = editor?.state.doc.toString();
    if (!editor || shown === value) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: value },
      annotations: fromDraft.of(true),
    });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const ranges = problemRanges(editor.state.doc.toString(), problems);
    editor.dispatch({ effects: showProblems.of(ranges) });
  }, [problems]);

  return <div className="json-editor" ref={host} />;
}
