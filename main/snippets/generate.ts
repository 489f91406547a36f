import type { Snippet, SnippetRequest, SnippetTarget } from '../../preload/contract/snippets';
import { OcxError } from '../bridge/errors';
import { redactDraft } from '../security/redact';
import type { DescribeOperation } from './operation-shape';
import { TOKEN_PLACEHOLDER, prepareRequest, type PreparedRequest } from './prepared-request';
import { mapSdkCall, type SdkCall } from './sdk-call';
import { curlSnippet } from './targets/curl';
import { dotnetHttpSnippet } from './targets/dotnet-http';
import { dotnetSdkSnippet, type DotnetClientConfig } from './targets/dotnet-sdk';
import { fetchSnippet } from './targets/fetch';
import { httpSnippet } from './targets/http';
import { jsSdkSnippet } from './targets/js-sdk';
import { tsSdkSnippet } from './targets/ts-sdk';

/** A signed-in session's current access token; undefined when it is not signed in. */
export type GetAccessToken = (
  profileId: string,
  perspectiveId: string,
) => Promise<string | undefined>;

export interface SnippetDeps {
  getAccessToken?: GetAccessToken;
  describeOperation?: DescribeOperation;
}

export const SnippetErrorCode = {
  SessionRequired: 'SnippetSessionRequired',
  NotSignedIn: 'SnippetNotSignedIn',
} as const;

const TOKEN_WARNING =
  'This snippet contains your access token: whoever has it can call the API as you until it ' +
  'expires. Share it with care.';

const SDK_TARGETS: ReadonlySet<SnippetTarget> = new Set(['js-sdk', 'ts-sdk', 'dotnet-sdk']);

/** Code for a request. Secrets typed into the draft are masked; the token only if asked for. */
export async function generateSnippet(input: SnippetRequest, deps: SnippetDeps): Promise<Snippet> {
  const token = input.includeToken ? await sessionToken(input, deps) : TOKEN_PLACEHOLDER;
  const request = prepareRequest(redactDraft(input.draft), input.apiUrl, token);
  const call = SDK_TARGETS.has(input.target)
    ? await sdkCallFor(request, input.apiUrl, deps)
    : undefined;
  const dotnet: DotnetClientConfig = {
    apiUrl: request.apiBase,
    authUrl: input.authUrl ?? request.apiBase,
    clientId: input.clientId ?? 'YOUR_CLIENT_ID',
    roles: input.roles ?? [],
  };
  const snippet = renderSnippet(input.target, request, call, dotnet);
  return input.includeToken ? { ...snippet, warning: TOKEN_WARNING } : snippet;
}

const NO_SDK_CALL =
  '// The SDK call for this request cannot be written from the loaded spec,\n' +
  '// so this calls the API directly.\n';

function renderSnippet(
  target: SnippetTarget,
  request: PreparedRequest,
  call: SdkCall | undefined,
  dotnet: DotnetClientConfig,
): Snippet {
  switch (target) {
    case 'curl':
      return { code: curlSnippet(request), language: 'shell' };
    case 'http':
      return { code: httpSnippet(request), language: 'http' };
    case 'fetch':
      return { code: fetchSnippet(request), language: 'javascript' };
    case 'js-sdk': {
      const code = call ? jsSdkSnippet(request, call) : NO_SDK_CALL + fetchSnippet(request);
      return { code, language: 'javascript' };
    }
    case 'ts-sdk': {
      const code = call ? tsSdkSnippet(request, call) : NO_SDK_CALL + fetchSnippet(request);
      return { code, language: 'typescript' };
    }
    case 'dotnet-sdk': {
      // The SDK only takes a typed body: without a model name the call cannot be written.
      const typable = call && (call.body === undefined || call.body.model !== undefined);
      const code = typable
        ? dotnetSdkSnippet(request, call, dotnet)
        : NO_SDK_CALL + dotnetHttpSnippet(request);
      return { code, language: 'csharp' };
    }
  }
}

async function sdkCallFor(
  request: PreparedRequest,
  apiUrl: string,
  { describeOperation }: SnippetDeps,
): Promise<SdkCall | undefined> {
  if (!request.operationId || !describeOperation) return undefined;
  // A spec that cannot be read costs the SDK form of the snippet, not the snippet.
  const shape = await describeOperation(apiUrl, request.operationId).catch(() => undefined);
  return mapSdkCall(request, shape);
}

async function sessionToken(
  input: SnippetRequest,
  { getAccessToken }: SnippetDeps,
): Promise<string> {
  if (!input.session || !getAccessToken) {
    throw new OcxError(
      SnippetErrorCode.SessionRequired,
      'Choose a signed-in perspective to put its token in the snippet.',
    );
  }
  const token = await getAccessToken(input.session.profileId, input.session.perspectiveId);
  if (!token) {
    throw new OcxError(
      SnippetErrorCode.NotSignedIn,
      'This perspective is not signed in. Sign in, or leave the token out of the snippet.',
    );
  }
  return token;
}
