import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Catalog } from '../../main/catalog/catalog';
import { parseSpecText } from '../../main/catalog/spec-document';
import { readRealSpecText } from '../fixtures/openapi/specs';

let realCatalog: Catalog | undefined;

/** The real OrderCloud spec, indexed once per test file. */
export function realSpecCatalog(): Catalog {
  realCatalog ??= new Catalog('real', parseSpecText(readRealSpecText(), 'the real spec'), {});
  return realCatalog;
}

export function temporaryDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ocx-catalog-'));
}

export interface SpecServer {
  url: string;
  /** Requests seen, by path. */
  requests: string[];
  respond: (handler: (request: IncomingMessage, response: ServerResponse) => void) => void;
  close: () => Promise<void>;
}

/** A tiny API on 127.0.0.1 that serves the real spec at /v1/openapi/v3 until told otherwise. */
export async function startSpecServer(): Promise<SpecServer> {
  const specText = readRealSpecText();
  const requests: string[] = [];
  let handler = (request: IncomingMessage, response: ServerResponse) => {
    if (request.url !== '/v1/openapi/v3') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"Errors":[]}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(specText);
  };
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond: (next) => {
      handler = next;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
