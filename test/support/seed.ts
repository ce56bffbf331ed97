import type { Database } from '../../src/db';
import { loadSeed } from '../../src/ingest/loadSeed';
import { resetDatabase } from './database';

/** Wipes the database and loads the seed bundle(s) from data/seed/. */
export async function resetToSeed(db: Database): Promise<void> {
  await resetDatabase(db);
  await loadSeed(db);
}
