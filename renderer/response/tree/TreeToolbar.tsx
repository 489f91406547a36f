import { Button, Input, Label, SearchField, Toolbar } from 'react-aria-components';
import { formatCount } from '../format';
import type { TreeSearchState } from './use-tree-search';

interface TreeToolbarProps {
  search: TreeSearchState;
  busy: boolean;
  canCopy: boolean;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCopyValue: () => void;
  onCopyPath: () => void;
}

function matchStatus({ query, result, matchIndex }: TreeSearchState): string {
  if (!query.trim()) return '';
  if (!result) return 'Searching…';
  if (result.matchCount === 0) return 'No matches';
  const total = `${formatCount(result.matchCount)}${result.capped ? '+' : ''}`;
  return `${formatCount(matchIndex + 1)} of ${total}`;
}

export function TreeToolbar({
  search,
  busy,
  canCopy,
  onExpandAll,
  onCollapseAll,
  onCopyValue,
  onCopyPath,
}: TreeToolbarProps) {
  const hasMatches = (search.result?.matchCount ?? 0) > 0;
  return (
    <Toolbar className="viewer-toolbar" aria-label="Body tools">
      <Button className="rv-button" onPress={onExpandAll} isDisabled={busy}>
        Expand all
      </Button>
      <Button className="rv-button" onPress={onCollapseAll} isDisabled={busy}>
        Collapse all
      </Button>
      <SearchField
        className="viewer-search"
        value={search.query}
        onChange={search.setQuery}
        onSubmit={search.next}
      >
        <Label className="visually-hidden">Find in body</Label>
        <Input placeholder="Find keys and values" />
      </SearchField>
      <span className="match-status" role="status">
        {matchStatus(search)}
      </span>
      <Button
        className="rv-icon-button"
        aria-label="Previous match"
        isDisabled={!hasMatches}
        onPress={search.previous}
      >
        ↑
      </Button>
      <Button
        className="rv-icon-button"
        aria-label="Next match"
        isDisabled={!hasMatches}
        onPress={search.next}
      >
        ↓
      </Button>
      <span className="toolbar-spacer" />
      <Button className="rv-button" isDisabled={!canCopy} onPress={onCopyPath}>
        Copy path
      </Button>
      <Button className="rv-button" isDisabled={!canCopy} onPress={onCopyValue}>
        Copy value
      </Button>
    </Toolbar>
  );
}
