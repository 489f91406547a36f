import { z } from 'zod';
import { channel } from './define';
import { RequestDraft } from './request-draft';

const Id = z.string().min(1).max(100);

const HttpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'Use an http:// or https:// URL');

export const SnippetTarget = z.enum(['curl', 'http', 'js-sdk', 'ts-sdk', 'dotnet-sdk', 'fetch']);
export type SnippetTarget = z.infer<typeof SnippetTarget>;

/** What the code viewer highlights the snippet as. */
export const SnippetLanguage = z.enum(['shell', 'http', 'javascript', 'typescript', 'csharp']);
export type SnippetLanguage = z.infer<typeof SnippetLanguage>;

export const SnippetRequest = z.object({
  draft: RequestDraft,
  target: SnippetTarget,
  /** The API base, as a profile's environment gives it: `https://sandboxapi.ordercloud.io`. */
  apiUrl: HttpUrl,
  /** For the .NET SDK's configuration; the API base when absent. */
  authUrl: HttpUrl.optional(),
  clientId: z.string().max(100).optional(),
  roles: z.array(z.string().max(100)).max(200).optional(),
  /** The session whose token `includeToken` puts in the snippet. */
  session: z.object({ profileId: Id, perspectiveId: Id }).optional(),
  /** Without it the snippet carries the placeholder YOUR_ACCESS_TOKEN, never a real token. */
  includeToken: z.boolean().default(false),
});
export type SnippetRequest = z.infer<typeof SnippetRequest>;

export const Snippet = z.object({
  code: z.string(),
  language: SnippetLanguage,
  /** Something to tell the user before they copy it, e.g. that it contains their token. */
  warning: z.string().optional(),
});
export type Snippet = z.infer<typeof Snippet>;

export const snippetChannels = {
  'snippets.generate': channel(SnippetRequest, Snippet),
};
