import { STANCE_TYPES } from '../domain/stanceTypes';
import {
  EDGE_KINDS,
  datesOverlap,
  type EdgeKind,
  type EdgePlan,
  type IngestPlan,
  type NodeLabel,
  type StancePlan,
} from './planBundle';
import { actorMatchKeys } from './nearDuplicates';
import type { GraphNode, GraphRel, GraphState } from './readGraphState';
import { appendTo } from './appendTo';
import type { ResolvedDate } from './resolveDate';

type Props = Record<string, unknown>;
/** What a statement's derived properties read of each stance on it (stored properties, or planned). */
type StanceQuoteDate = { quote?: unknown; date?: unknown };
type Counted = 'created' | 'updated' | 'unchanged' | 'removed';

/** How many nodes or relationships an ingestion created, updated, left unchanged or removed. */
export type IngestCounts = Record<Counted, number>;

export interface NodeWrite {
  label: NodeLabel;
  id: string;
  props: Props;
  /** Actors only: whether it carries `:Agency`. */
  agency: boolean | null;
}

export interface RelCreate {
  readonly type: string;
  readonly fromLabel: NodeLabel;
  readonly toLabel: NodeLabel;
  readonly from: string;
  readonly to: string;
  /** Built when read for planned stances and edges: the writer reads it a batch at a time. */
  readonly props: Props;
}

/**
 * A stance the plan adds: two references, its properties built when read. A 200,000-statement
 * bundle creates about a million relationships, and a row object each, with its properties,
 * held from the diff to the write was most of the diff's memory.
 */
class StanceCreate implements RelCreate {
  constructor(
    private readonly stance: StancePlan,
    private readonly articleId: string,
  ) {}
  get type(): string {
    return this.stance.type;
  }
  get fromLabel(): NodeLabel {
    return 'Actor';
  }
  get toLabel(): NodeLabel {
    return 'Statement';
  }
  get from(): string {
    return this.stance.actorId;
  }
  get to(): string {
    return this.stance.statementId;
  }
  get props(): Props {
    return stanceProps(this.stance, this.articleId);
  }
}

/** A structural edge the plan adds; its properties built when read (see StanceCreate). */
class EdgeCreate implements RelCreate {
  constructor(
    private readonly edge: EdgePlan,
    private readonly articleId: string,
  ) {}
  get type(): string {
    return EDGE_KINDS[this.edge.kind].type;
  }
  get fromLabel(): NodeLabel {
    return EDGE_KINDS[this.edge.kind].from;
  }
  get toLabel(): NodeLabel {
    return EDGE_KINDS[this.edge.kind].to;
  }
  get from(): string {
    return this.edge.from;
  }
  get to(): string {
    return this.edge.to;
  }
  get props(): Props {
    return edgeProps(this.edge, this.articleId);
  }
}

/** Everything to write, and the counts; computed in memory, nothing written yet. */
export interface Changes {
  createNodes: NodeWrite[];
  /** `props` holds only what changes; null removes a property. */
  updateNodes: NodeWrite[];
  deleteNodes: { label: NodeLabel; id: string }[];
  createRels: RelCreate[];
  /** `props` holds only what changes; null removes a property. */
  updateRels: { eid: string; stance: boolean; props: Props }[];
  deleteRels: string[];
  /** REPORTS and CITES edges of the article that go. */
  deleteArticleRels: { type: 'REPORTS' | 'CITES'; toLabel: NodeLabel; to: string }[];
  nodes: IngestCounts;
  relationships: IngestCounts;
}

const STANCE_TYPE_SET: ReadonlySet<string> = new Set(STANCE_TYPES);

/**
 * Compares the article's new contribution with what the graph holds. The rules
 * (docs/bundle-format.md, "Revisions"):
 * - every node, stance and structural edge lists the articles that mention or report it in
 *   `sources`; the article's previous contribution is what lists it;
 * - a node or edge only this article lists takes exactly the bundle's values; one that other
 *   articles list too takes the bundle's non-null values and keeps the rest (aliases are a
 *   union);
 * - what the article no longer says loses it from `sources`, and is removed when no source
 *   is left (a node only when nothing else is attached to it either);
 * - a stance the graph holds with the same actor, type and statement and a date that may be
 *   the same day is the same stance: the article is added to its sources.
 */
export function diffState(plan: IngestPlan, state: GraphState): Changes {
  const a = plan.article.id;
  const changes: Changes = {
    createNodes: [],
    updateNodes: [],
    deleteNodes: [],
    createRels: [],
    updateRels: [],
    deleteRels: [],
    deleteArticleRels: [],
    nodes: zero(),
    relationships: zero(),
  };
  const own = (props: Props | undefined) =>
    ((props?.sources as string[] | undefined) ?? []).every((s) => s === a);
  // One list for every node only this article lists (a first ingest: all of them), never changed.
  const onlyThisArticle = [a];
  const withSource = (props: Props | undefined) => {
    const sources = (props?.sources as string[] | undefined) ?? [];
    return sources.length === 0 ? onlyThisArticle : sortedUnion(sources, [a]);
  };
  const withoutSource = (props: Props) =>
    ((props.sources as string[] | undefined) ?? []).filter((s) => s !== a);
  const listsArticle = (props: Props) => ((props.sources as string[] | undefined) ?? []).includes(a);

  // Relationships first: their outcome decides which statements' derived properties change
  // and which nodes are left with nothing attached.
  const deletedDegree = new Map<string, number>();
  const detach = (rel: { from: string; to: string }) => {
    for (const id of [rel.from, rel.to]) deletedDegree.set(id, (deletedDegree.get(id) ?? 0) + 1);
  };
  const finalStances = new Map<string, StanceQuoteDate[]>(); // statement id -> its stances after the write

  // Stances.
  const byTriple = new Map<string, GraphRel[]>();
  for (const r of state.stances) {
    const key = `${r.from}|${r.type}|${r.to}`;
    appendTo(byTriple, key, r);
  }
  const matched = new Set<string>();
  for (const s of plan.stances) {
    const candidates = (byTriple.get(`${s.actorId}|${s.type}|${s.statementId}`) ?? []).filter(
      (r) => !matched.has(r.eid) && datesOverlap(s.date, stanceDate(r.props)),
    );
    // The article's own earlier report first, then the oldest id.
    const rank = (r: GraphRel) => (listsArticle(r.props) ? 0 : 1);
    const existing = candidates.sort(
      (x, y) => rank(x) - rank(y) || cmp(String(x.props.id), String(y.props.id)),
    )[0];
    if (!existing) {
      changes.createRels.push(new StanceCreate(s, a));
      changes.relationships.created++;
      appendTo(finalStances, s.statementId, { quote: s.quote, date: s.date.date });
      continue;
    }
    matched.add(existing.eid);
    const wanted = stanceProps(s, a);
    // Another article's stance keeps its date and id; this report only fills what it lacks.
    const props = own(existing.props)
      ? wanted
      : fillMissing(existing.props, wanted, withSource(existing.props));
    countUpdate(changes, existing, props, true);
    appendTo(finalStances, s.statementId, props);
  }
  for (const r of state.stances) {
    if (matched.has(r.eid)) continue;
    let props: Props = r.props;
    if (listsArticle(r.props)) {
      const rest = withoutSource(r.props);
      if (rest.length === 0) {
        changes.deleteRels.push(r.eid);
        changes.relationships.removed++;
        detach(r);
        continue;
      }
      props = { ...r.props, sources: rest };
      changes.updateRels.push({ eid: r.eid, stance: true, props: { sources: rest } });
      changes.relationships.updated++;
    }
    appendTo(finalStances, r.to, props);
  }

  // Structural edges (relations, participation, ABOUT, PART_OF, SUPPORTS/REFUTES).
  const edgeKey = (kind: EdgeKind, from: string, to: string) => `${kind}|${from}|${to}`;
  const existingEdges = new Map<string, GraphRel>();
  for (const r of state.edges) {
    const kind = edgeKindOf(r);
    if (kind) existingEdges.set(edgeKey(kind, r.from, r.to), r);
  }
  const planned = new Set<string>();
  for (const e of plan.edges) {
    const key = edgeKey(e.kind, e.from, e.to);
    const existing = existingEdges.get(key);
    if (!existing) {
      changes.createRels.push(new EdgeCreate(e, a));
      changes.relationships.created++;
    } else {
      planned.add(key);
      const wanted = edgeProps(e, a);
      const props = own(existing.props)
        ? wanted
        : fillNulls(existing.props, wanted, withSource(existing.props));
      countUpdate(changes, existing, props, false);
    }
  }
  // `planned` holds the planned edges the graph has: the others are not in existingEdges.
  for (const [key, r] of existingEdges) {
    if (planned.has(key) || !listsArticle(r.props)) continue;
    const rest = withoutSource(r.props);
    if (rest.length === 0) {
      changes.deleteRels.push(r.eid);
      changes.relationships.removed++;
      detach(r);
    } else {
      changes.updateRels.push({ eid: r.eid, stance: false, props: { sources: rest } });
      changes.relationships.updated++;
    }
  }

  // REPORTS and CITES belong to the article alone.
  const articleEdges = (type: 'REPORTS' | 'CITES', toLabel: NodeLabel, now: string[], before: string[]) => {
    const was = new Set(before);
    for (const id of now) {
      if (was.has(id)) changes.relationships.unchanged++;
      else {
        changes.createRels.push({ type, fromLabel: 'Article', toLabel, from: a, to: id, props: NO_PROPS });
        changes.relationships.created++;
      }
    }
    const is = new Set(now);
    for (const id of before)
      if (!is.has(id)) {
        changes.deleteArticleRels.push({ type, toLabel, to: id });
        changes.relationships.removed++;
        detach({ from: a, to: id });
      }
  };
  articleEdges('REPORTS', 'Statement', plan.reports, state.article?.reports ?? []);
  articleEdges('CITES', 'Actor', plan.cites, state.article?.cites ?? []);

  // Nodes. The article first.
  const articleProps = clean({
    id: a,
    title: plan.article.title,
    published: plan.article.published,
    publisher: plan.article.publisher,
    url: plan.article.url,
    body: plan.article.body,
    actorIds: plan.mentions.actors,
    eventIds: plan.mentions.events,
    statementIds: plan.mentions.statements,
  });
  nodeOutcome(
    changes,
    'Article',
    a,
    state.article ? { id: a, props: state.article.props, agency: false, degree: 0 } : undefined,
    articleProps,
    null,
  );

  const defined = {
    Actor: new Map(plan.actors.map((x) => [x.id, x])),
    Event: new Map(plan.events.map((x) => [x.id, x])),
    Statement: new Map(plan.statements.map((x) => [x.id, x])),
  };
  const mentioned = {
    Actor: new Set(plan.mentions.actors),
    Event: new Set(plan.mentions.events),
    Statement: new Set(plan.mentions.statements),
  };
  for (const label of ['Actor', 'Event', 'Statement'] as const) {
    const ids = new Set([...mentioned[label], ...state.nodes[label].keys()]);
    for (const id of [...ids].sort()) {
      const existing = state.nodes[label].get(id);
      const base = existing?.props ?? { id };
      let props: Props;
      let agency: boolean | null = null;
      if (mentioned[label].has(id)) {
        const sources = withSource(existing?.props);
        const mine = own(existing?.props);
        if (label === 'Actor') {
          const actor = defined.Actor.get(id);
          if (actor) {
            agency = actor.agency;
            props = mine
              ? clean({
                  id,
                  name: actor.name,
                  kind: actor.kind,
                  aliases: actor.aliases,
                  aliasKeys: actor.aliasKeys,
                  description: actor.description,
                  sources,
                })
              : mergeActor(base, actor, sources);
            props.aliasKeyText = `|${(props.aliasKeys as string[]).join('|')}|`;
            // The near-duplicate check's keys (src/ingest/nearDuplicates.ts).
            props.matchKeys = actorMatchKeys(
              String(props.name),
              (props.aliases as string[] | undefined) ?? [],
            );
          } else {
            agency = existing?.agency ?? false;
            props = { ...base, sources };
          }
        } else if (label === 'Event') {
          const event = defined.Event.get(id);
          const wanted = event
            ? clean({
                id,
                name: event.name,
                type: event.type,
                place: event.place,
                ...dateProps(event.date, 'date', 'date'),
                sources,
              })
            : undefined;
          props = !wanted ? { ...base, sources } : mine ? wanted : fillNulls(base, wanted, sources);
        } else {
          const statement = defined.Statement.get(id);
          const f = statement?.figure;
          const figure = f
            ? {
                figureValue: f.value,
                figureLow: f.low,
                figureHigh: f.high,
                figureUnit: f.unit,
                figureQualifier: f.qualifier,
                figurePhrase: f.phrase,
                figureKind: f.kind,
                figureTargetDate: f.target?.date ?? null,
                figureTargetPrecision: f.target?.precision ?? null,
              }
            : {};
          const wanted = statement
            ? clean({
                id,
                text: statement.text,
                ...figure,
                ...dateProps(statement.refersTo, 'refersToDate', 'refersTo'),
                sources,
              })
            : undefined;
          if (!wanted) props = { ...base, sources };
          else if (mine) props = wanted;
          else {
            // Shared: a figure given replaces the whole figure; none given keeps it.
            const kept = f ? withoutFigure(base) : base;
            props = fillNulls(kept, wanted, sources);
          }
          props = { ...props, ...derived(finalStances.get(id) ?? []) };
        }
      } else {
        // Mentioned before, not any more.
        const node = existing as GraphNode;
        const rest = withoutSource(node.props);
        const left = node.degree - (deletedDegree.get(id) ?? 0);
        if (rest.length === 0 && left <= 0 && listsArticle(node.props)) {
          changes.deleteNodes.push({ label, id });
          changes.nodes.removed++;
          continue;
        }
        props = { ...node.props, sources: rest };
        if (label === 'Statement') props = { ...props, ...derived(finalStances.get(id) ?? []) };
        agency = label === 'Actor' ? node.agency : null;
      }
      nodeOutcome(changes, label, id, existing, clean(props), agency);
    }
  }
  return changes;
}

function nodeOutcome(
  changes: Changes,
  label: NodeLabel,
  id: string,
  existing: GraphNode | undefined,
  props: Props,
  agency: boolean | null,
): void {
  if (!existing) {
    changes.createNodes.push({ label, id, props, agency });
    changes.nodes.created++;
    return;
  }
  const delta = changedProps(existing.props, props);
  if (delta !== undefined || (agency !== null && agency !== existing.agency)) {
    changes.updateNodes.push({ label, id, props: delta ?? {}, agency });
    changes.nodes.updated++;
  } else changes.nodes.unchanged++;
}

function countUpdate(changes: Changes, existing: GraphRel, props: Props, stance: boolean): void {
  const delta = changedProps(existing.props, props);
  if (delta === undefined) changes.relationships.unchanged++;
  else {
    changes.updateRels.push({ eid: existing.eid, stance, props: delta });
    changes.relationships.updated++;
  }
}

/** A structural edge's stored properties: its role where its kind has one, and the article. */
function edgeProps(e: EdgePlan, articleId: string): Props {
  return clean({ role: EDGE_KINDS[e.kind].role ? e.role : null, sources: [articleId] });
}

/** The properties of an article's REPORTS and CITES edges: none (one object for all of them). */
const NO_PROPS: Props = Object.freeze({});

/** A stance's stored properties; its id names actor, type, statement and first reported day. */
function stanceProps(s: StancePlan, articleId: string): Props {
  return clean({
    id: `${s.actorId}:${s.type}:${s.statementId}:${s.date.date}`,
    date: s.date.date,
    precision: s.date.precision,
    knownBy: s.date.knownBy,
    dateText: s.date.text,
    quote: s.quote,
    quoteStart: s.quoteStart,
    quotePrefix: s.quotePrefix,
    quoteSuffix: s.quoteSuffix,
    paraphrase: s.paraphrase,
    venue: s.venue,
    eventId: s.eventId,
    relayOf: s.relayOf,
    sources: [articleId],
  });
}

function stanceDate(props: Props) {
  return {
    date: String(props.date),
    precision: props.precision as StancePlan['date']['precision'],
    knownBy: String(props.knownBy ?? props.date),
  };
}

/** The statement properties derived from all its stances: verbatim quotes and the first date. */
function derived(stances: StanceQuoteDate[]): Props {
  const quotes = [
    ...new Set(stances.map((s) => s.quote).filter((q): q is string => typeof q === 'string')),
  ].sort(cmp);
  const dates = stances.map((s) => String(s.date)).sort(cmp);
  return { quotes, firstStanceDate: dates[0] ?? null };
}

function mergeActor(base: Props, actor: IngestPlan['actors'][number], sources: string[]): Props {
  const oldName = typeof base.name === 'string' && base.name !== actor.name ? [base.name] : [];
  const aliases = [
    ...new Set([...((base.aliases as string[] | undefined) ?? []), ...oldName, ...actor.aliases]),
  ].filter((x) => x !== actor.name);
  const aliasKeys = [...new Set([...((base.aliasKeys as string[] | undefined) ?? []), ...actor.aliasKeys])];
  return clean({
    ...base,
    name: actor.name,
    kind: actor.kind,
    aliases,
    aliasKeys,
    description: actor.description ?? base.description,
    sources,
  });
}

const FIGURE_FIELDS = [
  'figureValue',
  'figureLow',
  'figureHigh',
  'figureUnit',
  'figureQualifier',
  'figurePhrase',
  'figureKind',
  'figureTargetDate',
  'figureTargetPrecision',
  'figureApproximate',
];

function withoutFigure(props: Props): Props {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !FIGURE_FIELDS.includes(k)));
}

/** `base` with every non-null value of `wanted` laid over it, and the given sources. */
function fillNulls(base: Props, wanted: Props, sources: string[]): Props {
  const out: Props = { ...base };
  for (const [k, v] of Object.entries(wanted)) if (v !== null && v !== undefined) out[k] = v;
  out.sources = sources;
  return clean(out);
}

/** `base` with the values it lacks taken from `wanted`, and the given sources. */
function fillMissing(base: Props, wanted: Props, sources: string[]): Props {
  return clean({ ...clean(wanted), ...clean(base), sources });
}

function edgeKindOf(r: GraphRel): EdgeKind | undefined {
  if (STANCE_TYPE_SET.has(r.type)) return undefined;
  if (r.type === 'PART_OF') return r.toLabel === 'Event' ? 'EVENT_PART_OF' : 'PART_OF';
  return (Object.keys(EDGE_KINDS) as EdgeKind[]).find((k) => EDGE_KINDS[k].type === r.type);
}

/** A resolved date as graph properties: `<dateKey>`, `<prefix>Precision`, `…KnownBy`, `…Text`. */
function dateProps(d: ResolvedDate | null | undefined, dateKey: string, prefix: string): Props {
  return {
    [dateKey]: d?.date,
    [`${prefix}Precision`]: d?.precision,
    [`${prefix}KnownBy`]: d?.knownBy,
    [`${prefix}Text`]: d?.text,
  };
}

/**
 * `props` without null, undefined and empty lists: Neo4j stores no null, and the graph holds
 * no empty list either (an absent list reads as empty everywhere, and the bulk importer's CSV
 * cannot say "empty list", so both write paths leave the same graph).
 */
function clean(props: Props): Props {
  const out: Props = {};
  for (const k in props) {
    const v = props[k];
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out;
}

/**
 * What turns `before` into `after`: the changed values, and null for each property `after`
 * drops (`SET n += delta` removes it); undefined when nothing changes (absent, null and `[]`
 * alike). Only the difference travels and is written: a hub actor's new mention changes its
 * `sources` alone.
 */
function changedProps(before: Props, after: Props): Props | undefined {
  let delta: Props | undefined;
  for (const k in after) if (!sameValue(before[k], after[k])) (delta ??= {})[k] = after[k];
  for (const k in before) if (!(k in after) && !sameValue(before[k], undefined)) (delta ??= {})[k] = null;
  return delta;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  const xs = x ?? [];
  const ys = y ?? [];
  if (Array.isArray(xs) && Array.isArray(ys))
    return xs.length === ys.length && xs.every((v, i) => sameValue(v, ys[i]));
  if (typeof xs === 'object' && typeof ys === 'object') return JSON.stringify(xs) === JSON.stringify(ys);
  return false;
}

/**
 * `sorted` (sorted, distinct) with `extra` added, still sorted and distinct; `sorted` itself
 * when nothing is added. A binary search each: a hub actor's sources list every article.
 */
function sortedUnion(sorted: string[], extra: string[]): string[] {
  let out = sorted;
  for (const e of extra) {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((out[mid] as string) < e) lo = mid + 1;
      else hi = mid;
    }
    if (out[lo] === e) continue;
    if (out === sorted) out = sorted.slice();
    out.splice(lo, 0, e);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function zero(): IngestCounts {
  return { created: 0, updated: 0, unchanged: 0, removed: 0 };
}
