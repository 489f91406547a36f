import type { z } from 'zod';
import type { snippetChannels } from '../../preload/contract/snippets';
import { generateSnippet, type SnippetDeps } from './generate';

type SnippetChannels = typeof snippetChannels;

/** One handler per snippet channel, typed from the contract like the app's HandlerMap. */
export type SnippetHandlers = {
  [K in keyof SnippetChannels]: (
    input: z.output<SnippetChannels[K]['input']>,
  ) => Promise<z.output<SnippetChannels[K]['output']>>;
};

export type { GetAccessToken, SnippetDeps as SnippetHandlerDeps } from './generate';

export function createSnippetHandlers(deps: SnippetDeps): SnippetHandlers {
  return {
    'snippets.generate': (input) => generateSnippet(input, deps),
  };
}
