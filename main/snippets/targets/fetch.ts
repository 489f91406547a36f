import { jsLiteral, JsExpression } from '../js-literal';
import { jsString } from '../escape';
import { jsonBody, requestHeaders, requestUrl, type PreparedRequest } from '../prepared-request';

/** The request with the Fetch API, valid as JavaScript and TypeScript modules alike. */
export function fetchSnippet(request: PreparedRequest): string {
  const init: Record<string, unknown> = { method: request.method };
  init.headers = Object.fromEntries(
    requestHeaders(request).map(({ name, value }) => [name, value]),
  );
  if (request.body !== undefined) init.body = fetchBody(request, request.body);
  return [
    `const response = await fetch(${jsString(requestUrl(request))}, ${jsLiteral(init)});`,
    'console.log(response.status, await response.text());',
    '',
  ].join('\n');
}

/** JSON is shown as an object literal, easier to edit than an escaped string. */
function fetchBody(request: PreparedRequest, body: string): unknown {
  const json = jsonBody(request);
  return json ? new JsExpression(`JSON.stringify(${jsLiteral(json.value)})`) : body;
}
