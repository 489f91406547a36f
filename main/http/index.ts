export { RequestExecutor, type SendRequest, type TokenSource } from './executor';
export {
  listAllPages,
  PAGE_SIZE,
  type ListAllInput,
  type ListAllCallbacks,
  type ListedPage,
} from './paging';
export {
  HttpTransport,
  DEFAULT_HTTP_SETTINGS,
  type HttpSettings,
  type OutgoingRequest,
  type IncomingResponse,
} from './transport';
export {
  ActionableError,
  isActionable,
  networkFailure,
  unexpectedResponse,
  NetworkCode,
  type FailureKind,
} from './failures';
export { apiUrlFor, normalizeApiBase } from './api-url';
export { parseJsonBytes, orderCloudErrors, isJson } from './json-body';
