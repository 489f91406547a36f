import { requestHeaders, requestUrl, type PreparedRequest } from '../prepared-request';

/**
 * The request as it goes on the wire, in OrderCloud's documentation style: request line, Host,
 * Authorization, Content-Type, a blank line, the body.
 */
export function httpSnippet(request: PreparedRequest): string {
  const url = new URL(requestUrl(request));
  const lines = [`${request.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const { name, value } of requestHeaders(request, 'always')) lines.push(`${name}: ${value}`);
  return `${lines.join('\n')}\n${request.body === undefined ? '' : `\n${request.body}\n`}`;
}
