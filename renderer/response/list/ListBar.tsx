import { Button } from 'react-aria-components';
import type { ListSummary } from '../../workers/protocol';
import { formatCount } from '../format';
import type { ListPaging } from '../types';
import { AllPages } from './AllPages';
import { ListPager } from './ListPager';

interface ListBarProps {
  list: ListSummary;
  paging: ListPaging;
}

/** Above a list: the pager (or, for merged pages, what was merged) and "All pages". */
export function ListBar({ list, paging }: ListBarProps) {
  const { meta, mergedPages } = list;
  return (
    <div className="list-bar">
      {mergedPages !== undefined ? (
        <>
          <span className="pager-status">
            All {formatCount(mergedPages)} pages · {formatCount(list.itemCount)} items
          </span>
          {meta && (
            <Button className="rv-button" onPress={() => paging.onPage(1, meta.PageSize)}>
              Back to pages
            </Button>
          )}
        </>
      ) : (
        <>
          {meta && <ListPager meta={meta} onPage={paging.onPage} pageSizes={paging.pageSizes} />}
          <AllPages
            onAllPages={paging.onAllPages}
            onCancelAllPages={paging.onCancelAllPages}
            allPagesProgress={paging.allPagesProgress}
          />
        </>
      )}
    </div>
  );
}
