import type { Params, Row } from '../db';
import type { Bundle } from './bundleFormat';
import {
  aliasQuestions,
  collectDefinitions,
  forEachReference,
  idQuestions,
  type Reference,
} from './collectReferences';
import { LOCK_ARTICLE, LOOKUP_ALIASES, LOOKUP_IDS, LOOKUP_PART_OF, READ_ARTICLE, readNodes } from './cypher';
import type { GraphLookup, IngestPlan, NodeLabel } from './planBundle';
import type { GraphActor } from './resolveActors';
import { appendTo } from './appendTo';

/** Runs one query: a transaction's `run`, or `Db.read` for a dry run. */
export interface Runner {
  run(query: string, params?: Params): Promise<Row[]>;
}

/**
 * Asks the graph about exactly the ids and alias keys a bundle mentions: one round trip for the
 * ids, one for alias keys when the graph holds any actor, one per PART_OF kind the bundle adds.
 */
export async function lookupGraph(runner: Runner, bundle: Bundle): Promise<GraphLookup> {
  // Only the texts: a 200,000-statement bundle has 1.4 million references, none needed here.
  const refs = { definitions: collectDefinitions(bundle), references: [] as Reference[] };
  const seen = new Set<string>();
  forEachReference(bundle, (r) => {
    const key = `${r.kind}|${r.ref}`;
    if (seen.has(key)) return;
    seen.add(key);
    refs.references.push(r);
  });
  seen.clear();
  const labels = new Map<string, NodeLabel[]>();
  const actors = new Map<string, GraphActor>();
  const asActor = (row: Row): GraphActor => ({
    id: String(row.id),
    name: String(row.name),
    aliasKeys: (row.aliasKeys as string[] | null) ?? [],
  });
  const [found] = await runner.run(LOOKUP_IDS, { ids: idQuestions(refs) });
  for (const [id, name, aliasKeys] of (found?.actors as [string, string, string[] | null][] | undefined) ??
    []) {
    appendTo(labels, id, 'Actor');
    actors.set(id, { id, name, aliasKeys: aliasKeys ?? [] });
  }
  for (const label of ['Statement', 'Event', 'Article'] as const)
    for (const id of (found?.[label] as string[] | undefined) ?? []) appendTo(labels, id, label);
  const keys = Number(found?.actorCount ?? 0) > 0 ? aliasQuestions(bundle, refs, new Set(actors.keys())) : [];
  if (keys.length > 0)
    for (const row of await runner.run(LOOKUP_ALIASES, { keys })) {
      const actor = asActor(row);
      actors.set(actor.id, actor);
      if (!labels.get(actor.id)?.includes('Actor')) appendTo(labels, actor.id, 'Actor');
    }
  // PART_OF cycles may run through the graph: read the chains above the bundle's targets.
  const partOf = { actors: [] as [string, string][], events: [] as [string, string][] };
  const eventTargets = (bundle.events ?? []).flatMap((e) => e.partOf ?? []).filter((id) => labels.has(id));
  const actorTargets = (bundle.relations ?? []).filter((r) => r.type === 'PART_OF').map((r) => r.to);
  if (actorTargets.length > 0)
    for (const row of await runner.run(LOOKUP_PART_OF.Actor, { ids: actorTargets }))
      partOf.actors.push([String(row.from), String(row.to)]);
  if (eventTargets.length > 0)
    for (const row of await runner.run(LOOKUP_PART_OF.Event, { ids: eventTargets }))
      partOf.events.push([String(row.from), String(row.to)]);
  return { labels, actors: [...actors.values()], partOf };
}

export interface GraphNode {
  id: string;
  props: Record<string, unknown>;
  agency: boolean;
  degree: number;
}

export interface GraphRel {
  eid: string;
  type: string;
  from: string;
  to: string;
  toLabel: NodeLabel;
  props: Record<string, unknown>;
}

/** What the graph holds of the article's old and new contribution. */
export interface GraphState {
  article: { props: Record<string, unknown>; reports: string[]; cites: string[] } | null;
  nodes: Record<Exclude<NodeLabel, 'Article'>, Map<string, GraphNode>>;
  /** Stances on the statements read, by element id. */
  stances: GraphRel[];
  /** Structural edges out of the nodes read. */
  edges: GraphRel[];
}

/**
 * Reads what the diff needs: the article with what it reported before, every node it
 * mentions now or mentioned then, the stances on those statements and the edges out of those
 * nodes (the nodes with their stances and edges in one statement, streamed a node per row).
 * With `lock`, nodes are write-locked in a fixed order first (article, actors, events,
 * statements; each by id), so concurrent ingests serialise on what they share. Of the ids the
 * bundle mentions, only those in `known` (the lookup's ids by label, from the same transaction)
 * are asked for: a first ingest reads nothing. One created meanwhile by a concurrent ingest
 * makes this one's CREATE fail on a uniqueness constraint, and the ingest starts again.
 */
export async function readGraphState(
  runner: Runner,
  plan: IngestPlan,
  lock: boolean,
  known: GraphLookup['labels'],
): Promise<GraphState> {
  if (lock) await runner.run(LOCK_ARTICLE, { id: plan.article.id });
  const [articleRow] = await runner.run(READ_ARTICLE, { id: plan.article.id });
  const props = (articleRow?.props as Record<string, unknown> | null) ?? null;
  const article = props
    ? { props, reports: articleRow?.reports as string[], cites: articleRow?.cites as string[] }
    : null;
  const old = (key: string) => (props?.[key] as string[] | undefined) ?? [];
  const held = (label: NodeLabel, ids: string[]) =>
    ids.filter((id) => known.get(id)?.includes(label) === true);
  const ids = {
    Actor: union(held('Actor', plan.mentions.actors), old('actorIds'), article?.cites ?? []),
    Event: union(held('Event', plan.mentions.events), old('eventIds')),
    Statement: union(
      held('Statement', plan.mentions.statements),
      old('statementIds'),
      article?.reports ?? [],
    ),
  };
  const nodes = { Actor: new Map(), Event: new Map(), Statement: new Map() } as GraphState['nodes'];
  const stances: GraphRel[] = [];
  const edges: GraphRel[] = [];
  if (ids.Actor.length + ids.Event.length + ids.Statement.length > 0)
    for (const row of await runner.run(readNodes(lock), ids)) {
      const id = String(row.id);
      const label = row.label as keyof GraphState['nodes'];
      nodes[label].set(id, {
        id,
        props: row.props as Record<string, unknown>,
        agency: row.agency === true,
        degree: Number(row.degree),
      });
      for (const r of row.stances as Row[])
        stances.push({ ...rel(r), from: String(r.from), to: id, toLabel: 'Statement' });
      for (const r of row.edges as Row[]) {
        const toLabel = (r.toLabels as string[]).find(
          (l): l is 'Actor' | 'Event' | 'Statement' => l === 'Actor' || l === 'Event' || l === 'Statement',
        );
        if (toLabel) edges.push({ ...rel(r), from: id, to: String(r.to), toLabel });
      }
    }
  return { article, nodes, stances, edges };
}

function rel(row: Row): Pick<GraphRel, 'eid' | 'type' | 'props'> {
  return { eid: String(row.eid), type: String(row.type), props: row.props as Record<string, unknown> };
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}
