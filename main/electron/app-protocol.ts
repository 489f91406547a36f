import { protocol } from 'electron';
import { contentSecurityPolicy } from '../security/csp';
import { readStaticFile } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before 'ready': gives app:// an origin, secure context and fetch() like https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://renderer/ with the CSP as a header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}

export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  // readStaticFile refuses paths that resolve outside rendererDir (../, %2e%2e%2f, ...).
  const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
