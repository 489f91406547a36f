import got, { type Method, type Response } from 'got';
import type { ResponseTimings } from '../../preload/contract/requests';
import { networkFailure } from './failures';
import { RequestTimer } from './timings';

export interface HttpSettings {
  /** How long a whole request may take unless it says otherwise. */
  timeoutMs: number;
  /** False only to reach a development server with a self-signed certificate. */
  rejectUnauthorized?: boolean;
  userAgent?: string;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = { timeoutMs: 30_000 };

export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface IncomingResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[]>;
  /** Exactly the bytes received, decompressed. */
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  timings: ResponseTimings;
}

/** got, configured once: no retries, no redirects, no thrown HTTP statuses, bytes out. */
export class HttpTransport {
  constructor(private readonly settings: HttpSettings = DEFAULT_HTTP_SETTINGS) {}

  async send(request: OutgoingRequest): Promise<IncomingResponse> {
    const timeoutMs = request.timeoutMs ?? this.settings.timeoutMs;
    const timer = new RequestTimer();
    const pending = got(request.url, {
      // got passes any method token on; its type only lists the common ones.
      method: request.method as Method,
      headers: {
        'user-agent': this.settings.userAgent ?? 'OC Explorer',
        ...request.headers,
      },
      body: request.body,
      responseType: 'buffer',
      throwHttpErrors: false,
      followRedirect: false,
      retry: { limit: 0 },
      timeout: { request: timeoutMs },
      signal: request.signal,
      https: { rejectUnauthorized: this.settings.rejectUnauthorized ?? true },
    });
    pending.on('request', (clientRequest) => timer.observe(clientRequest));
    let response: Response<Buffer>;
    try {
      response = await pending;
    } catch (error) {
      // got's error holds the request (headers, form): only its code is read, then it is dropped.
      throw networkFailure(error, request.url.host, timeoutMs);
    }
    return {
      status: response.statusCode,
      statusText: response.statusMessage ?? '',
      headers: definedHeaders(response.headers),
      body: ownBytes(response.body),
      contentType: String(response.headers['content-type'] ?? ''),
      timings: timer.finish(),
    };
  }
}

function definedHeaders(headers: Response['headers']): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) result[name] = value;
  return result;
}

/** A Uint8Array over exactly these bytes (a small Buffer may be a window on a shared pool). */
function ownBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  const backing = buffer.buffer;
  return backing instanceof ArrayBuffer &&
    buffer.byteOffset === 0 &&
    backing.byteLength === buffer.byteLength
    ? new Uint8Array(backing)
    : new Uint8Array(buffer);
}
