import { useCallback, useRef, type CSSProperties } from 'react';
import type { DocumentClient } from '../document/document-client';
import { useFixedRows } from '../document/use-fixed-rows';

const LINE_HEIGHT = 19;

interface LineViewProps {
  client: DocumentClient;
  lineCount: number;
}

/** Millions of lines, a screenful at a time: the worker formats only the lines on screen. */
export function LineView({ client, lineCount }: LineViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const loadLines = useCallback(
    (from: number, to: number) => client.call('rawLines', { from, to }),
    [client],
  );
  const { totalSize, shown } = useFixedRows(scroller, {
    count: lineCount,
    rowHeight: LINE_HEIGHT,
    loader: loadLines,
  });
  const gutterChars = String(lineCount).length;

  return (
    <div
      ref={scroller}
      className="line-view"
      role="region"
      aria-label="Raw response body"
      tabIndex={0}
      style={{ '--gutter-chars': gutterChars } as CSSProperties}
    >
      <div className="virtual-sizer" style={{ height: totalSize }}>
        {shown.map(({ key, index, start, row }) => (
          <div key={key} className="raw-line" style={{ transform: `translateY(${start}px)` }}>
            <span className="line-number" aria-hidden="true">
              {index + 1}
            </span>
            <span className="line-text">{row ?? ''}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
