// The pieces the bridge benchmarks (B1, B2, B7) share: a standalone sandbox process, main in
// its own process (./main-process.ts), and the renderer's real bridge client (createApi) over
// browser mode's WebSocket transport or over an IPC stand-in to that process.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import WsWebSocket from 'ws';
import { createApi, type OcxApi, type Transport } from '../../../preload/bridge/api';
import { events, type EventName, type Result } from '../../../preload/contract';
import { eventChannel } from '../../../preload/transport/ipc-names';
import { createIpcTransport, type IpcRendererLike } from '../../../preload/transport/ipc';
import { MAIN_V8_FLAGS } from '../../../main/app/v8-flags';
import type { SandboxReadyInfo } from '../../../main/sandbox/index';
import { CLIENT_IDS, SEED_USERS } from '../../../main/sandbox/seed/credentials';
import { LOCAL_SANDBOX_PROFILE_ID } from '../../../preload/contract/profiles';
import type { FromRelay, ToRelay } from './byte-relay';
import type { FromMain, ToMain } from './main-process';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface SandboxProcess {
  url: string;
  info: SandboxReadyInfo;
  stop(): Promise<void>;
}

/** `ocx sandbox` on a free port, in memory, in a process of its own. */
export async function startSandboxProcess(): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['bin/ocx.mjs', 'sandbox', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`ocx sandbox exited with ${code}`)));
  });
  const info = JSON.parse(line) as SandboxReadyInfo;
  // Without an IPC channel it would outlive a benchmark that crashes.
  const kill = () => child.kill();
  process.once('exit', kill);
  return {
    url: info.url,
    info,
    stop: () => {
      process.off('exit', kill);
      return stopChild(child);
    },
  };
}

export interface PageServer {
  url: string;
  stop(): Promise<void>;
}

/** ./page-server.ts in a process of its own. */
export async function startPageServer(): Promise<PageServer> {
  const { child, ready } = await forkFixture<{ port: number }>('page-server.ts');
  return {
    url: `http://127.0.0.1:${ready.port}`,
    stop: () => disconnected(child),
  };
}

/**
 * A fixture module of this folder in a process of its own, under tsx, with the first message
 * it sends (its address); it exits when its IPC channel closes.
 */
async function forkFixture<Ready>(
  file: string,
  options: { serialization?: 'advanced' } = {},
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(fileURLToPath(new URL(`./${file}`, import.meta.url)), {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    ...options,
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
  return { child, ready };
}

function disconnected(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.disconnect();
  return exited;
}

export interface ByteRelay {
  /** `size` bytes from the relay's memory, put together here as the bridge client does. */
  viaWebSocket(size: number): Promise<Uint8Array>;
  viaIpc(size: number): Promise<Uint8Array>;
  stop(): Promise<void>;
}

/** ./byte-relay.ts in a process of its own, connected over both of its channels. */
export async function startByteRelay(): Promise<ByteRelay> {
  const { child, ready } = await forkFixture<Extract<FromRelay, { type: 'ready' }>>(
    'byte-relay.ts',
    { serialization: 'advanced' },
  );
  const socket = new WsWebSocket(`ws://127.0.0.1:${ready.port}`);
  socket.binaryType = 'nodebuffer';
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const assemble = (
    size: number,
    subscribe: (onPiece: (chunk: Uint8Array | undefined) => void) => () => void,
    ask: () => void,
  ) =>
    new Promise<Uint8Array>((resolve) => {
      const bytes = new Uint8Array(size);
      let received = 0;
      const unsubscribe = subscribe((chunk) => {
        if (chunk) {
          bytes.set(chunk, received);
          received += chunk.byteLength;
        } else {
          unsubscribe();
          resolve(bytes.subarray(0, received));
        }
      });
      ask();
    });
  return {
    viaWebSocket: (size) =>
      assemble(
        size,
        (onPiece) => {
          const listener = (data: Buffer) => onPiece(data.byteLength ? data : undefined);
          socket.on('message', listener);
          return () => socket.off('message', listener);
        },
        () => socket.send(String(size)),
      ),
    viaIpc: (size) =>
      assemble(
        size,
        (onPiece) => {
          const listener = (message: FromRelay) =>
            onPiece(message.type === 'piece' ? message.chunk : undefined);
          child.on('message', listener);
          return () => child.off('message', listener);
        },
        () => child.send({ type: 'send', bytes: size } satisfies ToRelay),
      ),
    stop() {
      socket.close();
      return disconnected(child);
    },
  };
}

/** A bearer token straight from the sandbox, for seeding and for the baselines' bare requests. */
export async function sandboxToken(sandbox: SandboxProcess, scope: string): Promise<string> {
  const admin = sandbox.info.users.find((user) => user.username === 'admin01')!;
  const response = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: admin.username,
      password: admin.password,
      scope,
    }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: HTTP ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** POSTs every body to `path`, a few at a time. */
export async function seed(
  sandbox: SandboxProcess,
  accessToken: string,
  path: string,
  bodies: unknown[],
  concurrency = 8,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      const response = await fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`Seeding ${path}: HTTP ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

export interface MainProcess {
  /** The renderer's `window.ocx` over the IPC stand-in. */
  ipc: OcxApi;
  /** The renderer's `window.ocx` over browser mode's WebSocket (connected on first use). */
  websocket(): Promise<OcxApi>;
  /** This process's RSS now; with `sample`, starts or stops tracking its peak. */
  memory(sample?: 'start' | 'stop'): Promise<{ rss: number; peakRss: number }>;
  stop(): Promise<void>;
}

/** Main (createAppCore + browser mode's server) in a forked process, vault open. */
export async function startMainProcess(): Promise<MainProcess> {
  const child = fork(fileURLToPath(new URL('./main-process.ts', import.meta.url)), {
    cwd: root,
    // OCX_BENCH_MAIN_ARGS="--cpu-prof --cpu-prof-dir=.tmp/prof" profiles main.
    execArgv: [
      '--import',
      'tsx',
      // As the app starts main; OCX_BENCH_MAIN_ARGS adds to them.
      ...MAIN_V8_FLAGS,
      ...(process.env.OCX_BENCH_MAIN_ARGS?.split(' ').filter(Boolean) ?? []),
    ],
    serialization: 'advanced',
    env: { ...process.env, OCX_VAULT_PASSPHRASE: 'bench passphrase' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const replies = new Map<number, (message: FromMain) => void>();
  // What main sends the window (events, body pieces), as ipcRenderer would emit it.
  const received = new EventEmitter();
  let nextId = 1;
  const ready = new Promise<Extract<FromMain, { type: 'ready' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`main exited with ${code}`)));
    child.on('message', (message: FromMain) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'send') received.emit(message.channel, {}, ...message.args);
      else {
        replies.get(message.id)?.(message);
        replies.delete(message.id);
      }
    });
  });
  const ask = (message: ToMain & { id: number }) =>
    new Promise<FromMain>((resolve) => {
      replies.set(message.id, resolve);
      child.send(message);
    });

  // Electron's ipcRenderer, with process messages in its place, under the preload's own
  // transport. Like a window's listeners, only subscribed events are sent over.
  const eventNames = new Map(
    (Object.keys(events) as EventName[]).map((name) => [eventChannel(name), name]),
  );
  const ipcRenderer: IpcRendererLike = {
    async invoke(channel, ...args) {
      const reply = await ask({ type: 'invoke', id: nextId++, channel, args });
      return (reply as Extract<FromMain, { type: 'result' }>).result;
    },
    on(channel, listener) {
      const event = eventNames.get(channel);
      if (event && received.listenerCount(channel) === 0)
        child.send({ type: 'subscribe', event } satisfies ToMain);
      received.on(channel, listener);
    },
    removeListener(channel, listener) {
      received.removeListener(channel, listener);
      const event = eventNames.get(channel);
      if (event && received.listenerCount(channel) === 0)
        child.send({ type: 'unsubscribe', event } satisfies ToMain);
    },
  };
  const ipcTransport = createIpcTransport(ipcRenderer);

  const { port, token } = await ready;
  let websocket: Promise<OcxApi> | undefined;
  return {
    ipc: createApi(ipcTransport),
    websocket: () => (websocket ??= connectWebSocket(port, token)),
    async memory(sample) {
      const reply = await ask({ type: 'memory', id: nextId++, sample });
      const { rss, peakRss } = reply as Extract<FromMain, { type: 'memory' }>;
      return { rss, peakRss };
    },
    async stop() {
      // The transport reconnects when main goes away; from now on its sockets never open.
      (globalThis as { WebSocket?: unknown }).WebSocket = InertWebSocket;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      await exited;
    },
  };
}

/**
 * Browser mode's own client (preload/transport/websocket.ts, as preload/web.ts builds it), with
 * the Node 'ws' client in the browser's place. A page's WebSocket sends its Origin; this one says
 * the same, and the URL carries the token as the page's first load does.
 */
async function connectWebSocket(port: number, token: string): Promise<OcxApi> {
  const origin = `http://127.0.0.1:${port}`;
  class PageWebSocket extends WsWebSocket {
    constructor(url: string) {
      super(url, { origin });
      // A page's socket reports failures as events; it never throws them.
      this.on('error', () => undefined);
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = PageWebSocket;
  // Typed by hand: the module is written against the DOM's WebSocket, outside Node's tsconfig.
  const { createWebSocketTransport } = (await import(
    new URL('../../../preload/transport/websocket.ts', import.meta.url).href
  )) as { createWebSocketTransport: (url: string) => Transport };
  const api = createApi(createWebSocketTransport(`ws://127.0.0.1:${port}/bridge?token=${token}`));
  const info = await api.app.info();
  if (!info.ok) throw new Error(`The WebSocket bridge did not answer: ${info.error.message}`);
  return api;
}

/**
 * A marketplace for the sandbox process (or for `apiUrl`, signing in at the sandbox), with
 * admin01 signed in: what a user sets up by hand.
 */
export async function signInAdmin(
  api: OcxApi,
  sandbox: SandboxProcess,
  roles: string[],
  apiUrl = sandbox.url,
): Promise<{ profileId: string; perspectiveId: string }> {
  const admin = sandbox.info.users.find((user) => user.username === 'admin01')!;
  const profile = must(
    await api.profiles.create({
      name: 'Bench sandbox',
      color: '#336699',
      environment: { kind: 'custom', apiUrl, authUrl: sandbox.url },
      apiClients: [{ id: 'default', clientId: sandbox.info.clientId }],
      perspectives: [
        {
          id: 'admin',
          label: 'admin01',
          grantType: 'password',
          apiClientId: 'default',
          username: admin.username,
          savePassword: true,
          password: admin.password,
          roles,
        },
      ],
    }),
  );
  const key = { profileId: profile.id, perspectiveId: 'admin' };
  const session = must(await api.sessions.signIn(key));
  if (session.state !== 'signed-in') throw new Error(`Sign-in failed: ${session.reason?.message}`);
  return key;
}

/**
 * The built-in Local sandbox, which main runs in its own process as the app does, signed in as
 * its seeded admin; with a token of the same user for the baselines' bare requests.
 */
export async function signInLocalSandbox(
  api: OcxApi,
): Promise<{ key: { profileId: string; perspectiveId: string }; sandbox: SandboxProcess }> {
  const key = { profileId: LOCAL_SANDBOX_PROFILE_ID, perspectiveId: 'admin' };
  const session = must(await api.sessions.signIn(key));
  if (session.state !== 'signed-in') throw new Error(`Sign-in failed: ${session.reason?.message}`);
  const { apiUrl } = must(await api.profiles.endpoints({ id: LOCAL_SANDBOX_PROFILE_ID }));
  const admin = SEED_USERS.find((user) => user.username === 'admin01')!;
  const info: SandboxReadyInfo = {
    url: apiUrl,
    clientId: CLIENT_IDS.defaultAccess,
    clients: [],
    users: [{ username: admin.username, password: admin.password!, userType: 'admin' }],
  };
  return { key, sandbox: { url: apiUrl, info, stop: async () => undefined } };
}

export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Runs each arm once per round, in a rotating order so no arm always follows the same one, and
 * returns every arm's per-round values.
 */
export async function interleavedArms<K extends string, T>(
  rounds: number,
  arms: Record<K, () => Promise<T>>,
): Promise<Record<K, T[]>> {
  const names = Object.keys(arms) as K[];
  const values = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    for (let offset = 0; offset < names.length; offset++) {
      const name = names[(round + offset) % names.length]!;
      values[name].push(await arms[name]());
    }
  }
  return values;
}

class InertWebSocket {
  static readonly OPEN = 1;
  readonly readyState = 0;
  addEventListener(): void {}
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
