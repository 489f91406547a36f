import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { BodyGate, type BodyGateProps } from './BodyGate';
import type { DocumentState, LoadedDocument } from './document/use-response-document';
import { JsonTree } from './tree/JsonTree';

interface BodyPanelProps {
  /** Set while the size policy holds the body back. */
  gate: BodyGateProps | undefined;
  document: DocumentState;
  children: (document: LoadedDocument) => ReactNode;
}

/** A tab that shows the body: the gate, the parsing status, or the view itself. */
export function BodyPanel({ gate, document, children }: BodyPanelProps) {
  if (gate) return <BodyGate {...gate} />;
  if (document.status === 'ready') return children(document);
  if (document.status === 'failed')
    return (
      <p className="body-note" role="alert">
        The body could not be read: {document.message}
      </p>
    );
  return (
    <p className="body-note" role="status">
      Reading the body…
    </p>
  );
}

/** The Body tab: the JSON tree, or why there is none. */
export function BodyTree({
  document,
  onShowRaw,
}: {
  document: LoadedDocument;
  onShowRaw: () => void;
}) {
  const { summary, client } = document;
  if (summary.tree)
    return <JsonTree client={client} initialShape={summary.tree} firstRows={summary.firstRows} />;
  return (
    <div className="body-note">
      <p>
        {summary.parseError
          ? `The body is not valid JSON: ${summary.parseError}`
          : 'The body is not JSON.'}{' '}
        It is shown as text in the Raw view.
      </p>
      <Button className="rv-button" onPress={onShowRaw}>
        Show raw
      </Button>
    </div>
  );
}
