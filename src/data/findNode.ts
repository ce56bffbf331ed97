import type { Db } from '../db';
import type { Loaders } from './loaders';
import { LABEL_OF_IDS, loadNode } from './nodeKinds';
import type { NodeRow } from './rows';

/** Any node (or stance) by id, or null. */
export async function findNode(db: Db, loaders: Loaders, id: string): Promise<NodeRow | null> {
  const [row] = await db.read(LABEL_OF_IDS, { ids: [id] });
  if (row) return loadNode(loaders, String(row.label), id);
  return loaders.stance.load(id);
}
