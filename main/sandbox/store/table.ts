/** Records of one kind, grouped by scope (a buyer, a catalog, an order; '' when global). */
export class Table<T extends object> {
  private readonly scopes = new Map<string, Map<string, T>>();

  constructor(private readonly keyOf: (record: T) => string = (record) => idOf(record)) {}

  /** IDs are case-insensitive in OrderCloud, so keys are compared lowercased. */
  private static normalize(key: string): string {
    return key.toLowerCase();
  }

  get(scope: string, key: string): T | undefined {
    return this.scopes.get(Table.normalize(scope))?.get(Table.normalize(key));
  }

  has(scope: string, key: string): boolean {
    return this.get(scope, key) !== undefined;
  }

  /** Inserts or replaces, keeping the original position of a replaced record. */
  put(scope: string, record: T): T {
    const scopeKey = Table.normalize(scope);
    let records = this.scopes.get(scopeKey);
    if (!records) {
      records = new Map();
      this.scopes.set(scopeKey, records);
    }
    records.set(Table.normalize(this.keyOf(record)), record);
    return record;
  }

  delete(scope: string, key: string): boolean {
    return this.scopes.get(Table.normalize(scope))?.delete(Table.normalize(key)) ?? false;
  }

  /** Deletes every record, in any scope, that matches; returns how many went. */
  deleteWhere(predicate: (record: T, scope: string) => boolean): number {
    let deleted = 0;
    for (const [scope, records] of this.scopes) {
      for (const [key, record] of records) {
        if (predicate(record, scope) && records.delete(key)) deleted++;
      }
    }
    return deleted;
  }

  deleteScope(scope: string): void {
    this.scopes.delete(Table.normalize(scope));
  }

  list(scope: string): T[] {
    return [...(this.scopes.get(Table.normalize(scope))?.values() ?? [])];
  }

  /** Every record with the (normalized) scope it lives in. */
  *entries(): Generator<[string, T]> {
    for (const [scope, records] of this.scopes) {
      for (const record of records.values()) yield [scope, record];
    }
  }

  toJSON(): Record<string, T[]> {
    return Object.fromEntries(
      [...this.scopes].map(([scope, records]) => [scope, [...records.values()]]),
    );
  }

  load(data: Record<string, T[]>): this {
    for (const [scope, records] of Object.entries(data)) {
      for (const record of records) this.put(scope, record);
    }
    return this;
  }
}

function idOf(record: object): string {
  const id = (record as { ID?: unknown }).ID;
  if (typeof id !== 'string') throw new Error('A record without a string ID cannot be stored.');
  return id;
}
