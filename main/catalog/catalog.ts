import type {
  BodyValidation,
  CatalogAccess,
  CatalogOverview,
  CatalogSource,
  OperationDetail,
  SearchHit,
} from '../../preload/contract/catalog';
import { evaluateAccess } from './access';
import { BodyValidator } from './body-validator';
import { CatalogErrorCode, catalogError } from './errors';
import { describeOperation } from './operation-detail';
import { buildOperationIndex, type IndexedOperation, type OperationIndex } from './operation-index';
import { OperationSearch } from './operation-search';
import { SchemaResolver } from './schema-resolver';
import type { OpenApiDocument } from './spec-document';

/** Where a catalog's spec came from: an API base (fetched at `cachedAt`) or a file. */
export interface CatalogOrigin {
  apiBase?: string;
  cachedAt?: string;
}

/**
 * One loaded spec: indexed in a single pass when built; operation details, body validators
 * and their schemas are resolved the first time they are asked for, then kept.
 */
export class Catalog {
  private readonly resolver: SchemaResolver;
  private readonly index: OperationIndex;
  private readonly searchIndex: OperationSearch;
  private readonly details = new Map<string, OperationDetail>();
  private validator: BodyValidator | undefined;

  constructor(
    readonly id: string,
    private readonly document: OpenApiDocument,
    readonly origin: CatalogOrigin,
  ) {
    this.resolver = new SchemaResolver(document);
    this.index = buildOperationIndex(document, this.resolver);
    this.searchIndex = new OperationSearch(this.index.operations);
  }

  get version(): string {
    return this.document.info.version;
  }

  get operationCount(): number {
    return this.index.operations.length;
  }

  overview(source: CatalogSource): CatalogOverview {
    return {
      catalogId: this.id,
      title: this.document.info.title,
      version: this.version,
      ...this.origin,
      operationCount: this.operationCount,
      sections: this.index.sections,
      source,
    };
  }

  operation(operationId: string): OperationDetail {
    let detail = this.details.get(operationId);
    if (!detail) {
      detail = describeOperation(this.indexed(operationId), this.resolver);
      this.details.set(operationId, detail);
    }
    return detail;
  }

  search(query: string, limit: number): SearchHit[] {
    return this.searchIndex.search(query, limit);
  }

  validateBody(operationId: string, body: string): BodyValidation {
    this.validator ??= new BodyValidator();
    return this.validator.validate(operationId, this.operation(operationId).body, body);
  }

  access(grantedRoles: readonly string[]): CatalogAccess {
    return evaluateAccess(this.index.operations, grantedRoles);
  }

  private indexed(operationId: string): IndexedOperation {
    const operation = this.index.byId.get(operationId);
    if (!operation) {
      throw catalogError(
        CatalogErrorCode.OperationNotFound,
        `${this.document.info.title} ${this.version} has no operation ${operationId}.`,
      );
    }
    return operation;
  }
}
