import { memo } from 'react';

interface TableRowProps {
  /** 0-based item index. */
  index: number;
  top: number;
  columnCount: number;
  /** The row's cells as text, once the worker has sent them. */
  cells: string[] | undefined;
}

/** One item of the table; unchanged rows are not rendered again while the table scrolls. */
export const TableRow = memo(function TableRow({ index, top, columnCount, cells }: TableRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy={cells ? undefined : true}
      className="table-row"
      style={{ transform: `translateY(${top}px)` }}
    >
      <span role="cell" className="row-number">
        {index + 1}
      </span>
      {Array.from({ length: columnCount }, (_, column) => (
        <span key={column} role="cell" className="table-cell">
          {cells?.[column] ?? ''}
        </span>
      ))}
    </div>
  );
});
