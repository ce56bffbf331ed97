import type { Db, Params, Tx } from '../db';
import type { BundleProblem } from '../errors';
import { checkBundleSchema } from './bundleSchema';
import { LINK_TYPES, STANCE_TYPES } from './bundleTypes';
import {
  EDGES,
  ENSURE_STATEMENTS,
  UPDATE_STATEMENTS,
  UPSERT_ACTOR,
  UPSERT_ARTICLE,
  UPSERT_EDGE,
  UPSERT_EVENT,
  UPSERT_LINK,
  UPSERT_STANCE,
  type EdgeKind,
} from './cypher';
import { validateBundle, type IngestPlan } from './validateBundle';

/** How many nodes or relationships an ingestion created, updated or left unchanged. */
export interface IngestCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The outcome of one ingestion (GraphQL `IngestResult`, plus warnings). */
export interface IngestSummary {
  articleId: string;
  nodes: IngestCounts;
  relationships: IngestCounts;
  /** Things that did not stop ingestion, e.g. a new actor sharing a known actor's name. */
  warnings: BundleProblem[];
}

export interface IngestOptions {
  /** Transaction timeout for the whole bundle. */
  timeoutMs?: number;
  /** Called after each batch with rows written so far and rows in all (restarts on a retry). */
  onProgress?(done: number, total: number): void;
  /** Rows per UNWIND batch (default 1000). */
  batchSize?: number;
}

const DEFAULT_BATCH = 1000;

/**
 * Ingests one article bundle: validates it (JSON Schema, model rules, references against the
 * graph), then writes it in ONE write transaction of batched UNWIND/MERGE statements, so it
 * all commits or nothing does. Idempotent: MERGE on ids and uniqueness constraints, and the
 * transaction function may be re-run by the driver on a transient error (a deadlock between
 * concurrent ingests), since validation and every write happen inside it.
 * Throws InvalidBundleError (every problem with its JSON path) or AmbiguousReferenceError.
 */
export async function ingestBundle(
  db: Db,
  bundle: unknown,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  if (checkBundleSchema(bundle).length > 0) {
    // Refused whatever the graph holds: find every other problem with reads only, then throw.
    await validateBundle({ run: (q, p) => db.read(q, p) }, bundle);
  }
  return db.writeTransaction(
    async (tx) => writePlan(tx, await validateBundle(tx, bundle), options),
    options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
  );
}

interface Step {
  query: string;
  rows: Params[];
  counts: 'nodes' | 'relationships' | 'none';
}

/** Writes a validated plan; every node is locked in id order first to keep deadlocks rare. */
export async function writePlan(
  tx: Tx,
  plan: IngestPlan,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const steps = planSteps(plan);
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const total = steps.reduce((n, s) => n + s.rows.length, 0);
  const nodes: IngestCounts = { created: 0, updated: 0, unchanged: 0 };
  const relationships: IngestCounts = { created: 0, updated: 0, unchanged: 0 };
  let done = 0;
  options.onProgress?.(0, total);
  for (const step of steps) {
    for (let i = 0; i < step.rows.length; i += batchSize) {
      const rows = step.rows.slice(i, i + batchSize);
      const [result] = await tx.run(step.query, { rows });
      if (step.counts !== 'none' && result) {
        const into = step.counts === 'nodes' ? nodes : relationships;
        into.created += Number(result.created);
        into.updated += Number(result.updated);
        into.unchanged += Number(result.unchanged);
      }
      done += rows.length;
      options.onProgress?.(done, total);
    }
  }
  return { articleId: plan.article.id, nodes, relationships, warnings: plan.warnings };
}

/** The statements to run, in an order every ingest follows (so concurrent ones lock alike). */
function planSteps(plan: IngestPlan): Step[] {
  const byId = <T extends { id: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const statements = byId(plan.statements);
  const steps: Step[] = [
    { query: UPSERT_ARTICLE, rows: [{ ...plan.article }], counts: 'nodes' },
    {
      query: UPSERT_ACTOR.agency,
      rows: byId(plan.actors.filter((a) => a.agency)).map(actorParams),
      counts: 'nodes',
    },
    {
      query: UPSERT_ACTOR.other,
      rows: byId(plan.actors.filter((a) => !a.agency)).map(actorParams),
      counts: 'nodes',
    },
    { query: UPSERT_EVENT, rows: byId(plan.events).map((e) => ({ ...e })), counts: 'nodes' },
    { query: ENSURE_STATEMENTS, rows: statements.map((s) => ({ id: s.id })), counts: 'none' },
  ];
  for (const kind of Object.keys(EDGES) as EdgeKind[]) {
    const rows = plan.edges
      .filter((e) => e.kind === kind)
      .sort((a, b) => compare(`${a.from}|${a.to}`, `${b.from}|${b.to}`))
      .map(({ from, to, role }) => ({ from, to, role }));
    steps.push({ query: UPSERT_EDGE[kind], rows, counts: 'relationships' });
  }
  for (const type of STANCE_TYPES) {
    const rows = byId(plan.stances.filter((s) => s.type === type)).map((s) => ({ ...s }));
    steps.push({ query: UPSERT_STANCE[type], rows, counts: 'relationships' });
  }
  for (const type of LINK_TYPES) {
    const rows = plan.links
      .filter((l) => l.type === type)
      .sort((a, b) => compare(`${a.from}|${a.to}`, `${b.from}|${b.to}`))
      .map((l) => ({ ...l }));
    steps.push({ query: UPSERT_LINK[type], rows, counts: 'relationships' });
  }
  steps.push({ query: UPDATE_STATEMENTS, rows: statements.map((s) => ({ ...s })), counts: 'nodes' });
  return steps.filter((s) => s.rows.length > 0);
}

function actorParams(a: IngestPlan['actors'][number]): Params {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    aliasKeys: a.aliasKeys,
    description: a.description,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
