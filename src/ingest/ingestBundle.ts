import { dateParam, type Db, type Params, type Tx } from '../db';
import { InvalidBundleError, type BundleProblem } from '../errors';
import type { Bundle } from './bundleFormat';
import { parseBundle } from './bundleSchema';
import {
  ACTORS_KNOWN,
  DATE_FIELDS,
  CREATE_NODES,
  CREATE_RELS,
  DELETE_ARTICLE_RELS,
  DELETE_NODES,
  DELETE_RELS,
  UPDATE_NODES,
  UPDATE_RELS,
} from './cypher';
import { diffState, type Changes, type IngestCounts } from './diffState';
import {
  planBundle,
  type DatePlan,
  type GraphLookup,
  type IngestPlan,
  type PlanOptions,
  type Resolution,
} from './planBundle';
import { findNearDuplicateActors } from './nearDuplicates';
import { lookupGraph, readGraphState, type Runner } from './readGraphState';
import { appendTo } from './appendTo';

export type { IngestCounts } from './diffState';

/** The outcome of one ingestion (GraphQL `IngestResult`). */
export interface IngestSummary {
  articleId: string;
  /** True when nothing was written (a dry run): the counts say what a real run would do. */
  dryRun: boolean;
  nodes: IngestCounts;
  relationships: IngestCounts;
  /** Things that did not stop ingestion, e.g. a new actor sharing a known actor's name. */
  warnings: BundleProblem[];
  /** Every resolved date with its precision and knownBy. */
  dates: DatePlan[];
  /** Every reference and the id it resolved to (with `report: 'aliases'`, those by name or alias). */
  resolutions: Resolution[];
  /** References resolved, listed in `resolutions` or not. */
  resolutionCount: number;
}

export interface IngestOptions {
  /** Transaction timeout for the whole bundle. */
  timeoutMs?: number;
  /** Called after each batch with rows written so far and rows in all (restarts on a retry). */
  onProgress?(done: number, total: number): void;
  /** Rows per UNWIND batch (default 2000). */
  batchSize?: number;
  /** Compute and return the outcome, write nothing. */
  dryRun?: boolean;
  /** Refuse new actors that resemble known ones instead of warning. */
  strict?: boolean;
  /**
   * List every resolved date and reference resolution in the summary (default true); `'aliases'`
   * lists every date and only the references resolved by name or alias.
   */
  report?: boolean | 'aliases';
}

/** Rows per batch: 2,000 measured best of 500 / 1,000 / 2,000 / 5,000 on a 10,000-statement bundle. */
const DEFAULT_BATCH = 2000;
/** Write batches in flight at once (pipelining): 2 measured against 1 and 4 on a 10,000-statement bundle. */
const PIPELINE = 2;
/** Attempts when a concurrent ingest created the same node first (a uniqueness violation). */
const ATTEMPTS = 5;

/**
 * Ingests one article bundle: checks it against the JSON Schema, asks the graph about
 * the ids and alias keys it mentions, plans it in memory, reads what the graph holds of the
 * article's old and new contribution (locking it), diffs in memory, and writes only the
 * difference — all in ONE write transaction, so it all commits or nothing does. Re-ingesting
 * an article id replaces the article's contribution (see diffState). A concurrent ingest
 * that created the same node first makes this one start again (uniqueness constraints), so
 * nothing is ever duplicated.
 * Throws InvalidBundleError (every problem with its JSON path) or AmbiguousReferenceError.
 */
export function ingestBundle(db: Db, input: unknown, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestBundleFrom(db, () => input, options);
}

/**
 * `ingestBundle` for a bundle that `load` gives (parsed JSON, e.g. read from a file) and gives
 * again, to be checked and planned again, when the ingest starts again: nothing here holds the
 * bundle once it is planned, so a large one is released before the diff and the write (a
 * 200,000-statement bundle is 180 MB).
 */
export async function ingestBundleFrom(
  db: Db,
  load: () => unknown,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  let loaded: Bundle | undefined = checkedBundle(load());
  const nearDuplicates = await nearDuplicateProblems(db, loaded);
  if (options.strict && nearDuplicates.length > 0) throw new InvalidBundleError(nearDuplicates);
  // The first attempt plans the bundle checked above; a retry loads it again.
  const take = (): Bundle => {
    const bundle = loaded ?? checkedBundle(load());
    loaded = undefined;
    return bundle;
  };
  const planOptions = { report: options.report ?? true };
  if (options.dryRun) {
    const runner: Runner = { run: (q, p) => db.read(q, p) };
    const { plan, labels } = await lookUpAndPlan(runner, take, planOptions);
    const changes = diffState(plan, await readGraphState(runner, plan, false, labels));
    return summary(plan, changes, true, nearDuplicates);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.writeTransaction(
        async (tx) => {
          const { plan, labels } = await lookUpAndPlan(tx, take, planOptions);
          const changes = diffState(plan, await readGraphState(tx, plan, true, labels));
          await writeChanges(tx, plan.article.id, changes, options);
          return summary(plan, changes, false, nearDuplicates);
        },
        options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
      );
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniquenessRace(error)) throw error;
    }
  }
}

function checkedBundle(input: unknown): Bundle {
  const parsed = parseBundle(input);
  if (!parsed.ok) throw new InvalidBundleError(parsed.problems);
  return parsed.bundle;
}

/**
 * Asks the graph about the bundle `take` gives and plans it. The bundle is held by this frame
 * alone, so it can be collected once the plan is made (the plan keeps only what it needs).
 */
async function lookUpAndPlan(
  runner: Runner,
  take: () => Bundle,
  options: PlanOptions,
): Promise<{ plan: IngestPlan; labels: GraphLookup['labels'] }> {
  const bundle = take();
  const lookup = await lookupGraph(runner, bundle);
  return { plan: planBundle(bundle, lookup, options), labels: lookup.labels };
}

/**
 * New actors (ids the graph does not hold) that resemble known actors or each other: warnings,
 * or refusals in strict mode, at `$.actors[i]`, naming the candidate ids.
 */
async function nearDuplicateProblems(db: Db, bundle: Bundle): Promise<BundleProblem[]> {
  const actors = bundle.actors ?? [];
  if (actors.length === 0) return [];
  const [known] = await db.read(ACTORS_KNOWN, { ids: actors.map((a) => a.id) });
  // A graph without actors has nothing for a new actor to resemble.
  if (Number(known?.actorCount ?? 0) === 0) return [];
  const knownIds = new Set((known?.ids as string[] | undefined) ?? []);
  const fresh = actors
    .map((a, i) => ({ path: `$.actors[${i}]`, id: a.id, name: a.name, aliases: a.aliases ?? [] }))
    .filter((a) => !knownIds.has(a.id));
  if (fresh.length === 0) return [];
  // Only actors already in the graph: the bundle's own actors were defined apart on purpose.
  const own = new Set(actors.map((a) => a.id));
  return (await findNearDuplicateActors(db, fresh, { withinBundle: false }))
    .map((d) => ({ ...d, candidates: d.candidates.filter((c) => !own.has(c.id)) }))
    .filter((d) => d.candidates.length > 0)
    .map((d) => ({
      path: d.path,
      message: `new actor "${d.id}" resembles ${d.candidates
        .map((c) => `${c.id} ("${c.name}", ${c.reason.toLowerCase().replace(/_/g, ' ')})`)
        .join(', ')}; if it is the same actor, use that id`,
    }));
}

function summary(
  plan: IngestPlan,
  changes: Changes,
  dryRun: boolean,
  nearDuplicates: BundleProblem[],
): IngestSummary {
  return {
    articleId: plan.article.id,
    dryRun,
    nodes: changes.nodes,
    relationships: changes.relationships,
    warnings: [...plan.warnings, ...nearDuplicates],
    dates: plan.dates,
    resolutions: plan.resolutions,
    resolutionCount: plan.resolutionCount,
  };
}

function isUniquenessRace(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}

/** `props` with its date fields as Cypher dates (one SET per row writes them). */
function withDates(props: Params, fields: string[]): Params {
  if (!fields.some((f) => props[f] != null)) return props;
  const out = { ...props };
  for (const f of fields) if (props[f] != null) out[f] = dateParam(props[f]);
  return out;
}

/** One statement run in batches: its rows are built a batch at a time, not all at once. */
interface Step {
  query: string;
  items: readonly unknown[];
  row: (item: unknown) => unknown;
  key: 'rows' | 'ids' | 'eids';
  params?: Params;
}

/** A step over `items`, each made a row by `row` when its batch is sent. */
function step<T>(
  query: string,
  items: readonly T[],
  row: (item: T) => unknown,
  key: Step['key'] = 'rows',
  params?: Params,
): Step {
  return { query, items, row: row as (item: unknown) => unknown, key, ...(params ? { params } : {}) };
}

/** Writes the changes in batches: nodes, then relationships, then removals. */
export async function writeChanges(
  tx: Tx,
  articleId: string,
  changes: Changes,
  options: IngestOptions = {},
): Promise<void> {
  const steps: Step[] = [];
  const groupBy = <T>(items: T[], key: (t: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) appendTo(groups, key(item), item);
    return [...groups.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  };
  for (const [, group] of groupBy(changes.createNodes, (n) => `${n.label}|${n.agency}`)) {
    const first = group[0] as (typeof group)[number];
    steps.push(
      step(CREATE_NODES(first.label, first.agency === true), group, (n) => ({
        props: withDates(n.props, DATE_FIELDS[n.label]),
      })),
    );
  }
  for (const [, group] of groupBy(changes.updateNodes, (n) => `${n.label}|${n.agency}`)) {
    const first = group[0] as (typeof group)[number];
    steps.push(
      step(UPDATE_NODES(first.label, first.agency), group, (n) => ({
        id: n.id,
        props: withDates(n.props, DATE_FIELDS[n.label]),
      })),
    );
  }
  for (const [, group] of groupBy(changes.createRels, (r) => `${r.type}|${r.fromLabel}|${r.toLabel}`)) {
    const first = group[0] as (typeof group)[number];
    const dates = first.fromLabel === 'Actor' && first.toLabel === 'Statement' ? DATE_FIELDS.Stance : [];
    steps.push(
      step(CREATE_RELS(first.type, first.fromLabel, first.toLabel), group, (r) => ({
        from: r.from,
        to: r.to,
        props: withDates(r.props, dates),
      })),
    );
  }
  if (changes.updateRels.length > 0)
    steps.push(
      step(UPDATE_RELS, changes.updateRels, (r) => ({
        eid: r.eid,
        props: withDates(r.props, r.stance ? DATE_FIELDS.Stance : []),
      })),
    );
  if (changes.deleteRels.length > 0) steps.push(step(DELETE_RELS, changes.deleteRels, (eid) => eid, 'eids'));
  for (const [, group] of groupBy(changes.deleteArticleRels, (r) => r.type)) {
    const first = group[0] as (typeof group)[number];
    steps.push(
      step(DELETE_ARTICLE_RELS(first.type, first.toLabel), group, (r) => r.to, 'ids', { id: articleId }),
    );
  }
  for (const [, group] of groupBy(changes.deleteNodes, (n) => n.label)) {
    const first = group[0] as (typeof group)[number];
    steps.push(step(DELETE_NODES(first.label), group, (n) => n.id, 'ids'));
  }

  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const total = steps.reduce((n, s) => n + s.items.length, 0);
  let done = 0;
  options.onProgress?.(0, total);
  // Batches are pipelined, PIPELINE at a time: Node builds and sends the next batch while Neo4j
  // writes this one. One transaction runs its statements in the order they were sent.
  const inFlight: Promise<unknown>[] = [];
  for (const s of steps) {
    for (let i = 0; i < s.items.length; i += batchSize) {
      const rows = s.items.slice(i, i + batchSize).map(s.row);
      const sent = tx.run(s.query, { ...s.params, [s.key]: rows }).then(() => {
        done += rows.length;
        options.onProgress?.(done, total);
      });
      // Awaited below; marked handled now, so a failure behind an earlier one is not unhandled.
      sent.catch(() => undefined);
      inFlight.push(sent);
      if (inFlight.length >= PIPELINE) await inFlight.shift();
    }
  }
  for (const sent of inFlight) await sent;
}
