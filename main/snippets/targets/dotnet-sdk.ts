import { csharpString, csharpVerbatim } from '../escape';
import type { PreparedRequest } from '../prepared-request';
import { typedQueryValue, type SdkCall, type SdkOption } from '../sdk-call';

export interface DotnetClientConfig {
  apiUrl: string;
  authUrl: string;
  clientId: string;
  roles: readonly string[];
}

/** Parameters the .NET SDK types as enums rather than strings. */
const ENUM_TYPES: Record<string, string> = {
  direction: 'OrderDirection',
  thingType: 'XpThingType',
  searchType: 'SearchType',
  level: 'PartyType',
};

const IDENTIFIER = /^[A-Za-z_]\w*$/;

/**
 * The call with the OrderCloud .NET SDK in C# top-level statements: the client configured,
 * then `await client.Resource.ActionAsync(...)` with the session's token passed explicitly.
 * A body needs its model (`LineItem`, `PartialLineItem` for PATCH), so it is deserialized from
 * a verbatim JSON string.
 */
export function dotnetSdkSnippet(
  request: PreparedRequest,
  call: SdkCall,
  config: DotnetClientConfig,
): string {
  const lines = ['using Newtonsoft.Json;', 'using OrderCloud.SDK;'];
  if (call.filters.length > 0) lines.unshift('using System.Collections.Generic;');
  lines.push('', ...clientSetup(config), `var accessToken = ${csharpString(request.accessToken)};`);
  const args = call.pathArgs.map(({ name, value }) => enumOrString(name, value));
  if (call.body?.model) {
    const { variable, model, json, text } = call.body;
    const type = call.isPatch ? `Partial${model}` : model;
    const bodyJson = json ? JSON.stringify(json.value, null, 2) : text;
    lines.push(
      `var ${variable} = JsonConvert.DeserializeObject<${type}>(${csharpVerbatim(bodyJson)});`,
    );
    args.push(variable);
  }
  args.push(...call.options.map((option) => `${option.name}: ${optionValue(option)}`));
  if (call.filters.length > 0) args.push(`filters: ${filtersDictionary(call.filters)}`);
  args.push('accessToken: accessToken');
  const invocation = `await client.${call.resource}.${call.action}Async(${argumentList(args)})`;
  lines.push('');
  if (call.returnsContent) {
    lines.push(
      `var response = ${invocation};`,
      'Console.WriteLine(JsonConvert.SerializeObject(response, Formatting.Indented));',
    );
  } else {
    lines.push(`${invocation};`);
  }
  return `${lines.join('\n')}\n`;
}

function clientSetup({ apiUrl, authUrl, clientId, roles }: DotnetClientConfig): string[] {
  const settings = [
    `ApiUrl = ${csharpString(apiUrl)}`,
    `AuthUrl = ${csharpString(authUrl)}`,
    `ClientId = ${csharpString(clientId)}`,
  ];
  const apiRoles = roles.filter((role) => IDENTIFIER.test(role)).map((role) => `ApiRole.${role}`);
  if (apiRoles.length > 0) settings.push(`Roles = new[] { ${apiRoles.join(', ')} }`);
  return [
    'var client = new OrderCloudClient(new OrderCloudClientConfig',
    '{',
    ...settings.map((setting) => `    ${setting},`),
    '});',
  ];
}

function argumentList(args: readonly string[]): string {
  const inline = args.join(', ');
  return inline.length <= 60 ? inline : `\n${args.map((arg) => `    ${arg}`).join(',\n')}`;
}

/** Repeated values are joined: the SDK takes searchOn and sortBy as comma-separated text. */
function optionValue({ name, type, values }: SdkOption): string {
  const value = typedQueryValue(type, values.join(','));
  return typeof value === 'string' ? enumOrString(name, value) : String(value);
}

/** `OrderDirection.Outgoing` for an enum parameter with a plain value, else a string. */
function enumOrString(name: string, value: string): string {
  const enumType = ENUM_TYPES[name];
  if (!enumType || !IDENTIFIER.test(value)) return csharpString(value);
  return `${enumType}.${value.charAt(0).toUpperCase()}${value.slice(1)}`;
}

function filtersDictionary(filters: readonly SdkOption[]): string {
  const entries = filters.map(({ name, values }) => {
    const value =
      values.length === 1
        ? csharpString(values[0] ?? '')
        : `new[] { ${values.map(csharpString).join(', ')} }`;
    return `[${csharpString(name)}] = ${value}`;
  });
  return `new Dictionary<string, object> { ${entries.join(', ')} }`;
}
