import { OrderCloudError } from '../../preload/contract/requests';
import { z } from 'zod';

const ErrorsEnvelope = z.object({ Errors: z.array(OrderCloudError).min(1) });

export function isJson(contentType: string): boolean {
  return /\bjson\b/i.test(contentType);
}

/** The parsed body, or undefined when it is not JSON. */
export function parseJsonBytes(body: Uint8Array): unknown {
  if (body.byteLength === 0) return undefined;
  try {
    return JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** OrderCloud's `Errors` array, when the body has one. */
export function orderCloudErrors(value: unknown): OrderCloudError[] | undefined {
  const parsed = ErrorsEnvelope.safeParse(value);
  return parsed.success ? parsed.data.Errors : undefined;
}
