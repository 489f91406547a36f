// Sandbox throughput on loopback, each a ratio against a bare Node http server answering a fixed
// JSON body, measured in the same run, interleaved, median of the rounds. Measured, not asserted.
//   npx tsx tests/bench/sandbox-throughput.ts
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { startSandbox } from '../../main/sandbox/index';
import { interleaved, type BenchResult } from './support/result';

const ROUNDS = 5;
const CONCURRENCY = 8;

interface Target {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Sends `count` requests, `CONCURRENCY` at a time over keep-alive sockets; returns requests per second. */
async function throughput(target: Target, count: number): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const send = () =>
    new Promise<void>((resolve, reject) => {
      const outgoing = request(
        target.url,
        { method: target.method, headers: target.headers, agent },
        (response) => {
          response.resume();
          response.on('end', () =>
            response.statusCode === 200
              ? resolve()
              : reject(new Error(`HTTP ${response.statusCode}`)),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end(target.body);
    });
  let remaining = count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (remaining-- > 0) await send();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return count / seconds;
}

async function bareServer(body: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    _request.resume();
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function form(fields: Record<string, string>): Pick<Target, 'headers' | 'body'> {
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

export const ids = ['SB1', 'SB2', 'SB3'];

export async function run(): Promise<BenchResult[]> {
  const sandbox = await startSandbox({ port: 0 });
  const admin = sandbox.info.users.find((user) => user.username === 'admin01')!;
  const erp = sandbox.info.clients.find((client) => client.clientSecret)!;
  const token = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    ...form({
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: admin.username,
      password: admin.password,
    }),
  });
  const accessToken = ((await token.json()) as { access_token: string }).access_token;
  const me = await (
    await fetch(`${sandbox.url}/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } })
  ).text();
  const bare = await bareServer(me);

  const cases: Array<{ id: string; name: string; count: number; target: Target }> = [
    {
      id: 'SB1.token.password',
      name: 'POST /oauth/token, password grant (scrypt verify)',
      count: 120,
      target: {
        method: 'POST',
        url: `${sandbox.url}/oauth/token`,
        ...form({
          grant_type: 'password',
          client_id: sandbox.info.clientId,
          username: admin.username,
          password: admin.password,
          scope: 'MeAdmin OrderAdmin',
        }),
      },
    },
    {
      id: 'SB2.token.client-credentials',
      name: 'POST /oauth/token, client_credentials grant',
      count: 1500,
      target: {
        method: 'POST',
        url: `${sandbox.url}/oauth/token`,
        ...form({
          grant_type: 'client_credentials',
          client_id: erp.clientId,
          client_secret: erp.clientSecret!,
          scope: 'OrderAdmin',
        }),
      },
    },
    {
      id: 'SB3.me',
      name: 'GET /v1/me',
      count: 2000,
      target: {
        method: 'GET',
        url: `${sandbox.url}/v1/me`,
        headers: { authorization: `Bearer ${accessToken}` },
      },
    },
  ];

  const rows: BenchResult[] = [];
  try {
    for (const { id, name, count, target } of cases) {
      const baseline: Target = { ...target, url: target.url.replace(sandbox.url, bare.url) };
      await throughput(target, Math.ceil(count / 10));
      await throughput(baseline, Math.ceil(count / 10));
      const measured = await interleaved(
        ROUNDS,
        () => throughput(target, count),
        () => throughput(baseline, count),
      );
      rows.push({
        id,
        name: `${name}: requests/s vs a bare JSON server (higher is better)`,
        candidate: measured.candidate,
        baseline: measured.baseline,
        ratio: measured.candidate / measured.baseline,
        unit: 'req/s',
      });
    }
  } finally {
    await sandbox.close();
    await new Promise<void>((resolve) => bare.server.close(() => resolve()));
  }
  return rows;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  console.table(await run());
}
