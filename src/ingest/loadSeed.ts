import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db';
import { repoPath } from '../paths';
import { HAS_ARTICLE } from './cypher';
import { ingestBundleFrom, type IngestOptions, type IngestSummary } from './ingestBundle';

/** The seed bundles, data/seed/*.bundle.json, in name order. */
export function seedBundlePaths(): string[] {
  const dir = repoPath('data', 'seed');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.bundle.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Ingests every seed bundle through the same path as the CLI and the mutation. Idempotent. */
export async function loadSeed(db: Db, options: IngestOptions = {}): Promise<IngestSummary[]> {
  const summaries: IngestSummary[] = [];
  for (const file of seedBundlePaths()) {
    const load = () => JSON.parse(readFileSync(file, 'utf8')) as unknown;
    summaries.push(await ingestBundleFrom(db, load, options));
  }
  return summaries;
}

/** Loads the seed when the database holds no Article; returns what it ingested ([] if nothing). */
export async function loadSeedIfEmpty(db: Db, options: IngestOptions = {}): Promise<IngestSummary[]> {
  const [row] = await db.read(HAS_ARTICLE);
  if (row?.any === true) return [];
  return loadSeed(db, options);
}
