/**
 * Ingestion throughput: generates a synthetic bundle (default 10,000 statements) and times
 * `ingestBundle`, the function the CLI, the mutation and the seed use, against the Neo4j given
 * by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. Prints statements per second
 * for a first ingest (everything created) and a re-ingest (everything unchanged).
 *
 *   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... npx tsx bench/ingest/throughput.ts \
 *     [--statements 10000] [--out bench/results/ingest-10k.bundle.json] [--keep]
 *
 * Ids get a per-run prefix, so it never touches existing data; its nodes are deleted at the
 * end unless --keep. --out also writes the bundle, to time the CLI on it:
 *   npm run ingest -- bench/results/ingest-10k.bundle.json
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { Database, applySchema } from '../../src/db';
import { ingestBundle } from '../../src/ingest/ingestBundle';
import { syntheticBundle } from './syntheticBundle';

async function main(): Promise<void> {
  const opts = new Command('throughput')
    .option('--statements <n>', 'statements in the bundle', (v) => Number(v), 10_000)
    .option('--out <file>', 'also write the bundle to this file')
    .option('--prefix <slug>', 'id prefix (default: bench-<time>)')
    .option('--keep', 'keep the ingested nodes', false)
    .parse(process.argv)
    .opts<{ statements: number; out?: string; prefix?: string; keep: boolean }>();

  const uri = process.env.NEO4J_URI;
  if (!uri) {
    process.stderr.write(
      'Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) to the Neo4j to measure.\n',
    );
    process.exitCode = 2;
    return;
  }
  const prefix = opts.prefix ?? `bench-${Date.now().toString(36)}`;
  const bundle = syntheticBundle(opts.statements, prefix);
  if (opts.out) {
    mkdirSync(path.dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, JSON.stringify(bundle));
  }
  const db = Database.connect(
    {
      uri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    },
    { queryTimeoutMs: 600_000, maxPoolSize: 2 },
  );
  try {
    await db.waitUntilReachable(15_000);
    await applySchema(db);
    const sizes = `${bundle.statements.length} statements, ${bundle.stances.length} stances, ${bundle.links.length} links, ${bundle.actors.length} actors, ${bundle.events.length} events`;
    process.stdout.write(`bundle: ${sizes}\n`);
    for (const label of ['first ingest', 're-ingest']) {
      const started = performance.now();
      const summary = await ingestBundle(db, bundle, { timeoutMs: 600_000 });
      const seconds = (performance.now() - started) / 1000;
      const rate = Math.round(bundle.statements.length / seconds);
      process.stdout.write(
        `${label.padEnd(12)} ${seconds.toFixed(2)} s  ${rate} statements/s  ` +
          `nodes ${JSON.stringify(summary.nodes)}  relationships ${JSON.stringify(summary.relationships)}\n`,
      );
    }
    if (!opts.keep) await removeRun(db, prefix);
  } finally {
    await db.close();
  }
}

/** Deletes this run's nodes, a few thousand per transaction. */
async function removeRun(db: Database, prefix: string): Promise<void> {
  for (;;) {
    const [row] = await db.write(
      'MATCH (n) WHERE n.id STARTS WITH $prefix WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS deleted',
      { prefix: `${prefix}-` },
    );
    if (!row || Number(row.deleted) === 0) return;
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
