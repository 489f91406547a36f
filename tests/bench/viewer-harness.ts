import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../../main/security/csp';
import { findChromium } from '../e2e/support/chromium';
import type {
  HarnessWindow,
  ViewerBench,
  ViewerHarness,
} from '../../renderer/dev/viewer-harness-api';

/**
 * Builds renderer/dev/viewer-harness.html (the response viewer alone) with Vite into a temporary
 * directory and serves it from 127.0.0.1, under the app's own Content-Security-Policy. Used by
 * the viewer's end-to-end tests and its benchmarks; no backend involved.
 */

const rendererRoot = path.resolve('renderer');
const HARNESS_PAGE = 'dev/viewer-harness.html';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface ViewerHarnessServer {
  /** The harness page's URL. */
  url: string;
  close(): Promise<void>;
}

function policyHeader(): Plugin {
  return {
    name: 'viewer-harness-csp',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ delivery: 'meta' }),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export async function startViewerHarness(): Promise<ViewerHarnessServer> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'ocx-viewer-harness-'));
  await build({
    root: rendererRoot,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react(), policyHeader()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: path.join(rendererRoot, HARNESS_PAGE) },
    },
  });

  const server = createServer((request, response) => {
    const file = path.join(
      outDir,
      path.normalize(new URL(request.url ?? '/', 'http://x').pathname),
    );
    if (!file.startsWith(outDir)) return void response.writeHead(403).end();
    readFile(file).then(
      (content) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${HARNESS_PAGE}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** A Chromium page on the harness, for the benchmarks. */
export async function openBenchPage(): Promise<{ page: Page; close(): Promise<void> }> {
  const server = await startViewerHarness();
  const browser = await chromium.launch({
    executablePath: findChromium(),
    // expose-gc: each measurement starts from a collected heap (renderer/dev/viewer-bench.ts).
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  return {
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

type HarnessMethod = Exclude<keyof ViewerHarness, 'bench'>;
type Call<F> = F extends (...args: infer A) => infer R ? { args: A; result: Awaited<R> } : never;

function callInPage(
  page: Page,
  inBench: boolean,
  method: string,
  args: unknown[],
): Promise<unknown> {
  return page.evaluate(
    ({ bench, name, values }) => {
      const harness = (globalThis as unknown as HarnessWindow).viewerHarness;
      const owner = (bench ? harness.bench : harness) as unknown as Record<
        string,
        (...input: unknown[]) => unknown
      >;
      return owner[name]!(...values);
    },
    { bench: inBench, name: method, values: args },
  );
}

/** Calls `window.viewerHarness[method]` in the page (see renderer/dev/viewer-harness-api.ts). */
export function callHarness<K extends HarnessMethod>(
  page: Page,
  method: K,
  ...args: Call<ViewerHarness[K]>['args']
): Promise<Call<ViewerHarness[K]>['result']> {
  return callInPage(page, false, method, args) as Promise<Call<ViewerHarness[K]>['result']>;
}

/** Runs one of the page's measurements (renderer/dev/viewer-bench.ts) with its own clock. */
export function callBench<K extends keyof ViewerBench>(
  page: Page,
  method: K,
  ...args: Call<ViewerBench[K]>['args']
): Promise<Call<ViewerBench[K]>['result']> {
  return callInPage(page, true, method, args) as Promise<Call<ViewerBench[K]>['result']>;
}
