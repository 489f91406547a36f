import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../main/security/external-links';

describe('the openExternal allowlist', () => {
  it.each([
    'https://ordercloud.io/knowledge-base/ordercloud-regions',
    'https://developer.ordercloud.io/documentation',
    'https://github.com/ordercloud-api',
  ])('opens %s', (url) => expect(isAllowedExternalUrl(url)).toBe(true));

  it.each([
    'http://ordercloud.io/',
    'file:///etc/passwd',
    'smb://attacker/share',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ocx://open',
    'vscode://file/etc/passwd',
    'https://user:pass@ordercloud.io/',
    'https://ordercloud.io.evil.com/',
    'https://evilordercloud.io/',
    'https://ordercloud.io:8443/',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedExternalUrl(url)).toBe(false));
});
