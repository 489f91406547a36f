import type { IncomingMessage } from 'node:http';
import { ApiError, apiErrors } from './errors';

/** Requests above this size are refused before they are read in full. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

function payloadTooLarge(): ApiError {
  return new ApiError(
    413,
    {
      ErrorCode: 'PayloadTooLarge',
      Message: `Request body exceeds ${MAX_BODY_BYTES} bytes.`,
      Data: { MaxBytes: MAX_BODY_BYTES },
    },
    { connection: 'close' },
  );
}

/** Reads the whole body, refusing early (by Content-Length) or midway when it grows too big. */
export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    throw payloadTooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      request.resume();
      throw payloadTooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function mediaType(request: IncomingMessage): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

function unsupportedMediaType(expected: string, actual: string): ApiError {
  return new ApiError(415, {
    ErrorCode: 'UnsupportedMediaType',
    Message: `Content-Type must be ${expected}${actual ? `, not ${actual}` : ''}.`,
    Data: { Expected: expected, Actual: actual || null },
  });
}

/** A JSON request body, or undefined when there is none. */
export function parseJsonBody(request: IncomingMessage, raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const type = mediaType(request);
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw unsupportedMediaType('application/json', type);
  }
  try {
    return JSON.parse(raw.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw apiErrors.invalidRequest(`Request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** An `application/x-www-form-urlencoded` body as a plain record (last value wins). */
export function parseFormBody(request: IncomingMessage, raw: Buffer): Record<string, string> {
  const type = mediaType(request);
  if (type !== 'application/x-www-form-urlencoded') {
    throw unsupportedMediaType('application/x-www-form-urlencoded', type);
  }
  const text = raw.toString('utf8');
  // URLSearchParams decodes leniently; a stray '%' that is not an escape means a mangled body.
  if (/%(?![0-9a-fA-F]{2})/.test(text)) {
    throw apiErrors.invalidRequest('Request body is not valid form data.');
  }
  return Object.fromEntries(new URLSearchParams(text));
}
