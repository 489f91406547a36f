import {
  channels,
  events,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type EventName,
  type EventPayload,
  type Result,
} from '../contract';

/** What carries calls and events: Electron IPC in the desktop app, a WebSocket in browser mode. */
export interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

type Namespace<K extends string> = K extends `${infer N}.${string}` ? N : never;
type Member<K extends string, N extends string> = K extends `${N}.${infer M}` ? M : never;

type Call<K extends ChannelName> = [ChannelInput<K>] extends [void | undefined]
  ? () => Promise<Result<ChannelOutput<K>>>
  : (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;

type Subscribe<K extends EventName> = (listener: (payload: EventPayload<K>) => void) => () => void;

/** window.ocx: `ocx.app.info()`, `ocx.settings.onChanged(cb)`, ... one named function per entry. */
export type OcxApi = {
  [N in Namespace<ChannelName> | Namespace<EventName>]: {
    [M in Member<ChannelName, N>]: Call<Extract<`${N}.${M}`, ChannelName>>;
  } & {
    [M in Member<EventName, N> as `on${Capitalize<M>}`]: Subscribe<Extract<`${N}.${M}`, EventName>>;
  };
};

function split(name: string): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** Builds the renderer's API from the contract, so no channel name is spelled twice. */
export function createApi(transport: Transport): OcxApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of Object.keys(channels) as ChannelName[]) {
    const [namespace, member] = split(name);
    (api[namespace] ??= {})[member] = (input?: unknown) => transport.invoke(name, input);
  }
  for (const name of Object.keys(events) as EventName[]) {
    const [namespace, member] = split(name);
    const key = `on${member.charAt(0).toUpperCase()}${member.slice(1)}`;
    (api[namespace] ??= {})[key] = (listener: (payload: unknown) => void) =>
      transport.subscribe(name, listener);
  }
  return api as OcxApi;
}
