import type { ExecutedResponse, ParsedExecuteRequest } from '../../preload/contract/requests';
import type { SessionKey } from '../../preload/contract/sessions';
import type { BodyStream } from '../bridge/body-stream';
import { apiUrlFor } from './api-url';
import { ActionableError, requestCancelled } from './failures';
import { isJson, orderCloudErrors, parseJsonBytes } from './json-body';
import type { HttpTransport, IncomingResponse } from './transport';

export type SendRequest = ParsedExecuteRequest;

/** Where the executor gets tokens: a fresh one, and a renewed one after a 401. */
export interface TokenSource {
  authorize(key: SessionKey): Promise<{ accessToken: string; apiUrl: string }>;
  reauthorize(
    key: SessionKey,
    rejectedToken: string,
  ): Promise<{ accessToken: string; apiUrl: string }>;
}

const HEADERS_WE_SET = new Set(['authorization', 'host', 'content-length']);

/**
 * Sends requests as a session: attaches the token, renews it and retries once after a 401
 * (never more), returns the body as received, and lets any request be cancelled by its id.
 */
export class RequestExecutor {
  private readonly inFlight = new Map<string, AbortController>();

  constructor(
    private readonly tokens: TokenSource,
    private readonly http: HttpTransport,
  ) {}

  /** With `body`, the response body is also written there as it arrives. */
  execute(request: SendRequest, body?: BodyStream): Promise<ExecutedResponse> {
    return this.tracked(request.requestId, (signal) => this.send(request, signal, body));
  }

  /** Cancels a request (or a whole paged listing) by the id it was started with. */
  cancel(requestId: string): boolean {
    const controller = this.inFlight.get(requestId);
    controller?.abort();
    return controller !== undefined;
  }

  /** Runs work that can be cancelled as `requestId`. */
  async tracked<T>(requestId: string, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.inFlight.has(requestId)) {
      throw new ActionableError(
        'usage',
        'DuplicateRequestId',
        `Request ${requestId} is already running.`,
        'Give each request its own id.',
      );
    }
    const controller = new AbortController();
    this.inFlight.set(requestId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.inFlight.delete(requestId);
    }
  }

  /** One request, untracked: the caller owns cancellation through `signal`. */
  async send(
    request: SendRequest,
    signal?: AbortSignal,
    body?: BodyStream,
  ): Promise<ExecutedResponse> {
    const key = { profileId: request.profileId, perspectiveId: request.perspectiveId };
    let authorization = await this.tokens.authorize(key);
    // A 401 is answered by a retry, so its body is never the one the caller gets.
    const unlessRetried: BodyStream | undefined = body && {
      open: (status, expectedBytes) => status !== 401 && body.open(status, expectedBytes),
      write: (chunk) => body.write(chunk),
    };
    let response = await this.sendWith(request, authorization, signal, unlessRetried);
    let retriedAfterRenewal = false;
    if (response.received.status === 401) {
      authorization = await this.tokens.reauthorize(key, authorization.accessToken);
      response = await this.sendWith(request, authorization, signal, body);
      retriedAfterRenewal = true;
    }
    const { url, received } = response;
    // Only an error body is read here (for its Errors); a success is passed on as bytes.
    const failed = received.status >= 400;
    const parsed =
      failed && isJson(received.contentType) ? parseJsonBytes(received.body) : undefined;
    return {
      requestId: request.requestId,
      method: request.method,
      url: url.toString(),
      status: received.status,
      statusText: received.statusText,
      headers: received.headers,
      body: received.body,
      size: received.body.byteLength,
      timings: received.timings,
      errors: failed ? orderCloudErrors(parsed) : undefined,
      retriedAfterRenewal,
    };
  }

  private async sendWith(
    request: SendRequest,
    authorization: { accessToken: string; apiUrl: string },
    signal: AbortSignal | undefined,
    body: BodyStream | undefined,
  ): Promise<{ url: URL; received: IncomingResponse }> {
    if (signal?.aborted) throw requestCancelled();
    const url = apiUrlFor(authorization.apiUrl, request.path, request.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (request.body) {
      headers['content-type'] =
        request.body.kind === 'json'
          ? 'application/json'
          : (request.body.contentType ?? 'text/plain');
    }
    for (const { name, value } of request.headers) {
      if (!HEADERS_WE_SET.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    headers.authorization = `Bearer ${authorization.accessToken}`;
    const received = await this.http.send({
      method: request.method,
      url,
      headers,
      body: request.body?.text,
      timeoutMs: request.timeoutMs,
      signal,
      bodyStream: body,
    });
    return { url, received };
  }
}
