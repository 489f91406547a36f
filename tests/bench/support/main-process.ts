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
import type { EventName } from '../../../preload/contract';

export type ToMain =
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'subscribe' | 'unsubscribe'; event: EventName }
  | { type: 'memory'; id: number; sample?: 'start' | 'stop' };

export type FromMain =
  | { type: 'ready'; port: number; token: string }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; name: EventName; payload: unknown }
  | { type: 'memory'; id: number; rss: number; peakRss: number };

const send = (message: FromMain) => process.send!(message);

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
    if (ipcEvents.has(event)) send({ type: 'event', name: event, payload });
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
  if (message.type === 'call') {
    // The same one line as main/electron/ipc.ts's handler, minus the sender check.
    void core
      .dispatch(message.channel, message.input, { callerId: 'ipc-stand-in' })
      .then((result) => send({ type: 'result', id: message.id, result }));
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
