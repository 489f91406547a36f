import type { requestChannels, requestEvents } from '../../preload/contract/requests';
import type { AccountServices } from '../sessions/account-services';
import type { FeatureEventSink, FeatureHandlers } from '../sessions/feature-handlers';
import { listAllPages } from './paging';

export function createRequestHandlers(
  services: AccountServices,
  emit: FeatureEventSink<typeof requestEvents>,
): FeatureHandlers<typeof requestChannels> {
  const { executor } = services;
  return {
    'requests.send': (request, { body }) => executor.execute(request, body),
    'requests.cancel': ({ requestId }) => ({ cancelled: executor.cancel(requestId) }),
    'requests.listAll': (request) =>
      listAllPages(executor, request, {
        onPage: ({ page, body }) =>
          emit('requests.page', { requestId: request.requestId, page, body }),
        onProgress: (progress) => emit('requests.progress', progress),
      }),
  };
}
