import { z } from 'zod';

/** OrderCloud's API servers by Azure region and environment (documents_ordercloud-supported-regions). */
export const REGIONS = {
  'us-west': {
    label: 'US West',
    hosts: {
      production: 'https://api.ordercloud.io',
      staging: 'https://stagingapi.ordercloud.io',
      sandbox: 'https://sandboxapi.ordercloud.io',
    },
  },
  'us-east': {
    label: 'US East',
    hosts: {
      production: 'https://useast-production.ordercloud.io',
      staging: 'https://useast-staging.ordercloud.io',
      sandbox: 'https://useast-sandbox.ordercloud.io',
    },
  },
  'australia-east': {
    label: 'Australia East',
    hosts: {
      production: 'https://australiaeast-production.ordercloud.io',
      staging: 'https://australiaeast-staging.ordercloud.io',
      sandbox: 'https://australiaeast-sandbox.ordercloud.io',
    },
  },
  'europe-west': {
    label: 'Europe West',
    hosts: {
      production: 'https://westeurope-production.ordercloud.io',
      staging: 'https://westeurope-staging.ordercloud.io',
      sandbox: 'https://westeurope-sandbox.ordercloud.io',
    },
  },
  'japan-east': {
    label: 'Japan East',
    hosts: {
      production: 'https://japaneast-production.ordercloud.io',
      staging: 'https://japaneast-staging.ordercloud.io',
      sandbox: 'https://japaneast-sandbox.ordercloud.io',
    },
  },
} as const;

export const Region = z.enum(['us-west', 'us-east', 'australia-east', 'europe-west', 'japan-east']);
export type Region = z.infer<typeof Region>;

export const Stage = z.enum(['sandbox', 'staging', 'production']);
export type Stage = z.infer<typeof Stage>;

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'Use an http:// or https:// URL');

/** Where a marketplace's API lives: the built-in local sandbox, a region × stage, or any URL. */
export const Environment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('region'), region: Region, stage: Stage }),
  z.object({ kind: z.literal('custom'), apiUrl: httpUrl, authUrl: httpUrl.optional() }),
]);
export type Environment = z.infer<typeof Environment>;

export function regionApiUrl(region: Region, stage: Stage): string {
  return REGIONS[region].hosts[stage];
}
