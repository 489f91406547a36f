import { useState, type ReactNode } from 'react';
import {
  Autocomplete,
  Dialog,
  Input,
  Menu,
  MenuItem,
  Modal,
  ModalOverlay,
  SearchField,
} from 'react-aria-components';
import type { HighlightRange, OperationSummary } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { useAsync } from '../state/use-async';
import { MethodBadge } from './MethodBadge';

interface CommandPaletteProps {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  catalogId: string | undefined;
  operations: Map<string, OperationSummary>;
  onSelect: (operation: OperationSummary) => void;
}

/** Ctrl/Cmd+K: jump to any operation by fuzzy search on its summary, path and id. */
export function CommandPalette({
  isOpen,
  onOpenChange,
  catalogId,
  operations,
  onSelect,
}: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const key = catalogId && trimmed ? `${catalogId}|${query}` : undefined;
  const hits =
    useAsync(key, async () => {
      const result = await ocx.catalog.search({ catalogId: catalogId!, query, limit: 30 });
      return result.ok ? result.value : [];
    }) ?? [];

  const items = hits.flatMap((hit) => {
    const operation = operations.get(hit.operationId);
    return operation ? [{ hit, operation }] : [];
  });

  return (
    <ModalOverlay
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      isDismissable
      className="palette-overlay"
    >
      <Modal className="palette">
        <Dialog aria-label="Go to operation" className="palette-dialog">
          <Autocomplete inputValue={query} onInputChange={setQuery}>
            <SearchField aria-label="Search operations" autoFocus className="palette-search">
              <Input placeholder="Search operations: “list products”, “/orders”, “Me.Get”…" />
            </SearchField>
            <Menu
              aria-label="Matching operations"
              className="palette-results"
              items={items}
              renderEmptyState={() => (
                <p className="empty-note">
                  {query.trim() ? 'No operation matches.' : 'Type to search every operation.'}
                </p>
              )}
              onAction={(key) => {
                const operation = operations.get(String(key));
                if (!operation) return;
                onSelect(operation);
                onOpenChange(false);
                setQuery('');
              }}
            >
              {({ hit, operation }) => (
                <MenuItem
                  id={operation.id}
                  textValue={`${operation.summary} ${operation.method} ${operation.path}`}
                  className="palette-item"
                >
                  <MethodBadge method={operation.method} />
                  <span className="palette-summary">
                    {highlight(operation.summary, hit.ranges, 'summary')}
                  </span>
                  <span className="palette-path mono">
                    {highlight(operation.path, hit.ranges, 'path')}
                  </span>
                  <span className="palette-id mono">
                    {highlight(operation.id, hit.ranges, 'id')}
                  </span>
                </MenuItem>
              )}
            </Menu>
          </Autocomplete>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

function highlight(
  text: string,
  ranges: HighlightRange[],
  field: HighlightRange['field'],
): ReactNode {
  const own = ranges.filter((range) => range.field === field).sort((a, b) => a.start - b.start);
  if (!own.length) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  own.forEach((range, index) => {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(<mark key={index}>{text.slice(range.start, range.end)}</mark>);
    at = Math.max(at, range.end);
  });
  parts.push(text.slice(at));
  return parts;
}
