import type { RequestDraft } from '../../preload/contract';

/** The draft asking for another page of the same list. */
export function withPage(draft: RequestDraft, page: number, pageSize: number): RequestDraft {
  const others = draft.query.filter((pair) => !/^(page|pageSize)$/i.test(pair.name));
  return {
    ...draft,
    query: [
      ...others,
      { name: 'page', value: String(page), enabled: true },
      { name: 'pageSize', value: String(pageSize), enabled: true },
    ],
  };
}
