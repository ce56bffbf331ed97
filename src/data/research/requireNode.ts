import type { Db } from '../../db';
import { NotFoundError } from '../../errors';
import { LABEL_OF_IDS, type IdLabel } from '../nodeKinds';

const EXISTS: Record<IdLabel, string> = {
  Actor: 'RETURN EXISTS { MATCH (:Actor {id: $id}) } AS found',
  Statement: 'RETURN EXISTS { MATCH (:Statement {id: $id}) } AS found',
  Event: 'RETURN EXISTS { MATCH (:Event {id: $id}) } AS found',
  Article: 'RETURN EXISTS { MATCH (:Article {id: $id}) } AS found',
};

/**
 * Throws NOT_FOUND unless a node of this label has this id. Research queries call it only
 * when they found nothing, to tell "no results" from "no such node".
 */
export async function requireNode(db: Db, label: IdLabel, id: string): Promise<void> {
  const [row] = await db.read(EXISTS[label], { id });
  if (row?.found !== true) throw new NotFoundError(label, id);
}

/** Throws NOT_FOUND for the first of `ids` that is no node of any label. */
export async function requireAnyNodes(db: Db, ids: string[]): Promise<void> {
  const rows = await db.read(LABEL_OF_IDS, { ids });
  const found = new Set(rows.map((r) => String(r.id)));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new NotFoundError('Node', missing);
}
