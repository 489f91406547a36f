import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { rawEditorSetup } from './raw-editor-setup';

interface RawEditorProps {
  text: string;
  isJson: boolean;
}

/** CodeMirror 6, read-only, for bodies small enough to hand it whole. */
export function RawEditor({ text, isJson }: RawEditorProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text,
        extensions: rawEditorSetup('Raw response body', isJson),
      }),
    });
    return () => editor.destroy();
  }, [text, isJson]);

  return <div className="raw-editor" ref={host} />;
}
