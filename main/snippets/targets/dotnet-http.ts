import { csharpString, csharpVerbatim } from '../escape';
import { JSON_CONTENT_TYPE, isNamed, requestUrl, type PreparedRequest } from '../prepared-request';

/** The request with .NET's HttpClient: for calls the SDK snippet cannot type. */
export function dotnetHttpSnippet(request: PreparedRequest): string {
  const contentType = request.headers.find((header) => isNamed(header, 'content-type'));
  const lines = [
    'using System.Net.Http.Headers;',
    'using System.Text;',
    '',
    'using var http = new HttpClient();',
    `using var request = new HttpRequestMessage(new HttpMethod(${csharpString(request.method)}), ${csharpString(requestUrl(request))});`,
    `request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ${csharpString(request.accessToken)});`,
  ];
  for (const header of request.headers) {
    if (header === contentType) continue;
    lines.push(
      `request.Headers.TryAddWithoutValidation(${csharpString(header.name)}, ${csharpString(header.value)});`,
    );
  }
  if (request.body !== undefined) {
    // StringContent takes the bare media type and adds the charset itself.
    const mediaType = (contentType?.value ?? JSON_CONTENT_TYPE).split(';')[0]?.trim() ?? '';
    lines.push(
      `request.Content = new StringContent(${csharpVerbatim(request.body)}, Encoding.UTF8, ${csharpString(mediaType)});`,
    );
  }
  lines.push(
    '',
    'using var response = await http.SendAsync(request);',
    'Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");',
  );
  return `${lines.join('\n')}\n`;
}
