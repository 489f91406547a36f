/** Everywhere a hostile page might try to take the window, or send the user's browser. */
export const FOREIGN_URLS = [
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://example.com/',
  'https://evil.example/phish',
  'https://ordercloud.io/',
  'app://evil/index.html',
  'app://renderer.evil.com/index.html',
  'app://renderer@evil.com/index.html',
  'app://user:pass@renderer/index.html',
  'app://renderer:8080/index.html',
  'app://rеnderer/index.html', // Cyrillic 'е'
  'app://RENDERER/index.html',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'smb://attacker/share',
  'vscode://file/etc/passwd',
  'http://127.0.0.1:8080/?token=stolen',
  'blob:https://evil.example/1234',
  'not a url',
];

/** The app's own origin: the only pages the window may show. */
export const OWN_PAGES = ['app://renderer/index.html', 'app://renderer/', 'app://renderer/#/tab/2'];

/** Links shell.openExternal must never receive, however the renderer asks. */
export const REFUSED_EXTERNAL_URLS = [
  ...FOREIGN_URLS.filter((url) => url !== 'https://ordercloud.io/'),
  ...OWN_PAGES,
  'http://ordercloud.io/',
  'file://attacker.example/share/payload.exe',
  '\\\\attacker.example\\share\\payload.exe',
  'smb://attacker.example/share/payload.exe',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=invoice&crumb=location:\\\\attacker.example\\share',
  'ocx://open',
  'x-apple.systempreferences:com.apple.preference.security',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'https://user:pass@ordercloud.io/',
  'https://token@ordercloud.io/',
  'https://ordercloud.io.evil.com/',
  'https://evilordercloud.io/',
  'https://ordercloud.io:8443/',
  'https://ordercloud.io@evil.example/',
  '',
];

/** Allowlisted https pages, which open in the user's browser. */
export const ALLOWED_EXTERNAL_URLS = [
  'https://ordercloud.io/knowledge-base',
  'https://developer.ordercloud.io/documentation',
  'https://github.com/ordercloud-api',
];
