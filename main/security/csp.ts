/**
 * The renderer's Content-Security-Policy. Scripts only from the app itself (no inline, no eval),
 * no plugins, no <base> rewriting, no framing. Inline style attributes stay allowed because
 * virtualised lists position rows with them; styles cannot run code.
 */
export function contentSecurityPolicy(
  options: { connectSrc?: string[]; delivery?: 'header' | 'meta' } = {},
): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.connectSrc ?? [])],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
    // Browsers ignore frame-ancestors in a <meta> policy and warn about it.
    ...(options.delivery === 'meta' ? {} : { 'frame-ancestors': ["'none'"] }),
    'worker-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
