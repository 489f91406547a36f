// Main, as its own process, for the bridge benchmarks: the real app core behind browser mode's
// WebSocket server and behind an IPC stand-in (this process's `process.send` channel, forked
// with `serialization: 'advanced'`, so messages are structured-cloned like Electron's IPC).
// Forked by bridge-rig.ts; not meant to be run by hand.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAppCore } from '../../../main/app/core';
import { startWebServer } from '../../../main/web/server';
import { answerIpcCall } from '../../../main/bridge/ipc-call';
import { channels, type ChannelName, type EventName } from '../../../preload/contract';
import { eventChannel, invokeChannel } from '../../../preload/transport/ipc-names';

// Shaped like Electron's IPC: an invoke on a contract channel with its input and call id, and
// messages main sends to the window (`webContents.send`): events and streamed body pieces.
export type ToMain =
  | { type: 'invoke'; id: number; channel: string; args: unknown[] }
  | { type: 'subscribe' | 'unsubscribe'; event: EventName }
  | { type: 'memory'; id: number; sample?: 'start' | 'stop' };

export type FromMain =
  | { type: 'ready'; port: number; token: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'send'; channel: string; args: unknown[] }
  | { type: 'memory'; id: number; rss: number; peakRss: number };

const send = (message: FromMain) => process.send!(message);
const contractChannels = new Map(
  (Object.keys(channels) as ChannelName[]).map((name) => [invokeChannel(name), name]),
);

const dataDir = mkdtempSync(path.join(tmpdir(), 'ocx-bench-main-'));
const staticDir = mkdtempSync(path.join(tmpdir(), 'ocx-bench-static-'));
const token = randomBytes(32).toString('hex');
// Like a window that registered listeners: only the events the stand-in's client subscribed to
// cross, so a benchmark over the WebSocket does not also pay for an idle IPC client.
const ipcEvents = new Set<EventName>();

const server = await startWebServer({ port: 0, token, staticDir });
const core = createAppCore({
  runtime: 'browser',
  dataDir,
  emit: (event, payload) => {
    server.broadcast(event, payload);
    if (ipcEvents.has(event)) send({ type: 'send', channel: eventChannel(event), args: [payload] });
  },
  onInternalError: (channel, error) => process.stderr.write(`[${channel}] ${String(error)}\n`),
});
server.attach(core.dispatch);
await core.ready;

// Peak RSS between 'start' and 'stop', sampled often enough to catch short-lived growth.
let peakRss = 0;
let sampler: NodeJS.Timeout | undefined;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage.rss()));

process.on('message', (message: ToMain) => {
  if (message.type === 'invoke') {
    // What main/electron/ipc.ts's handler does, minus the sender check.
    const [input, callId] = message.args;
    const channel = contractChannels.get(message.channel);
    void answerIpcCall(
      core.dispatch,
      { channel, input, callId, callerId: 'ipc-stand-in' },
      (target, ...args) => send({ type: 'send', channel: target, args }),
    ).then((result) => send({ type: 'result', id: message.id, result }));
  } else if (message.type === 'subscribe') {
    ipcEvents.add(message.event);
  } else if (message.type === 'unsubscribe') {
    ipcEvents.delete(message.event);
  } else if (message.type === 'memory') {
    if (message.sample === 'start') {
      peakRss = 0;
      sampleRss();
      sampler = setInterval(sampleRss, 2);
    } else if (message.sample === 'stop') {
      clearInterval(sampler);
      sampleRss();
    }
    send({ type: 'memory', id: message.id, rss: process.memoryUsage.rss(), peakRss });
  }
});

process.once('disconnect', () => {
  void Promise.all([server.close(), core.dispose()]).finally(() => {
    // History may still be writing its last entries: retry while the folder empties.
    for (const folder of [dataDir, staticDir])
      rmSync(folder, { recursive: true, force: true, maxRetries: 5 });
    process.exit(0);
  });
});

send({ type: 'ready', port: server.port, token });
