// The running marketplace: its state (seeded, or loaded from --data), saving, and reset.
import type { ApiRoute } from './api';
import type { SandboxReadyInfo } from './index';
import { Router } from './http/router';
import openApiDocument from './openapi.json' with { type: 'json' };
import { operationHandlers } from './resources';
import { CLIENT_IDS, SEED_USERS } from './seed/credentials';
import { buildSeedState } from './seed';
import type { OpenApiDocument } from './spec/document';
import { SandboxSpec } from './spec/sandbox-spec';
import { findParty } from './store/parties';
import { readStateFile, StateWriter } from './store/persistence';
import { SandboxState } from './store/state';

let spec: SandboxSpec | undefined;

/** The sandbox's own OpenAPI document, parsed once per process. */
export function sandboxSpec(): SandboxSpec {
  spec ??= new SandboxSpec(openApiDocument as unknown as OpenApiDocument);
  return spec;
}

/** Routes from the document, each to its handler; the two must name exactly the same operations. */
export function buildRouter(source: SandboxSpec): Router<ApiRoute> {
  const documented = new Set(source.operations.map((operation) => operation.id));
  const missing = [...documented].filter((id) => !operationHandlers[id]);
  const undocumented = Object.keys(operationHandlers).filter((id) => !documented.has(id));
  if (missing.length || undocumented.length) {
    throw new Error(
      `main/sandbox/openapi.json and the handlers disagree (run node scripts/make-sandbox-spec.mjs). ` +
        `Without handler: ${missing.join(', ') || 'none'}. Not in the document: ${undocumented.join(', ') || 'none'}.`,
    );
  }
  return new Router(
    source.operations.map((operation) => ({
      method: operation.method,
      path: operation.path,
      target: { operation, definition: operationHandlers[operation.id]! },
    })),
  );
}

export class Marketplace {
  private constructor(
    private current: SandboxState,
    private readonly writer: StateWriter | undefined,
  ) {}

  /** With a data file, the state lives there (seeded on first use); otherwise in memory. */
  static async open(dataFile?: string): Promise<Marketplace> {
    if (!dataFile) return new Marketplace(await buildSeedState(), undefined);
    const saved = await readStateFile(dataFile);
    let state: SandboxState;
    try {
      state = saved === undefined ? await buildSeedState() : SandboxState.fromJSON(saved);
    } catch (error) {
      throw new Error(`${dataFile} is not a sandbox data file: ${(error as Error).message}`);
    }
    const marketplace: Marketplace = new Marketplace(
      state,
      new StateWriter(dataFile, (): string => JSON.stringify(marketplace.current)),
    );
    if (saved === undefined) await marketplace.commit();
    return marketplace;
  }

  get state(): SandboxState {
    return this.current;
  }

  /** Saves the state when it has a file; resolves when the write is durable. */
  commit(): Promise<void> {
    return this.writer?.commit() ?? Promise.resolve();
  }

  /** Back to the seed (a new signing key, so earlier tokens stop working). */
  async reset(): Promise<void> {
    this.current = await buildSeedState();
    await this.commit();
  }

  clients(): SandboxReadyInfo['clients'] {
    return this.current.tables.apiClients.list('').map((client) => ({
      clientId: client.ID,
      name: client.AppName,
      anonymous: client.IsAnonBuyer,
      refreshTokenDuration: client.RefreshTokenDuration,
      ...(client.ClientSecret && { clientSecret: client.ClientSecret }),
    }));
  }

  defaultClientId(): string {
    return (
      this.current.tables.apiClients.get('', CLIENT_IDS.defaultAccess)?.ID ??
      this.clients()[0]?.clientId ??
      ''
    );
  }

  /** The seed's published sign-ins, for users that still exist. */
  users(): SandboxReadyInfo['users'] {
    return SEED_USERS.flatMap((seed) => {
      const companyID = seed.companyID ?? this.current.seller.ID;
      if (!seed.password || !findParty(this.current, seed.userType, companyID, seed.id)) return [];
      return [
        {
          username: seed.username,
          password: seed.password,
          userType: seed.userType,
          ...(seed.userType === 'buyer' && { buyerId: companyID }),
          ...(seed.userType === 'supplier' && { supplierId: companyID }),
        },
      ];
    });
  }
}
