import type { z } from 'zod';
import { appChannels, appEvents } from './app';
import { catalogChannels } from './catalog';
import { desktopChannels, desktopEvents } from './desktop';
import { endpointChannels } from './endpoints';
import { requestChannels, requestEvents } from './requests';
import { profileChannels, sessionChannels, sessionEvents, vaultChannels } from './sessions';
import { historyChannels, historyEvents } from './history';
import { snippetChannels } from './snippets';
import { workspaceChannels } from './workspace';

/**
 * The one contract between main and the renderer. Adding a channel: declare it in its feature
 * file, spread it here, implement its handler in main (the handler map will not type-check
 * until you do), and call it from the renderer as window.ocx.<feature>.<name>().
 */
export const channels = {
  ...appChannels,
  ...workspaceChannels,
  ...catalogChannels,
  ...historyChannels,
  ...snippetChannels,
  ...profileChannels,
  ...endpointChannels,
  ...vaultChannels,
  ...sessionChannels,
  ...requestChannels,
  ...desktopChannels,
};

export const events = {
  ...appEvents,
  ...historyEvents,
  ...sessionEvents,
  ...requestEvents,
  ...desktopEvents,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelOutput<K extends ChannelName> = z.output<Channels[K]['output']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<K extends EventName> = z.output<Events[K]['payload']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

export * from './result';
export * from './app';
export * from './environments';
export * from './profiles';
export * from './request-draft';
export * from './workspace';
export * from './catalog';
export * from './history';
export * from './snippets';
export * from './sessions';
export * from './requests';
export * from './endpoints';
export * from './desktop';
