import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { StoreInUseError, connectOrStart } from '../../../src/db';
import { readStoreOwner } from '../../../src/embedded/storeOwner';

// Issue 13: the CLI, finding the service's Neo4j slow to answer, started a second Neo4j on the
// same store, failed on the lock and hung. connectOrStart finds the store's owner from the file
// it writes beside the store and never starts a second JVM there; every wait is bounded. No
// Neo4j is needed: the "owner" is a live process and its Bolt port a socket that never answers
// (what a frozen Neo4j looks like).

let home: string;
let owner: ChildProcess;
let silent: net.Server;
/** The silent server's accepted sockets: close() waits for them, so they are destroyed first. */
const accepted = new Set<net.Socket>();
let port: number;

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-owner-'));
  owner = spawn('sleep', ['600'], { stdio: 'ignore' });
  silent = net.createServer((socket) => accepted.add(socket)); // accepts, answers nothing
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  port = (silent.address() as AddressInfo).port;
  writeFileSync(
    path.join(home, 'claimgraph-owner.json'),
    JSON.stringify({
      pid: owner.pid,
      boltUri: `bolt://127.0.0.1:${port}`,
      boltPort: port,
      httpPort: 1,
      startedAt: '',
    }),
  );
});

afterAll(async () => {
  owner.kill('SIGKILL');
  for (const socket of accepted) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  rmSync(home, { recursive: true, force: true });
});

const options = (whenInUse: 'attach' | 'refuse') => ({
  // A port nothing listens on: were a JVM started, it could not be this test's doing silently.
  embedded: { home, boltPort: 9, httpPort: 9, heap: '64m', pagecache: '8m', password: 'unused-password' },
  database: { queryTimeoutMs: 1000, deadlines: { livenessTimeoutMs: 500, acquisitionTimeoutMs: 500 } },
  whenInUse,
  reachableTimeoutMs: 1500,
});

test('the owner file names the live process and its Bolt port', () => {
  expect(readStoreOwner(home)).toMatchObject({ pid: owner.pid, boltPort: port });
});

test('attach: an owner that does not answer is reported, never replaced by a second Neo4j', async () => {
  await expect(connectOrStart(options('attach'))).rejects.toThrow(
    new StoreInUseError(
      `Process ${owner.pid} runs Neo4j on ${home} (Bolt bolt://127.0.0.1:${port}) but it did not answer within 1500 ms; not starting a second Neo4j on the same store`,
    ),
  );
});

test('refuse (the service): a store in use stops the start with the owner named', async () => {
  await expect(connectOrStart(options('refuse'))).rejects.toThrow(
    `Process ${owner.pid} already runs Neo4j on ${home}`,
  );
});

test('an owner file left by a dead process is ignored', () => {
  const stale = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-owner-'));
  writeFileSync(
    path.join(stale, 'claimgraph-owner.json'),
    JSON.stringify({
      pid: 2 ** 22 + 7,
      boltUri: 'bolt://127.0.0.1:1',
      boltPort: 1,
      httpPort: 1,
      startedAt: '',
    }),
  );
  expect(readStoreOwner(stale)).toBeUndefined();
  rmSync(stale, { recursive: true, force: true });
});
