import type { Db } from '../../../src/db';

/**
 * The whole graph as sorted text: every node with its labels and properties, every
 * relationship with its type, end ids and properties. Equal fingerprints, equal graphs.
 */
export async function fingerprint(db: Db): Promise<string[]> {
  const nodes = await db.read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.read(
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const stable = (value: unknown): string =>
    JSON.stringify(value, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
          )
        : v,
    );
  return [
    ...nodes.map((n) => `node ${stable([...(n.labels as string[])].sort())} ${stable(n.props)}`),
    ...rels.map((r) => `rel ${String(r.from)} ${String(r.type)} ${String(r.to)} ${stable(r.props)}`),
  ].sort();
}
