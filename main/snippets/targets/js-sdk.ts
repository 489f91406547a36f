import { jsString } from '../escape';
import { jsLiteral } from '../js-literal';
import type { PreparedRequest } from '../prepared-request';
import { typedQueryValue, type SdkCall, type SdkOption } from '../sdk-call';

const SDK_PACKAGE = jsString('ordercloud-javascript-sdk');

/** The call with ordercloud-javascript-sdk, as an ES module in JavaScript. */
export function jsSdkSnippet(request: PreparedRequest, call: SdkCall): string {
  return sdkProgram(request, call, { typed: false });
}

/**
 * Configures the SDK, sets the token, then makes the call with its arguments in the SDK's order.
 * Typed, the body is declared with its model, so the compiler checks it.
 */
export function sdkProgram(
  request: PreparedRequest,
  call: SdkCall,
  { typed }: { typed: boolean },
): string {
  const bodyModel = typed && call.body?.model;
  const lines = [`import { Configuration, Tokens, ${call.resource} } from ${SDK_PACKAGE};`];
  if (bodyModel) {
    const types = call.isPatch ? `${bodyModel}, PartialDeep` : bodyModel;
    lines.push(`import type { ${types} } from ${SDK_PACKAGE};`);
  }
  lines.push(
    '',
    `Configuration.Set(${jsLiteral({ baseApiUrl: request.apiBase })});`,
    `Tokens.SetAccessToken(${jsString(request.accessToken)});`,
    '',
  );
  const args = call.pathArgs.map(({ value }) => jsString(value));
  if (call.body) {
    const { variable, json, text } = call.body;
    const type = bodyModel ? `: ${call.isPatch ? `PartialDeep<${bodyModel}>` : bodyModel}` : '';
    lines.push(`const ${variable}${type} = ${json ? jsLiteral(json.value) : jsString(text)};`);
    args.push(variable);
  }
  const options = listOptions(call);
  if (options) args.push(jsLiteral(options));
  const invocation = `await ${call.resource}.${call.action}(${args.join(', ')})`;
  if (call.returnsContent) lines.push(`const response = ${invocation};`, 'console.log(response);');
  else lines.push(`${invocation};`);
  return `${lines.join('\n')}\n`;
}

/** `{ search, sortBy: [...], page: 2, filters: { "xp.Color": "red" } }`, or nothing. */
function listOptions(call: SdkCall): Record<string, unknown> | undefined {
  const entries: [string, unknown][] = call.options.map((option) => [option.name, jsValue(option)]);
  if (call.filters.length > 0) {
    const filters = call.filters.map(({ name, values }) => [
      name,
      values.length === 1 ? values[0] : values,
    ]);
    entries.push(['filters', Object.fromEntries(filters)]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** The SDK's typed option: numbers, booleans, and arrays for searchOn and sortBy. */
function jsValue({ type, values }: SdkOption): unknown {
  if (type === 'array') return values.flatMap((value) => value.split(',')).filter(Boolean);
  const typed = values.map((value) => typedQueryValue(type, value));
  return typed.length === 1 ? typed[0] : typed;
}
