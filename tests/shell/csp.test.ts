import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/security/csp';

const BUILT_PAGE = path.resolve(import.meta.dirname, '../../dist/renderer/index.html');
const NOT_BUILT = 'dist/renderer/index.html is not built (npm run build); csp.ts is checked above';

/** Sources that would let a script in by some other door than a file of the app's own. */
const LOOSE_SCRIPT_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'wasm-unsafe-eval'",
  '*',
  'data:',
  'blob:',
  'http:',
  'https:',
];

interface CspFinding {
  severity: number;
  directive: string;
  description: string;
}
// Google's CSP Evaluator, as Electronegativity ships it (no type declarations).
const evaluator = createRequire(import.meta.url)('@doyensec/csp-evaluator') as {
  CspParser: new (policy: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): CspFinding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM', number>;
};

/** What the evaluator calls HIGH, SYNTAX or MEDIUM; its "maybe" and info findings are advice. */
function seriousFindings(policy: string): string[] {
  const { CspParser, CspEvaluator, Version, severities } = evaluator;
  const serious = [severities.HIGH, severities.SYNTAX, severities.MEDIUM];
  return new CspEvaluator(new CspParser(policy).csp, Version.CSP3)
    .evaluate()
    .filter((finding) => serious.includes(finding.severity))
    .map((finding) => `${finding.directive}: ${finding.description}`);
}

function directives(policy: string): Map<string, string[]> {
  const entries = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => name)
    .map(([name = '', ...sources]): [string, string[]] => [name.toLowerCase(), sources]);
  return new Map(entries);
}

function expectStrict(policy: string): void {
  const parsed = directives(policy);
  const scriptSources = parsed.get('script-src');
  expect(scriptSources, 'script-src must be set, not left to default-src').toBeDefined();
  for (const loose of LOOSE_SCRIPT_SOURCES) expect(scriptSources).not.toContain(loose);
  expect(parsed.get('object-src')).toEqual(["'none'"]);
  expect(parsed.get('base-uri')).toEqual(["'none'"]);
  expect(parsed.get('default-src')).toEqual(["'self'"]);
  expect(parsed.get('frame-src')).toEqual(["'none'"]);
}

/** The policy in the page's <meta http-equiv="Content-Security-Policy">, entities decoded. */
function metaPolicy(html: string): string | undefined {
  const tag = /<meta[^>]+http-equiv=["']?Content-Security-Policy["']?[^>]*>/i.exec(html)?.[0];
  const content = tag && /content="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('the Content-Security-Policy', () => {
  it.each([
    ['as a header (app:// protocol)', contentSecurityPolicy()],
    ['as a meta tag (the built page)', contentSecurityPolicy({ delivery: 'meta' })],
    ['in browser mode', contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:4123'] })],
  ])('from main/security/csp.ts is strict %s', (_delivery, policy) => {
    expectStrict(policy);
    expect(seriousFindings(policy)).toEqual([]);
  });

  it('would be caught by the evaluator if it were loosened', () => {
    expect(seriousFindings("script-src 'self' 'unsafe-inline'; object-src 'none'")).toHaveLength(1);
  });

  it('forbids being framed when it can (a header, not a meta tag)', () => {
    expect(directives(contentSecurityPolicy()).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('is in the built dist/renderer/index.html, strict', ({ skip }) => {
    skip(!existsSync(BUILT_PAGE), NOT_BUILT);
    const policy = metaPolicy(readFileSync(BUILT_PAGE, 'utf8'));
    expect(policy, 'the built page has no CSP meta tag').toBeDefined();
    expectStrict(policy ?? '');
  });

  it('has nothing to allow in the built page: no inline script or handler', ({ skip }) => {
    skip(!existsSync(BUILT_PAGE), NOT_BUILT);
    const html = readFileSync(BUILT_PAGE, 'utf8');
    for (const script of html.match(/<script\b[^>]*>/gi) ?? []) expect(script).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
