import type { ClientRequest } from 'node:http';
import got, { type Method, type Request, type Response } from 'got';
import type { ResponseTimings } from '../../preload/contract/requests';
import type { BodyStream } from '../bridge/body-stream';
import { ActionableError, isActionable, networkFailure } from './failures';
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
  /** Takes the body's pieces as they arrive, if it accepts the response. */
  bodyStream?: BodyStream;
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
    // A stream, so the body can be passed on piece by piece while it downloads.
    const stream = got.stream(request.url, {
      // got passes any method token on; its type only lists the common ones.
      method: request.method as Method,
      headers: {
        'user-agent': this.settings.userAgent ?? 'OC Explorer',
        ...request.headers,
      },
      body: request.body,
      throwHttpErrors: false,
      followRedirect: false,
      retry: { limit: 0 },
      timeout: { request: timeoutMs },
      // got never removes its abort listener: a signal of its own per request keeps paging's
      // shared signal from collecting one listener (and one finished request) per page.
      signal: request.signal && AbortSignal.any([request.signal]),
      https: { rejectUnauthorized: this.settings.rejectUnauthorized ?? true },
    });
    // Without a body option, a got stream waits for the caller to write one: a bodiless POST
    // (Orders.Submit) would hang until the server gives up.
    if (request.body === undefined) stream.end();
    stream.on('request', (clientRequest: ClientRequest) => timer.observe(clientRequest));
    try {
      const response = await responseOf(stream);
      const body = await readBody(stream, response, request.bodyStream);
      return {
        status: response.statusCode,
        statusText: response.statusMessage ?? '',
        headers: definedHeaders(response.headers),
        body,
        contentType: String(response.headers['content-type'] ?? ''),
        timings: timer.finish(),
      };
    } catch (error) {
      stream.destroy();
      if (isActionable(error)) throw error;
      // got's error holds the request (headers, form): only its code is read, then it is dropped.
      throw networkFailure(error, request.url.host, timeoutMs);
    }
  }
}

function responseOf(stream: Request): Promise<Response> {
  return new Promise((resolve, reject) => {
    stream.once('response', resolve);
    stream.once('error', reject);
  });
}

/**
 * The whole body, in one buffer allocated up front when its length is known; each piece is
 * also written to `bodyStream` if that takes this response.
 */
async function readBody(
  stream: Request,
  response: Response,
  bodyStream: BodyStream | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const expected = bodyLength(response);
  if (expected !== undefined && expected > MAX_RESPONSE_BYTES) throw responseTooLarge();
  const streaming = bodyStream?.open(response.statusCode, expected) ?? false;
  let bytes = new Uint8Array(expected ?? 0);
  let received = 0;
  let passedOn = 0;
  for await (const piece of stream as AsyncIterable<Buffer>) {
    if (received + piece.byteLength > MAX_RESPONSE_BYTES) throw responseTooLarge();
    if (received + piece.byteLength > bytes.byteLength) {
      const grown = new Uint8Array(Math.max(received + piece.byteLength, bytes.byteLength * 2));
      grown.set(bytes.subarray(0, received));
      bytes = grown;
    }
    bytes.set(piece, received);
    received += piece.byteLength;
    // Passed on as views of what is already assembled, a megabyte at a time: a message per
    // socket read cost the caller more than the overlap won.
    if (streaming && received - passedOn >= PASS_ON_BYTES) {
      bodyStream!.write(bytes.subarray(passedOn, received));
      passedOn = received;
    }
  }
  // A body that never reached a megabyte goes inline with the answer: one message, not two.
  if (passedOn > 0 && received > passedOn) bodyStream!.write(bytes.subarray(passedOn, received));
  return received === bytes.byteLength ? bytes : bytes.slice(0, received);
}

const PASS_ON_BYTES = 1024 * 1024;

/** Larger bodies are refused rather than held in memory, in main and again in the renderer. */
export const MAX_RESPONSE_BYTES = 512 * 1024 * 1024;

function responseTooLarge(): ActionableError {
  return new ActionableError(
    'api',
    'ResponseTooLarge',
    `The response is larger than the ${MAX_RESPONSE_BYTES / 1024 / 1024} MB OC Explorer accepts.`,
    'Ask for less, e.g. with a smaller pageSize or fewer fields.',
  );
}

/** Content-Length, when it describes the bytes we will read (got decompresses otherwise). */
function bodyLength(response: Response): number | undefined {
  const encoding = response.headers['content-encoding'];
  if (encoding && encoding !== 'identity') return undefined;
  const length = Number(response.headers['content-length']);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

function definedHeaders(headers: Response['headers']): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) result[name] = value;
  return result;
}
