import { shellQuote } from '../escape';
import { requestHeaders, requestUrl, type PreparedRequest } from '../prepared-request';

/** A curl command, one option a line, every word single-quoted for POSIX shells. */
export function curlSnippet(request: PreparedRequest): string {
  const words = [`curl ${shellQuote(requestUrl(request))}`];
  if (request.method === 'HEAD') words.push('--head');
  else if (request.method !== 'GET') words.push(`--request ${request.method}`);
  for (const { name, value } of requestHeaders(request)) {
    words.push(`--header ${shellQuote(`${name}: ${value}`)}`);
  }
  if (request.body !== undefined) words.push(`--data-raw ${shellQuote(request.body)}`);
  return `${words.join(' \\\n  ')}\n`;
}
