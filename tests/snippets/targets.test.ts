import { describe, expect, it } from 'vitest';
import type { SnippetTarget } from '../../preload/contract/snippets';
import type { RequestDraft } from '../../preload/contract/request-draft';
import {
  checkModuleSyntax,
  checkShellSyntax,
  readCsharpVerbatim,
  snippet,
  typeScriptSyntaxErrors,
  typeScriptTypeErrors,
} from './support';

type DraftInput = Omit<Partial<RequestDraft>, 'query'> & {
  query?: { name: string; value: string }[];
};

function draft(input: DraftInput): RequestDraft {
  const pairs = (list: { name: string; value: string }[] = []) =>
    list.map((pair) => ({ ...pair, enabled: true }));
  return { method: 'GET', path: '/v1/me', ...input, query: pairs(input.query), headers: [] };
}

const meGet = draft({ path: '/v1/me', operationId: 'Me.Get' });
const productsList = draft({
  path: '/products',
  operationId: 'Products.List',
  query: [
    { name: 'search', value: 'red shirt' },
    { name: 'searchOn', value: 'Name,Description' },
    { name: 'sortBy', value: 'Name,!ID' },
    { name: 'page', value: '2' },
    { name: 'pageSize', value: '50' },
    { name: 'xp.Color', value: 'red' },
    { name: 'Name', value: 'Sh*' },
    { name: 'Name', value: '!Shoe' },
  ],
});
const ordersCreate = draft({
  method: 'POST',
  path: '/v1/orders/Outgoing',
  operationId: 'Orders.Create',
  body: '{\n  "ID": "order-1",\n  "Comments": "Leave at the door"\n}',
});
const lineItemsCreate = draft({
  method: 'POST',
  path: '/v1/orders/Outgoing/order-1/lineitems',
  operationId: 'LineItems.Create',
  body: '{"ProductID":"SHIRT","Quantity":2}',
});
const trickyBody = draft({
  method: 'POST',
  path: '/v1/orders/Outgoing/o1/lineitems',
  operationId: 'LineItems.Create',
  body: JSON.stringify({
    ProductID: `it's "quoted"`,
    Specs: [{ Value: 'line one\nline two\ttab \\ backslash' }],
    xp: { Note: 'unicode ☃ 日本 🚀 \u2028 $HOME `id`' },
  }),
});
const unknownOperation = draft({
  method: 'PUT',
  path: '/v1/integrations/thing',
  operationId: 'Integrations.DoThing',
  body: `raw 'text' with "quotes"`,
});

const ALL_DRAFTS = {
  meGet,
  productsList,
  ordersCreate,
  lineItemsCreate,
  trickyBody,
  unknownOperation,
};

async function code(request: RequestDraft, target: SnippetTarget): Promise<string> {
  return (await snippet({ draft: request, target })).code;
}

describe('every target, every request', () => {
  for (const [name, request] of Object.entries(ALL_DRAFTS)) {
    it(`${name}: curl is valid shell`, async () => {
      checkShellSyntax(await code(request, 'curl'));
    });

    it(`${name}: JavaScript snippets parse as modules`, async () => {
      checkModuleSyntax(await code(request, 'js-sdk'));
      checkModuleSyntax(await code(request, 'fetch'));
    });

    it(`${name}: the TypeScript snippet has no syntax error`, async () => {
      expect(typeScriptSyntaxErrors(await code(request, 'ts-sdk'))).toEqual([]);
    });

    it(`${name}: every snippet carries the token placeholder`, async () => {
      for (const target of ['curl', 'http', 'js-sdk', 'ts-sdk', 'dotnet-sdk', 'fetch'] as const) {
        expect(await code(request, target), target).toContain('YOUR_ACCESS_TOKEN');
      }
    });
  }
});

describe('TypeScript against the SDK', () => {
  it('type-checks every SDK snippet with the installed ordercloud-javascript-sdk', async () => {
    const patch = draft({
      method: 'PATCH',
      path: '/v1/orders/Outgoing/o1/lineitems/li1',
      operationId: 'LineItems.Patch',
      body: '{"Quantity":3}',
    });
    const remove = draft({
      method: 'DELETE',
      path: '/v1/products/p1',
      operationId: 'Products.Delete',
    });
    const requests = [
      meGet,
      productsList,
      ordersCreate,
      lineItemsCreate,
      trickyBody,
      patch,
      remove,
    ];
    const snippets = await Promise.all(requests.map((request) => code(request, 'ts-sdk')));
    expect(typeScriptTypeErrors(snippets)).toEqual([]);
  });
});

describe('Me.Get', () => {
  it('is the SDK call with no arguments, after configuration and token', async () => {
    const js = await code(meGet, 'js-sdk');
    expect(js).toBe(
      [
        'import { Configuration, Tokens, Me } from "ordercloud-javascript-sdk";',
        '',
        'Configuration.Set({',
        '  baseApiUrl: "https://sandboxapi.ordercloud.io",',
        '});',
        'Tokens.SetAccessToken("YOUR_ACCESS_TOKEN");',
        '',
        'const response = await Me.Get();',
        'console.log(response);',
        '',
      ].join('\n'),
    );
    expect(await code(meGet, 'dotnet-sdk')).toContain(
      'var response = await client.Me.GetAsync(accessToken: accessToken);',
    );
  });

  it('is raw HTTP as OrderCloud documents it', async () => {
    expect(await code(meGet, 'http')).toBe(
      [
        'GET /v1/me HTTP/1.1',
        'Host: sandboxapi.ordercloud.io',
        'Authorization: Bearer YOUR_ACCESS_TOKEN',
        'Content-Type: application/json; charset=UTF-8',
        '',
      ].join('\n'),
    );
  });

  it('configures the .NET client with API and auth URLs, client id and roles', async () => {
    const { code: csharp } = await snippet({
      draft: meGet,
      target: 'dotnet-sdk',
      apiUrl: 'https://useast-sandbox.ordercloud.io/v1/',
      authUrl: 'https://useast-sandbox.ordercloud.io',
      clientId: 'client-123',
      roles: ['MeAdmin', 'Shopper', 'not a role'],
    });
    expect(csharp).toContain(
      [
        'var client = new OrderCloudClient(new OrderCloudClientConfig',
        '{',
        '    ApiUrl = "https://useast-sandbox.ordercloud.io",',
        '    AuthUrl = "https://useast-sandbox.ordercloud.io",',
        '    ClientId = "client-123",',
        '    Roles = new[] { ApiRole.MeAdmin, ApiRole.Shopper },',
        '});',
      ].join('\n'),
    );
  });
});

describe('Products.List with filters, sort and page', () => {
  it('passes list options and filters to the JavaScript SDK, typed', async () => {
    expect(await code(productsList, 'js-sdk')).toContain(
      [
        'const response = await Products.List({',
        '  search: "red shirt",',
        '  searchOn: ["Name", "Description"],',
        '  sortBy: ["Name", "!ID"],',
        '  page: 2,',
        '  pageSize: 50,',
        '  filters: {',
        '    "xp.Color": "red",',
        '    Name: ["Sh*", "!Shoe"],',
        '  },',
        '});',
      ].join('\n'),
    );
  });

  it('passes named arguments and a filters dictionary to the .NET SDK', async () => {
    const csharp = await code(productsList, 'dotnet-sdk');
    expect(csharp).toContain('using System.Collections.Generic;');
    expect(csharp).toContain(
      [
        'var response = await client.Products.ListAsync(',
        '    search: "red shirt",',
        '    searchOn: "Name,Description",',
        '    sortBy: "Name,!ID",',
        '    page: 2,',
        '    pageSize: 50,',
        '    filters: new Dictionary<string, object> { ["xp.Color"] = "red", ["Name"] = new[] { "Sh*", "!Shoe" } },',
        '    accessToken: accessToken);',
      ].join('\n'),
    );
  });

  it('keeps the query readable but encoded in URLs', async () => {
    expect(await code(productsList, 'curl')).toContain(
      "'https://sandboxapi.ordercloud.io/v1/products?search=red%20shirt&searchOn=Name,Description&sortBy=Name,!ID&page=2&pageSize=50&xp.Color=red&Name=Sh*&Name=!Shoe'",
    );
  });
});

describe('Orders.Create with a body', () => {
  it('declares the body and passes it after the direction', async () => {
    const js = await code(ordersCreate, 'js-sdk');
    expect(js).toContain('const order = {\n  ID: "order-1",\n  Comments: "Leave at the door",\n};');
    expect(js).toContain('const response = await Orders.Create("Outgoing", order);');
    const ts = await code(ordersCreate, 'ts-sdk');
    expect(ts).toContain('import type { Order } from "ordercloud-javascript-sdk";');
    expect(ts).toContain('const order: Order = {');
  });

  it('deserializes the body into its model in C#', async () => {
    const csharp = await code(ordersCreate, 'dotnet-sdk');
    expect(csharp).toContain('var order = JsonConvert.DeserializeObject<Order>(@"{');
    expect(csharp).toContain(
      'var response = await client.Orders.CreateAsync(OrderDirection.Outgoing, order, accessToken: accessToken);',
    );
  });

  it('sends the body as typed in curl, raw HTTP and fetch', async () => {
    expect(await code(ordersCreate, 'curl')).toContain(`--data-raw '${ordersCreate.body}'`);
    expect(await code(ordersCreate, 'http')).toMatch(/charset=UTF-8\n\n\{\n {2}"ID": "order-1"/);
    expect(await code(ordersCreate, 'fetch')).toContain(
      'body: JSON.stringify({\n    ID: "order-1",',
    );
  });
});

describe('LineItems.Create with path parameters', () => {
  it('passes direction and order id in path order, then the body', async () => {
    expect(await code(lineItemsCreate, 'js-sdk')).toContain(
      'await LineItems.Create("Outgoing", "order-1", lineItem);',
    );
    expect(await code(lineItemsCreate, 'dotnet-sdk')).toContain(
      [
        'var response = await client.LineItems.CreateAsync(',
        '    OrderDirection.Outgoing,',
        '    "order-1",',
        '    lineItem,',
        '    accessToken: accessToken);',
      ].join('\n'),
    );
  });

  it('types a PATCH body as partial', async () => {
    const patch = draft({
      method: 'PATCH',
      path: '/v1/orders/Outgoing/o1/lineitems/li1',
      operationId: 'LineItems.Patch',
      body: '{"Quantity":3}',
    });
    expect(await code(patch, 'ts-sdk')).toContain('const lineItem: PartialDeep<LineItem> = {');
    expect(await code(patch, 'dotnet-sdk')).toContain('DeserializeObject<PartialLineItem>(');
  });

  it('awaits a call that answers nothing without keeping its result', async () => {
    const remove = draft({
      method: 'DELETE',
      path: '/v1/products/p1',
      operationId: 'Products.Delete',
    });
    expect(await code(remove, 'js-sdk')).toContain('\nawait Products.Delete("p1");\n');
    expect(await code(remove, 'dotnet-sdk')).toContain(
      '\nawait client.Products.DeleteAsync("p1", accessToken: accessToken);\n',
    );
  });
});

describe('an unknown operation', () => {
  it('falls back to a direct call, and says so', async () => {
    for (const target of ['js-sdk', 'ts-sdk'] as const) {
      const text = await code(unknownOperation, target);
      expect(text).toMatch(/^\/\/ The SDK call for this request cannot be written/);
      expect(text).toContain(
        'await fetch("https://sandboxapi.ordercloud.io/v1/integrations/thing"',
      );
    }
    const csharp = await code(unknownOperation, 'dotnet-sdk');
    expect(csharp).toContain('new HttpRequestMessage(new HttpMethod("PUT"), ');
    expect(readCsharpVerbatim(/StringContent\((@"(?:[^"]|"")*")/.exec(csharp)?.[1] ?? '')).toBe(
      unknownOperation.body,
    );
  });

  it('also falls back when no spec is available', async () => {
    const { code: js } = await snippet({ draft: meGet, target: 'js-sdk' }, {});
    expect(js).toContain('await fetch(');
    const failing = { describeOperation: () => Promise.reject(new Error('cache unreadable')) };
    expect((await snippet({ draft: meGet, target: 'ts-sdk' }, failing)).code).toContain('fetch(');
  });
});

describe('a body with quotes, new lines and unicode', () => {
  const original = JSON.parse(trickyBody.body ?? '') as unknown;

  it('survives the shell', async () => {
    const curl = await code(trickyBody, 'curl');
    checkShellSyntax(curl);
    expect(curl).toContain(`--data-raw '{"ProductID":"it'\\''s \\"quoted\\"",`);
  });

  it('survives JavaScript', async () => {
    const js = await code(trickyBody, 'js-sdk');
    const literal = /const lineItem = (\{[\s\S]*?\n\});/.exec(js)?.[1] ?? '';
    expect(new Function(`return ${literal};`)()).toEqual(original);
  });

  it('survives a C# verbatim string', async () => {
    const csharp = await code(trickyBody, 'dotnet-sdk');
    const literal = /DeserializeObject<LineItem>\((@"(?:[^"]|"")*")\);/.exec(csharp)?.[1] ?? '';
    expect(JSON.parse(readCsharpVerbatim(literal))).toEqual(original);
  });

  it('survives raw HTTP untouched', async () => {
    expect((await code(trickyBody, 'http')).endsWith(`\n\n${trickyBody.body}\n`)).toBe(true);
  });
});

describe('headers and secrets typed into the draft', () => {
  const withSecrets: RequestDraft = {
    method: 'POST',
    path: '/v1/buyers/b1/users',
    operationId: 'Users.Create',
    query: [{ name: 'access_token', value: 'CANARY-QUERY', enabled: true }],
    headers: [
      { name: 'Authorization', value: 'Bearer CANARY-HEADER', enabled: true },
      { name: 'X-Request-Tag', value: "it's mine", enabled: true },
      { name: 'X-Off', value: 'disabled', enabled: false },
    ],
    body: '{"Username":"u","Password":"CANARY-PASSWORD"}',
  };

  it('masks them in every target and keeps the other headers', async () => {
    for (const target of ['curl', 'http', 'js-sdk', 'ts-sdk', 'dotnet-sdk', 'fetch'] as const) {
      const text = await code(withSecrets, target);
      expect(text, target).not.toContain('CANARY');
      expect(text, target).not.toContain('X-Off');
    }
    const curl = await code(withSecrets, 'curl');
    expect(curl).toContain(`--header 'X-Request-Tag: it'\\''s mine'`);
    checkShellSyntax(curl);
  });
});
