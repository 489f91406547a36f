import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components';
import type { ListMeta } from '../../workers/protocol';
import { formatCount } from '../format';

const DEFAULT_PAGE_SIZES = [20, 50, 100] as const;

interface ListPagerProps {
  meta: ListMeta;
  onPage: (page: number, pageSize: number) => void;
  pageSizes?: readonly number[];
}

/** OrderCloud's Meta as a pager: "Page 2 of 17 · 1,634 items". */
export function ListPager({ meta, onPage, pageSizes = DEFAULT_PAGE_SIZES }: ListPagerProps) {
  const { Page: page, PageSize: pageSize, TotalPages: totalPages, TotalCount: totalCount } = meta;
  const sizes = [...new Set([...pageSizes, pageSize])].sort((a, b) => a - b);
  const changeSize = (key: Key | null) => {
    const size = Number(key);
    if (Number.isInteger(size) && size !== pageSize) onPage(1, size);
  };
  return (
    <nav className="list-pager" aria-label="Pages">
      <Button
        className="rv-button"
        isDisabled={page <= 1}
        onPress={() => onPage(page - 1, pageSize)}
      >
        Previous
      </Button>
      <span className="pager-status">
        Page {formatCount(page)} of {formatCount(Math.max(totalPages, 1))} ·{' '}
        {formatCount(totalCount)} {totalCount === 1 ? 'item' : 'items'}
      </span>
      <Button
        className="rv-button"
        isDisabled={page >= totalPages}
        onPress={() => onPage(page + 1, pageSize)}
      >
        Next
      </Button>
      <Select className="page-size" value={String(pageSize)} onChange={changeSize}>
        <Label className="rv-label">Page size</Label>
        <Button className="rv-button select-button">
          <SelectValue />
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="rv-popover">
          <ListBox className="rv-menu">
            {sizes.map((size) => (
              <ListBoxItem key={size} id={String(size)} className="rv-menu-item">
                {String(size)}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
    </nav>
  );
}
