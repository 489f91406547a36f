import type {
  ChannelName,
  ChannelOutput,
  EventName,
  EventPayload,
  ParsedInput,
} from '../../preload/contract';
import type { BodyStream } from './body-stream';

/** Who is calling: lets a handler tie work (like a cancel) to the window or socket that asked. */
export interface CallContext {
  readonly callerId: string;
  /** Where a response body may go as it arrives, when the caller's transport can take it. */
  readonly body?: BodyStream;
}

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  context: CallContext,
) => Promise<ChannelOutput<K>> | ChannelOutput<K>;

/** One handler per channel; leaving one out is a type error. */
export type HandlerMap = { [K in ChannelName]: Handler<K> };

export type EventSink = <K extends EventName>(event: K, payload: EventPayload<K>) => void;
