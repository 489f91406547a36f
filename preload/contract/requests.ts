import { z } from 'zod';

// Channel specs are plain `{ input, output }` / `{ payload }` objects (the shape define.ts builds)
// so this file depends on nothing but zod.

const Id = z.string().min(1).max(100);
const MAX_BODY_LENGTH = 50 * 1024 * 1024;

export const RequestId = z.string().min(1).max(100);

const NameValue = z.object({ name: z.string().min(1).max(500), value: z.string().max(100_000) });

/** HTTP methods are an open set; any token of letters is passed on as written, upper-cased. */
const Method = z
  .string()
  .regex(/^[A-Za-z]{1,20}$/, 'A method is a word such as GET or POST')
  .transform((method) => method.toUpperCase());

export const RequestBody = z.discriminatedUnion('kind', [
  /** Sent as application/json, exactly as typed. */
  z.object({ kind: z.literal('json'), text: z.string().max(MAX_BODY_LENGTH) }),
  z.object({
    kind: z.literal('raw'),
    text: z.string().max(MAX_BODY_LENGTH),
    contentType: z.string().max(200).optional(),
  }),
]);
export type RequestBody = z.infer<typeof RequestBody>;

/** A request to send as a session. Paths as users write them: `/me` and `/v1/me` both work. */
export const ExecuteRequest = z.object({
  requestId: RequestId,
  profileId: Id,
  perspectiveId: Id,
  method: Method,
  path: z.string().min(1).max(4096),
  query: z.array(NameValue).max(200).default([]),
  headers: z.array(NameValue).max(100).default([]),
  body: RequestBody.optional(),
  timeoutMs: z.number().int().min(100).max(600_000).optional(),
});
export type ExecuteRequest = z.input<typeof ExecuteRequest>;
export type ParsedExecuteRequest = z.output<typeof ExecuteRequest>;

/** One entry of OrderCloud's `Errors` array. */
export const OrderCloudError = z.object({
  ErrorCode: z.string(),
  Message: z.string(),
  Data: z.unknown().optional(),
});
export type OrderCloudError = z.infer<typeof OrderCloudError>;

/** Milliseconds, measured with a monotonic clock. A phase that did not happen (reused socket) is absent. */
export const ResponseTimings = z.object({
  total: z.number(),
  wait: z.number().optional(),
  dns: z.number().optional(),
  tcp: z.number().optional(),
  tls: z.number().optional(),
  firstByte: z.number().optional(),
  download: z.number().optional(),
});
export type ResponseTimings = z.infer<typeof ResponseTimings>;

export const ExecutedResponse = z.object({
  requestId: RequestId,
  method: z.string(),
  /** The URL sent, with its query; never a token. */
  url: z.string(),
  status: z.number().int(),
  statusText: z.string(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  /** The body exactly as received (after decompression), never re-serialised. */
  body: z.instanceof(Uint8Array),
  size: z.number().int(),
  timings: ResponseTimings,
  /** OrderCloud's `Errors`, when the body carries them. */
  errors: z.array(OrderCloudError).optional(),
  /** The token was renewed after a 401 and the request sent a second time. */
  retriedAfterRenewal: z.boolean(),
});
export type ExecutedResponse = z.infer<typeof ExecutedResponse>;

export const PagingProgress = z.object({
  requestId: RequestId,
  pagesDone: z.number().int(),
  totalPages: z.number().int(),
  itemsDone: z.number().int(),
  totalItems: z.number().int(),
});
export type PagingProgress = z.infer<typeof PagingProgress>;

/** One page of a list as it arrived: the raw bytes of `{Meta, Items}`. */
export const ListPage = z.object({
  requestId: RequestId,
  page: z.number().int(),
  body: z.instanceof(Uint8Array),
});
export type ListPage = z.infer<typeof ListPage>;

export const ListAllRequest = ExecuteRequest.omit({ method: true, body: true }).extend({
  concurrency: z.number().int().min(1).max(8).default(4),
});
export type ListAllRequest = z.input<typeof ListAllRequest>;
export type ParsedListAllRequest = z.output<typeof ListAllRequest>;

export const requestChannels = {
  'requests.send': { input: ExecuteRequest, output: ExecutedResponse },
  'requests.cancel': {
    input: z.object({ requestId: RequestId }),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** Every page of a list (pageSize 100); pages stream as `requests.page` events. */
  'requests.listAll': {
    input: ListAllRequest,
    output: z.object({ pages: z.number().int(), items: z.number().int() }),
  },
};

export const requestEvents = {
  'requests.progress': { payload: PagingProgress },
  'requests.page': { payload: ListPage },
};
