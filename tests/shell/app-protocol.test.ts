import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../main/security/csp';
import { __fake } from '../fakes/electron';
import { INDEX_HTML, startShell } from './support';

beforeAll(async () => {
  const { distDir } = await startShell();
  // A file beside the renderer folder that no request may reach.
  writeFileSync(path.join(distDir, 'secret.txt'), 'not for the renderer');
});

describe('the app:// protocol', () => {
  it('serves the renderer page with the CSP as a header', async () => {
    for (const url of ['app://renderer/', 'app://renderer/index.html']) {
      const response = await __fake.fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX_HTML);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves assets with their content type', async () => {
    const response = await __fake.fetch('app://renderer/assets/app.js');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://renderer/../secret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/%2e%2e%2fsecret.txt',
    'app://renderer/assets/..%2f..%2fsecret.txt',
    'app://renderer/..%5csecret.txt',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer//etc/passwd',
    'app://renderer/%00index.html',
    'app://renderer/%E0%A4%A',
    'app://evil/index.html',
    'app://renderer.evil.com/index.html',
    'app://renderer/missing.js',
  ])('answers %s with 404', async (url) => {
    const response = await __fake.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the renderer');
  });
});
