import type { Db } from '../../db';
import type { NodeLabel } from '../planBundle';
import type { EmptyLists } from './writeImportCsv';

/** Sets properties to empty lists (`row.props` is `{quotes: []}` and the like) on nodes by id. */
export const SET_EMPTY_LISTS = (label: NodeLabel) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n += row.props`;

const BATCH = 5000;

/**
 * CSV has no way to say "empty list" (the importer reads an empty field as no property), and
 * the normal path stores `[]` (`quotes`, `aliases`, …): after the import, with the id
 * constraints in place, those properties are set by id, in batches.
 */
export async function setEmptyLists(db: Db, lists: EmptyLists[]): Promise<void> {
  for (const { label, rows } of lists)
    for (let i = 0; i < rows.length; i += BATCH)
      await db.write(SET_EMPTY_LISTS(label), { rows: rows.slice(i, i + BATCH) });
}
