import type { Db } from '../../../src/db';
import { STANCE_PATTERN } from '../../../src/domain/stanceTypes';

/** Nodes per label combination and relationships per type, for "nothing changed" checks. */
export async function graphCounts(
  db: Db,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  const byLabels = "MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + ':' + l) AS labels, count(*) AS c";
  for (const row of await db.read(byLabels)) {
    nodes[String(row.labels)] = Number(row.c);
  }
  const relationships: Record<string, number> = {};
  for (const row of await db.read('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c')) {
    relationships[String(row.type)] = Number(row.c);
  }
  return { nodes, relationships };
}

/** Ids held by more than one node of a label, and stance ids held by more than one edge. */
export async function duplicates(
  db: Db,
): Promise<{ nodes: unknown[]; stances: unknown[]; edges: unknown[] }> {
  const nodes = await db.read(
    'MATCH (n) WITH labels(n) AS labels, n.id AS id, count(*) AS c WHERE c > 1 RETURN labels, id, c',
  );
  const stances = await db.read(
    `MATCH ()-[r:${STANCE_PATTERN}]->() WITH r.id AS id, count(*) AS c WHERE c > 1 RETURN id, c`,
  );
  const edges = await db.read(
    'MATCH (a)-[r]->(b) WITH a.id AS from, type(r) AS type, b.id AS to, count(*) AS c WHERE c > 1 RETURN from, type, to, c',
  );
  return { nodes, stances, edges };
}
