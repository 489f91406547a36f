import { z } from 'zod';
import { channel } from './define';

export const Endpoints = z.object({ apiUrl: z.string(), authUrl: z.string() });
export type Endpoints = z.infer<typeof Endpoints>;

export const endpointChannels = {
  /** Where a marketplace's API and OAuth server answer (the local sandbox's port is main's to know). */
  'profiles.endpoints': channel(z.object({ id: z.string().min(1).max(100) }), Endpoints),
};
