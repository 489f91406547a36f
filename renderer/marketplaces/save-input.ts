import type { Environment } from '../../preload/contract/environments';
import type { Perspective } from '../../preload/contract/profiles';
import { splitRoles } from '../sessions/roles';
import {
  usesPassword,
  savesPassword,
  type EnvironmentForm,
  type MarketplaceForm,
  type MarketplaceProfileInput,
  type MarketplaceSaveInput,
  type PerspectiveForm,
} from './marketplace-form';

/** The form as onSave receives it: the profile as main stores it, new secrets beside it. */
export function marketplaceSaveInput(form: MarketplaceForm): MarketplaceSaveInput {
  const marketplaceId = form.marketplaceId.trim();
  const profile: MarketplaceProfileInput = {
    id: form.id,
    name: form.name.trim(),
    color: form.color.trim().toLowerCase(),
    marketplaceId: marketplaceId || undefined,
    environment: environmentOf(form.environment),
    apiClients: form.apiClients.map(({ secret, ...client }) => ({
      ...client,
      clientId: client.clientId.trim(),
      label: client.label.trim(),
      hasSecret: client.hasSecret || secret !== '',
    })),
    perspectives: form.perspectives.map(perspectiveOf),
  };
  const clientSecrets = Object.fromEntries(
    form.apiClients.filter((client) => client.secret).map((client) => [client.id, client.secret]),
  );
  const passwords = Object.fromEntries(
    form.perspectives
      .filter((perspective) => savesPassword(perspective) && perspective.password)
      .map((perspective) => [perspective.id, perspective.password]),
  );
  return { profile, secrets: { clientSecrets, passwords } };
}

function environmentOf(form: EnvironmentForm): Environment {
  switch (form.kind) {
    case 'local':
      return { kind: 'local' };
    case 'region':
      return { kind: 'region', region: form.region, stage: form.stage };
    case 'custom':
      return {
        kind: 'custom',
        apiUrl: form.apiUrl.trim(),
        authUrl: form.authUrl.trim() || undefined,
      };
  }
}

function perspectiveOf(form: PerspectiveForm): Perspective {
  const savePassword = savesPassword(form);
  return {
    id: form.id,
    label: form.label.trim(),
    grantType: form.grantType,
    apiClientId: form.apiClientId,
    username: usesPassword(form) ? form.username.trim() : undefined,
    savePassword,
    hasPassword: savePassword && (form.hasPassword || form.password !== ''),
    ...splitRoles(form.roles),
    impersonation:
      form.grantType === 'impersonation'
        ? {
            ...form.impersonation,
            orgId: form.impersonation.orgId.trim(),
            userId: form.impersonation.userId.trim(),
          }
        : undefined,
  };
}
