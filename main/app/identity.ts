import packageJson from '../../package.json' with { type: 'json' };

export function appIdentity(): { name: string; version: string } {
  return { name: packageJson.productName, version: packageJson.version };
}
