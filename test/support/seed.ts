import type { Database } from '../../src/db';
import { loadSeed } from '../../src/ingest/loadSeed';
import { resetDatabase } from './database';

/**
 * Wipes the database and loads the seed bundle(s) from data/seed/. The seed load is setup, not
 * what a test measures: it gets the ingestion timeout the scripts use, so a busy machine slows
 * it down instead of failing every test of the file.
 */
export async function resetToSeed(db: Database): Promise<void> {
  await resetDatabase(db);
  await loadSeed(db, { timeoutMs: 300_000 });
}
