import type { GrantType } from '../../preload/contract/profiles';

interface GrantTypeInfo {
  label: string;
  /** One line under the grant type picker. */
  explanation: string;
  /** A user signs in: the perspective has a username and a password. */
  usesPassword: boolean;
  needsClientSecret: boolean;
}

/** The ways a perspective can sign in (documents_authentication.mdx, documents_impersonation.mdx). */
export const GRANT_TYPES: Readonly<Record<GrantType, GrantTypeInfo>> = {
  password: {
    label: 'Password',
    explanation: 'A user signs in with a username and password.',
    usesPassword: true,
    needsClientSecret: false,
  },
  'elevated-password': {
    label: 'Elevated password',
    explanation: 'Password sign-in that also sends the API client’s secret.',
    usesPassword: true,
    needsClientSecret: true,
  },
  'client-credentials': {
    label: 'Client credentials',
    explanation: 'The API client signs in with its secret, as its default context user.',
    usesPassword: false,
    needsClientSecret: true,
  },
  anonymous: {
    label: 'Anonymous shopper',
    explanation: 'A guest shopper: only the Client ID, on a client with anonymous buyers enabled.',
    usesPassword: false,
    needsClientSecret: false,
  },
  impersonation: {
    label: 'Impersonation',
    explanation:
      'Another perspective with BuyerImpersonation gets a token for one buyer or supplier user.',
    usesPassword: false,
    needsClientSecret: false,
  },
};

export const GRANT_TYPE_CHOICES = Object.entries(GRANT_TYPES).map(([id, info]) => ({
  id: id as GrantType,
  label: info.label,
}));
