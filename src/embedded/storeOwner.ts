import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Who runs Neo4j on an embedded store, written beside it while that process lives. */
export interface StoreOwner {
  /** The Node process (service, CLI, test run) that started and owns the JVM. */
  pid: number;
  boltUri: string;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

const FILE = 'claimgraph-owner.json';

/** The live owner of the store at `home`, or undefined (no file, or its process is gone). */
export function readStoreOwner(home: string): StoreOwner | undefined {
  let owner: StoreOwner;
  try {
    owner = JSON.parse(readFileSync(path.join(home, FILE), 'utf8')) as StoreOwner;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(owner.pid) || owner.pid === process.pid || !isAlive(owner.pid)) return undefined;
  return owner;
}

/** Records this process as the store's owner (atomically, so readers never see half a file). */
export function writeStoreOwner(home: string, owner: Omit<StoreOwner, 'pid' | 'startedAt'>): void {
  const file = path.join(home, FILE);
  const record: StoreOwner = { pid: process.pid, startedAt: new Date().toISOString(), ...owner };
  writeFileSync(`${file}.tmp`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/** Removes the owner file if this process wrote it. */
export function removeStoreOwner(home: string): void {
  const file = path.join(home, FILE);
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as StoreOwner;
    if (owner.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // nothing to remove
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
