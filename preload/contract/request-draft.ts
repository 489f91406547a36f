import { z } from 'zod';

export const HttpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
export type HttpMethod = z.infer<typeof HttpMethod>;

const Pair = z.object({
  name: z.string().max(500),
  value: z.string().max(100_000),
  enabled: z.boolean().default(true),
});

/** A request as the user composed it, before any token is attached. Safe to store and show. */
export const RequestDraft = z.object({
  method: HttpMethod,
  /** As users write it: `/me`, `/v1/me`, `/products/{productID}` with params filled. */
  path: z.string().min(1).max(4096),
  query: z.array(Pair).default([]),
  headers: z.array(Pair).default([]),
  body: z
    .string()
    .max(50 * 1024 * 1024)
    .optional(),
  /** The catalog operation it was built from, when there is one. */
  operationId: z.string().max(200).optional(),
});
export type RequestDraft = z.infer<typeof RequestDraft>;
