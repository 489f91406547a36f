import { OcxError } from '../bridge/errors';

/** The catalog's expected failures, each with a message that says what to do next. */
export const CatalogErrorCode = {
  Unreachable: 'CatalogUnreachable',
  HttpError: 'CatalogHttpError',
  NotJson: 'CatalogNotJson',
  NotOpenApi: 'CatalogNotOpenApi',
  FileUnreadable: 'CatalogFileUnreadable',
  NotLoaded: 'CatalogNotLoaded',
  OperationNotFound: 'CatalogOperationNotFound',
  SchemaUnusable: 'CatalogSchemaUnusable',
  Unsupported: 'CatalogUnsupported',
} as const;

export type CatalogErrorCode = (typeof CatalogErrorCode)[keyof typeof CatalogErrorCode];

export function catalogError(code: CatalogErrorCode, message: string, details?: unknown): OcxError {
  return new OcxError(code, message, details);
}

export const API_URL_HINT =
  'The API URL should be the API host, like https://sandboxapi.ordercloud.io.';
