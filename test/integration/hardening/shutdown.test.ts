import { expect } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { freePort } from '../../../src/embedded/freePort';
import { repoPath } from '../../../src/paths';
import { TEST_TOKEN } from '../../support/server';

// SIGTERM drains: the service stops accepting connections, lets the request in flight finish
// (it still reaches Neo4j), then closes the driver and exits 0. The real entry point runs in
// a child process against the run's Neo4j.

let child: ChildProcess;
let port: number;
const output: string[] = [];

beforeAll(async () => {
  port = await freePort();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: repoPath(),
    env: {
      ...process.env,
      // Not `test`: Apollo installs its own SIGTERM handler outside test mode unless told not to.
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_ON_EMPTY: 'false',
      CLAIMGRAPH_TOKEN: TEST_TOKEN,
      SHUTDOWN_GRACE_MS: '20000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr])
    stream?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200, 90_000);
});

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

test('SIGTERM lets an in-flight request finish against Neo4j, refuses new connections, exits 0', async () => {
  const body = JSON.stringify({ query: 'query InFlight { actors(first: 1) { totalCount } }' });
  const half = Math.floor(body.length / 2);
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': 'in-flight-1',
    },
  });
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text });
      });
    });
    request.on('error', reject);
  });
  // Half the body: the request is in flight (headers read, body still arriving).
  request.write(body.slice(0, half));
  await new Promise((r) => setTimeout(r, 300));

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  child.kill('SIGTERM');
  await waitFor(() => output.join('').includes('stopping: draining in-flight requests'), 10_000);

  // New connections are refused while the in-flight request is still open.
  await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();

  request.end(body.slice(half));
  const { status, text } = await response;
  expect(status).toBe(200);
  expect(JSON.parse(text)).toEqual({ data: { actors: { totalCount: expect.any(Number) } } });

  expect(await exited).toBe(0);
  const log = output.join('');
  const order = ['stopping: draining in-flight requests', '"requestId":"in-flight-1"', '"msg":"stopped"'].map(
    (s) => log.indexOf(s),
  );
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await condition()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out; output:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
