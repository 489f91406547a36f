import { describe, expect, it } from 'vitest';
import {
  FILTER_OPERATORS,
  decodeFilterTerm,
  decodeFilterValue,
  encodeFilterTerm,
  encodeFilterValue,
  formatSortBy,
  listOptionProblems,
  parseSortBy,
  readListQuery,
  writeFilters,
  writeListQuery,
  type FilterOperator,
  type QueryPair,
} from '../../renderer/request/list-query';

const pair = (name: string, value: string, enabled = true): QueryPair => ({ name, value, enabled });

describe('filter terms', () => {
  const cases: [FilterOperator, string, string][] = [
    ['equals', 'Red', 'Red'],
    ['notEquals', 'Widget', '!Widget'],
    ['greaterThan', '10', '>10'],
    ['lessThan', '2015-01-01', '<2015-01-01'],
    ['atLeast', '10', '>=10'],
    ['atMost', '99.5', '<=99.5'],
    ['startsWith', 'Widget', 'Widget*'],
    ['contains', 'idg', '*idg*'],
    ['endsWith', 'Smith', '*Smith'],
    ['notStartsWith', 'Widget', '!Widget*'],
    ['notContains', 'idg', '!*idg*'],
    ['notEndsWith', 'Smith', '!*Smith'],
  ];

  it.each(cases)('%s %s is written %s and read back', (operator, value, written) => {
    expect(encodeFilterTerm(operator, value)).toBe(written);
    expect(decodeFilterTerm(written)).toEqual({ operator, value });
  });

  it('covers every operator the picker offers', () => {
    expect(new Set(cases.map(([operator]) => operator))).toEqual(
      new Set(FILTER_OPERATORS.map((operator) => operator.id)),
    );
  });

  it('leaves a term no single operator writes to the caller', () => {
    expect(decodeFilterTerm('!>5')).toBeUndefined();
    expect(decodeFilterTerm('!<=0')).toBeUndefined();
  });

  it('reads lone wildcards without losing them', () => {
    expect(decodeFilterTerm('*')).toEqual({ operator: 'endsWith', value: '' });
    expect(decodeFilterTerm('**')).toEqual({ operator: 'contains', value: '' });
    expect(decodeFilterTerm('!*')).toEqual({ operator: 'notEndsWith', value: '' });
  });
});

describe('filter values with OR', () => {
  it('joins alternatives with |, each with the operator', () => {
    expect(encodeFilterValue('equals', ['Red', 'Blue'])).toBe('Red|Blue');
    expect(encodeFilterValue('startsWith', ['Wid', 'Gad'])).toBe('Wid*|Gad*');
  });

  it('reads uniform alternatives back into one operator', () => {
    expect(decodeFilterValue('Red|Blue')).toEqual({ operator: 'equals', values: ['Red', 'Blue'] });
    expect(decodeFilterValue('*a*|*b*')).toEqual({ operator: 'contains', values: ['a', 'b'] });
  });

  it('keeps mixed alternatives verbatim under equals', () => {
    expect(decodeFilterValue('Smith|Jo*')).toEqual({
      operator: 'equals',
      values: ['Smith', 'Jo*'],
    });
    expect(decodeFilterValue('!>5')).toEqual({ operator: 'equals', values: ['!>5'] });
  });

  it.each([
    'Red',
    'Red|Blue',
    'Smith|Jo*',
    '!Widget*',
    '>=10',
    '!<0',
    '*',
    '!*',
    'a*b',
    '*a*b*',
    '',
  ])('reading then writing %j gives it back', (raw) => {
    const { operator, values } = decodeFilterValue(raw);
    expect(encodeFilterValue(operator, values)).toBe(raw);
  });
});

describe('sortBy', () => {
  it('reads ! as descending and writes it back', () => {
    const fields = parseSortBy('!Name, ID,');
    expect(fields).toEqual([
      { field: 'Name', descending: true },
      { field: 'ID', descending: false },
    ]);
    expect(formatSortBy(fields)).toBe('!Name,ID');
  });
});

describe('list query ↔ draft query', () => {
  it('builds OrderCloud syntax from the rows (the examples in the brief)', () => {
    const query = writeListQuery({
      options: {
        search: 'bike',
        searchOn: ['Name', 'ID'],
        sortBy: [
          { field: 'Name', descending: true },
          { field: 'ID', descending: false },
        ],
        page: '2',
        pageSize: '50',
      },
      filters: [
        { field: 'xp.Color', operator: 'equals', values: ['Red', 'Blue'] },
        { field: 'Price', operator: 'atLeast', values: ['10'] },
        { field: 'Name', operator: 'notStartsWith', values: ['Widget'] },
      ],
    });
    expect(query).toEqual([
      pair('search', 'bike'),
      pair('searchOn', 'Name,ID'),
      pair('sortBy', '!Name,ID'),
      pair('page', '2'),
      pair('pageSize', '50'),
      pair('xp.Color', 'Red|Blue'),
      pair('Price', '>=10'),
      pair('Name', '!Widget*'),
    ]);
  });

  it('reads a restored draft back into the same rows', () => {
    const draftQuery = [
      pair('sortBy', '!Name'),
      pair('pageSize', '100'),
      pair('LastName', '!Smith'),
      pair('LastName', '!Jones'),
      pair('xp.Color', 'Red|Blue'),
    ];
    const read = readListQuery(draftQuery);
    expect(read.options).toEqual({
      search: '',
      searchOn: [],
      sortBy: [{ field: 'Name', descending: true }],
      page: '',
      pageSize: '100',
    });
    expect(read.filters).toEqual([
      { field: 'LastName', operator: 'notEquals', values: ['Smith'] },
      { field: 'LastName', operator: 'notEquals', values: ['Jones'] },
      { field: 'xp.Color', operator: 'equals', values: ['Red', 'Blue'] },
    ]);
    expect(writeListQuery(read)).toEqual(draftQuery);
  });

  it('ignores disabled pairs and lets the last list option win', () => {
    const read = readListQuery([pair('page', '1'), pair('page', '3'), pair('Name', 'x', false)]);
    expect(read.options.page).toBe('3');
    expect(read.filters).toEqual([]);
  });

  it('does not write incomplete rows or empty OR alternatives', () => {
    expect(
      writeFilters([
        { field: '', operator: 'equals', values: ['x'] },
        { field: 'Name', operator: 'startsWith', values: [''] },
        { field: ' ID ', operator: 'equals', values: ['a', '', 'b'] },
      ]),
    ).toEqual([pair('ID', 'a|b')]);
  });
});

describe('paging limits', () => {
  it('accepts whole numbers, pageSize up to 100', () => {
    expect(listOptionProblems({ page: '3', pageSize: '100' })).toEqual([]);
    expect(listOptionProblems({ page: '', pageSize: '' })).toEqual([]);
  });

  it('names the field that is out of range', () => {
    expect(listOptionProblems({ page: '0', pageSize: '101' }).map((p) => p.field)).toEqual([
      'page',
      'pageSize',
    ]);
    expect(listOptionProblems({ page: '1.5', pageSize: 'ten' })).toHaveLength(2);
  });
});
