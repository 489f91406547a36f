import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../workers/protocol';
import type { DocumentClient } from '../document/document-client';
import { LineView } from './LineView';
import { RawEditor } from './RawEditor';

/** Up to this many characters the editor gets the whole text; above, lines come on demand. */
const EDITOR_MAX_CHARS = 2_000_000;

type RawContent = { kind: 'editor'; text: string } | { kind: 'lines'; lineCount: number };

interface RawViewProps {
  client: DocumentClient;
  summary: DocumentSummary;
}

/** The body as text: JSON laid out two spaces deep from its own tokens, anything else as sent. */
export function RawView({ client, summary }: RawViewProps) {
  const [content, setContent] = useState<RawContent>();

  useEffect(() => {
    let current = true;
    const load: Promise<RawContent> =
      summary.characterCount <= EDITOR_MAX_CHARS
        ? client.call('rawText', undefined).then((text) => ({ kind: 'editor', text }))
        : client
            .call('rawLineCount', undefined)
            .then((lineCount) => ({ kind: 'lines', lineCount }));
    void load.then((loaded) => current && setContent(loaded));
    return () => {
      current = false;
    };
  }, [client, summary]);

  if (!content)
    return (
      <p className="rv-note" role="status">
        Preparing the raw view…
      </p>
    );
  if (content.kind === 'lines') return <LineView client={client} lineCount={content.lineCount} />;
  return <RawEditor text={content.text} isJson={summary.format === 'json'} />;
}
