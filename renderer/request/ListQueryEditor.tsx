import { useMemo } from 'react';
import type { OperationDetail } from '../../preload/contract/catalog';
import { PickMany, TextInput } from './controls';
import { FilterRows } from './FilterRows';
import {
  listOptionProblems,
  readListQuery,
  writeFilters,
  writeListQuery,
  type FilterRow,
  type ListOptions,
  type QueryPair,
} from './list-query';
import { filterableFields, listItemSchema } from './schema-fields';
import { SortFields } from './SortFields';
import { useFilterRows } from './use-filter-rows';

interface ListQueryEditorProps {
  operation: OperationDetail;
  /** The draft's query, less the operation's plain parameters. */
  pairs: QueryPair[];
  onChange: (pairs: QueryPair[]) => void;
}

/** search, searchOn, sortBy, paging and filters, written in OrderCloud's list-query syntax. */
export function ListQueryEditor({ operation, pairs, onChange }: ListQueryEditorProps) {
  const query = readListQuery(pairs);
  const [rows, setRows] = useFilterRows(writeFilters(query.filters));
  const fields = useMemo(
    () => filterableFields(listItemSchema(operation.response?.schema)),
    [operation],
  );
  const declared = (name: string) => operation.queryParams.find((param) => param.name === name);
  const searchOn = declared('searchOn');
  const sortBy = declared('sortBy');

  // Pairs switched off in raw mode have no row here; keep them rather than drop them.
  const disabled = pairs.filter((pair) => !pair.enabled);
  const write = (options: ListOptions, filters: FilterRow[]) =>
    onChange([...writeListQuery({ options, filters }), ...disabled]);
  const setOption = (change: Partial<ListOptions>) => write({ ...query.options, ...change }, rows);
  const problems = listOptionProblems(query.options);
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;

  return (
    <div className="list-query">
      <div className="list-options">
        {declared('search') && (
          <TextInput
            className="option-search"
            label="Search"
            value={query.options.search}
            placeholder="Words to search for"
            onChange={(search) => setOption({ search })}
          />
        )}
        {searchOn && (
          <PickMany
            className="option-search-on"
            label="Search on"
            options={searchOn.enum ?? []}
            value={query.options.searchOn}
            placeholder="All searchable fields"
            onChange={(fields) => setOption({ searchOn: fields })}
          />
        )}
        {declared('page') && (
          <TextInput
            className="option-number"
            label="Page"
            inputMode="numeric"
            value={query.options.page}
            placeholder="1"
            errorMessage={problem('page')}
            onChange={(page) => setOption({ page })}
          />
        )}
        {declared('pageSize') && (
          <TextInput
            className="option-number"
            label="Page size"
            inputMode="numeric"
            value={query.options.pageSize}
            placeholder="20"
            errorMessage={problem('pageSize')}
            onChange={(pageSize) => setOption({ pageSize })}
          />
        )}
      </div>
      {sortBy && (
        <SortFields
          options={sortBy.enum ?? []}
          value={query.options.sortBy}
          onChange={(sort) => setOption({ sortBy: sort })}
        />
      )}
      <FilterRows
        rows={rows}
        fields={fields}
        onChange={(next) => {
          setRows(next);
          write(query.options, next);
        }}
      />
    </div>
  );
}
