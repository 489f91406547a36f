import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { contentSecurityPolicy } from '../../main/security/csp';
import type {
  HarnessCall,
  HarnessSpec,
  HarnessWindow,
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

/** Mounts the viewer in a harness page (opened already) with a fresh response. */
export function mountViewer(page: Page, spec: HarnessSpec): Promise<void> {
  return page.evaluate((s) => (globalThis as unknown as HarnessWindow).viewerHarness.mount(s), spec);
}

/** Re-renders the mounted viewer with some props changed. */
export function updateViewer(page: Page, patch: Partial<HarnessSpec>): Promise<void> {
  return page.evaluate((p) => (globalThis as unknown as HarnessWindow).viewerHarness.update(p), patch);
}

/** The host callbacks the viewer called since it was mounted. */
export function viewerCalls(page: Page): Promise<HarnessCall[]> {
  return page.evaluate(() => (globalThis as unknown as HarnessWindow).viewerHarness.calls());
}
