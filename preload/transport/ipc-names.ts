import type { ChannelName, EventName } from '../contract';

/** Electron IPC channel names, derived from the contract so they are spelled in one place. */
export const invokeChannel = (channel: ChannelName) => `ocx:${channel}`;
export const eventChannel = (event: EventName) => `ocx-event:${event}`;

/** Main sends the pieces of a streamed response body here, to the window that asked. */
export const BODY_CHANNEL = 'ocx-body';
