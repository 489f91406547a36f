import { z } from 'zod';
import { Environment } from './environments';

const Id = z.string().min(1).max(100);

/** An OrderCloud API client as the user registered it. The secret itself lives in the vault. */
export const ApiClient = z.object({
  id: Id,
  clientId: z.string().min(1).max(100),
  label: z.string().max(100).default(''),
  defaultScope: z.array(z.string()).default([]),
  hasSecret: z.boolean().default(false),
});
export type ApiClient = z.infer<typeof ApiClient>;

export const GrantType = z.enum([
  'password',
  'elevated-password',
  'client-credentials',
  'anonymous',
  'impersonation',
]);
export type GrantType = z.infer<typeof GrantType>;

export const Impersonation = z.object({
  /** The perspective whose session obtains the impersonation token (needs BuyerImpersonation). */
  via: Id,
  userType: z.enum(['buyer', 'supplier']),
  /** buyerID or supplierID. */
  orgId: Id,
  userId: Id,
});
export type Impersonation = z.infer<typeof Impersonation>;

/** A saved way of signing in to a marketplace: who, with which client, asking for which roles. */
export const Perspective = z.object({
  id: Id,
  label: z.string().min(1).max(100),
  grantType: GrantType,
  apiClientId: Id,
  username: z.string().max(200).optional(),
  /** When false the password is asked at each sign-in and never stored. */
  savePassword: z.boolean().default(false),
  hasPassword: z.boolean().default(false),
  roles: z.array(z.string()).default([]),
  customRoles: z.array(z.string()).default([]),
  impersonation: Impersonation.optional(),
});
export type Perspective = z.infer<typeof Perspective>;

/** A marketplace (seller organization) and everything needed to reach it. */
export const Profile = z.object({
  id: Id,
  name: z.string().min(1).max(100),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  marketplaceId: z.string().max(100).optional(),
  environment: Environment,
  apiClients: z.array(ApiClient),
  perspectives: z.array(Perspective),
  builtIn: z.boolean().default(false),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof Profile>;

/** The built-in marketplace every user has from the first start: the embedded sandbox. */
export const LOCAL_SANDBOX_PROFILE_ID = 'local-sandbox';
