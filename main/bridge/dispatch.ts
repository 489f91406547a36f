import {
  BridgeErrorCode,
  channels,
  isChannelName,
  type ChannelName,
  type Result,
} from '../../preload/contract';
import { OcxError } from './errors';
import type { CallContext, HandlerMap } from './handlers';

export type Dispatch = (
  channel: unknown,
  input: unknown,
  context: CallContext,
) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported; their stack never crosses the bridge. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/** The boundary: every call is parsed against the contract before a handler sees it. */
export function createDispatch(handlers: HandlerMap, options: DispatchOptions = {}): Dispatch {
  return async (channel, input, context) => {
    if (!isChannelName(channel)) {
      return failure(
        BridgeErrorCode.UnknownChannel,
        `There is no channel named ${describe(channel)}.`,
      );
    }
    const parsed = channels[channel].input.safeParse(input);
    if (!parsed.success) {
      return failure(
        BridgeErrorCode.BadRequest,
        `Invalid input for ${channel}.`,
        parsed.error.issues,
      );
    }
    try {
      const handler = handlers[channel] as (input: unknown, context: CallContext) => unknown;
      const value = await handler(parsed.data, context);
      return { ok: true, value: validateOutput(channel, value) };
    } catch (error) {
      if (error instanceof OcxError) return { ok: false, error: error.toBridgeError() };
      options.onInternalError?.(channel, error);
      return failure(BridgeErrorCode.Internal, `OC Explorer could not complete ${channel}.`);
    }
  };
}

function validateOutput(channel: ChannelName, value: unknown): unknown {
  const parsed = channels[channel].output.safeParse(value);
  if (!parsed.success) {
    throw new Error(`Handler for ${channel} answered outside its schema: ${parsed.error.message}`);
  }
  return parsed.data;
}

function failure(code: string, message: string, details?: unknown): Result<never> {
  return {
    ok: false,
    error: details === undefined ? { code, message } : { code, message, details },
  };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 100)}"` : `of type ${typeof value}`;
}
