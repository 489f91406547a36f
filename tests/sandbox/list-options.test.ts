// List options (documents_advanced-querying.mdx): paging, search, sort and filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { listPage, parseListOptions } from '../../main/sandbox/list-query';
import { api, errorCode, login, type Json } from './support';

const people = [
  {
    ID: '1',
    FirstName: 'John',
    LastName: 'Smith',
    xp: { MoreInfo: { TeamName: 'Tigers' } },
    DateCreated: '2014-06-01T00:00:00Z',
  },
  {
    ID: '2',
    FirstName: 'Johnny',
    LastName: 'Goldsmith',
    xp: { MoreInfo: { TeamName: 'Lions' } },
    DateCreated: '2016-01-01T00:00:00Z',
  },
  {
    ID: '3',
    FirstName: 'Johnny',
    LastName: 'Jones',
    xp: { Billed: true },
    DateCreated: '2017-01-01T00:00:00Z',
  },
  {
    ID: '4',
    FirstName: 'John',
    LastName: 'Johnson',
    xp: null,
    DateCreated: '2018-01-01T00:00:00Z',
  },
  {
    ID: '10',
    FirstName: 'Ann',
    LastName: 'Smith',
    xp: { Billed: false },
    DateCreated: '2019-01-01T00:00:00Z',
  },
];
const info = {
  itemSchema: undefined,
  searchOn: ['FirstName', 'LastName'],
  sortBy: ['ID', 'LastName'],
  withFacets: false,
};
const properties = ['ID', 'FirstName', 'LastName', 'xp', 'DateCreated'];

function query(text: string): string[] {
  const page = listPage(
    people,
    parseListOptions(new URLSearchParams(text), info, new Set(['buyerid']), properties),
  );
  return page.Items.map((person) => person.ID);
}

describe('filters, as documented', () => {
  it('matches xp with dot notation', () =>
    expect(query('xp.MoreInfo.TeamName=Tigers')).toEqual(['1']));
  it('matches wildcards', () =>
    expect(query('LastName=*Smith&FirstName=John*')).toEqual(['1', '2']));
  it('ORs with |', () => expect(query('LastName=Smith|Jo*&FirstName=Johnny')).toEqual(['3']));
  it('negates with ! and ANDs repeated keys', () =>
    expect(query('LastName=!Smith&LastName=!Jones')).toEqual(['2', '4']));
  it('compares dates and numbers with > and <', () => {
    expect(query('DateCreated=>2015-01-01&DateCreated=<2018-06-01')).toEqual(['2', '3', '4']);
    expect(query('ID=>=3')).toEqual(['3', '4']);
    expect(query('ID=<=10')).toEqual(['1', '10']);
  });
  it('makes an inclusive range with !< and !>', () =>
    expect(query('ID=!<2&ID=!>4')).toEqual(['2', '3', '4']));
  it('finds absent values with !*', () => expect(query('xp.Billed=!*')).toEqual(['1', '2', '4']));
  it('matches booleans', () => expect(query('xp.Billed=false')).toEqual(['10']));
  it('matches without regard to case, of values and property names', () =>
    expect(query('lastname=SMITH')).toEqual(['1', '10']));
  it('leaves the operation own parameters alone', () =>
    expect(query('buyerID=whatever')).toHaveLength(5));
  it('refuses a property the items do not have', () => {
    expect(() => query('Shoe=9')).toThrow(
      expect.objectContaining({
        detail: expect.objectContaining({ ErrorCode: 'List.InvalidProperty' }),
      }),
    );
  });
});

describe('search, sort and paging', () => {
  it('searches the searchable fields, every word', () => {
    expect(query('search=john smi')).toEqual(['1', '2']);
    expect(query('search=smith&searchOn=FirstName')).toEqual([]);
  });
  it('sorts ascending, and descending with !', () => {
    expect(query('sortBy=LastName,ID')).toEqual(['2', '4', '3', '1', '10']);
    expect(query('sortBy=!LastName,!ID')).toEqual(['10', '1', '3', '4', '2']);
  });
  it('refuses to sort on what is not sortable', () => {
    expect(() => query('sortBy=FirstName')).toThrow(expect.objectContaining({ status: 400 }));
  });
  it('pages with Meta as OrderCloud shows it', () => {
    const options = parseListOptions(
      new URLSearchParams('page=2&pageSize=2'),
      info,
      new Set(),
      properties,
    );
    expect(listPage(people, options).Meta).toEqual({
      Page: 2,
      PageSize: 2,
      TotalCount: 5,
      TotalPages: 3,
      ItemRange: [3, 4],
    });
    const empty = parseListOptions(new URLSearchParams('ID=none'), info, new Set(), properties);
    expect(listPage(people, empty).Meta).toEqual({
      Page: 1,
      PageSize: 20,
      TotalCount: 0,
      TotalPages: 0,
      ItemRange: [1, 0],
    });
  });
});

describe('list options over HTTP', () => {
  let sandbox: SandboxHandle;
  let token: string;
  const list = async (path: string) => (await api(sandbox, 'GET', path, { token })).body;
  const ids = async (path: string) => (await list(path)).Items.map((item: Json) => item.ID);

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    token = await login(sandbox, 'admin01', 'ProductAdmin PriceScheduleAdmin BuyerUserAdmin');
  });
  afterAll(() => sandbox.close());

  it('pages the ~50 seeded products, 20 at a time by default, at most 100', async () => {
    const first = await list('/products');
    expect(first.Meta).toMatchObject({
      Page: 1,
      PageSize: 20,
      TotalPages: Math.ceil(first.Meta.TotalCount / 20),
      ItemRange: [1, 20],
    });
    expect(first.Meta.TotalCount).toBeGreaterThanOrEqual(45);
    const last = await list(`/products?page=${first.Meta.TotalPages}&pageSize=20`);
    expect(last.Meta.ItemRange[1]).toBe(first.Meta.TotalCount);
    const all = await list('/products?pageSize=100');
    expect(all.Items).toHaveLength(first.Meta.TotalCount);
    const tooBig = await api(sandbox, 'GET', '/products?pageSize=101', { token });
    expect(tooBig.status).toBe(400);
    expect(errorCode(tooBig)).toBe('List.InvalidPageSize');
  });

  it('filters on xp with operators, sorts and searches', async () => {
    expect(await ids('/products?xp.Hazmat=true&sortBy=ID')).toEqual([
      'degreaser-industrial',
      'floor-stripper',
    ]);
    const ridgelineGloves = await ids('/products?xp.Brand=Ridge*&ID=*gloves&sortBy=!Name');
    expect(ridgelineGloves).toEqual([
      'nitrile-exam-gloves',
      'leather-driver-gloves',
      'cut-resistant-gloves',
    ]);
    expect(await ids('/products?xp.Color=Lime|Orange&sortBy=ID')).toEqual([
      'hi-vis-rain-jacket',
      'hi-vis-vest-class2',
    ]);
    expect(await ids('/products?search=goggles')).toEqual(['safety-goggles-indirect']);
    // An array property matches when any of its values does.
    expect(await ids('/products?xp.Certifications=ANSI*&sortBy=ID')).toEqual([
      'hi-vis-vest-class2',
      'safety-glasses-clear',
    ]);
  });

  it('compares numbers inside price breaks', async () => {
    const cheap = await ids('/priceschedules?PriceBreaks.Price=<1&sortBy=ID');
    expect(cheap).toEqual([
      'mailer-envelope-padded-price',
      'shipping-box-12x12x12-price',
      'shipping-box-18x12x6-price',
    ]);
  });

  it('answers an unknown filter property with List.InvalidProperty', async () => {
    const result = await api(sandbox, 'GET', '/products?Colour=Blue', { token });
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('List.InvalidProperty');
  });
});
