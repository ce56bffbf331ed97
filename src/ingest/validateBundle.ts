import type { Tx } from '../db';
import {
  AmbiguousReferenceError,
  InvalidBundleError,
  type AmbiguousReference,
  type BundleProblem,
} from '../errors';
import { checkBundleSchema } from './bundleSchema';
import {
  AGENCY_KINDS,
  ACTOR_KINDS,
  EVENT_TYPES,
  LINK_TYPES,
  RELATION_TYPES,
  STANCE_TYPES,
  type ActorKind,
  type BundleActor,
  type DateRef,
  type EventType,
  type LinkType,
  type Precision,
  type StanceType,
} from './bundleTypes';
import { LOOKUP_ALIASES, LOOKUP_IDS, RELATION_EDGE, type EdgeKind, type NodeLabel } from './cypher';
import { aliasKeysOf, normaliseAlias } from './normaliseAlias';
import { isCalendarDate, onOrBeforeArticle, resolveDateRef, type ResolvedDate } from './resolveDate';
import { ActorResolver, type GraphActor } from './resolveActors';

export interface ArticleRow {
  id: string;
  title: string;
  published: string;
  publisher: string | null;
  url: string | null;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  aliasKeys: string[];
  description: string | null;
  agency: boolean;
}

export interface EventRow {
  id: string;
  name: string;
  type: EventType;
  place: string | null;
  date: string | null;
  datePrecision: Precision | null;
  dateKnownBy: string | null;
  dateText: string | null;
}

/** A statement the bundle defines, or (with `text: null`) one it only takes stances on. */
export interface StatementRow {
  id: string;
  text: string | null;
  hasFigure: boolean;
  figureValue: number | null;
  figureUnit: string | null;
  figureApproximate: boolean | null;
  refersToDate: string | null;
  refersToPrecision: Precision | null;
  refersToKnownBy: string | null;
  refersToText: string | null;
}

export interface StanceRow {
  /** `<actorId>:<TYPE>:<statementId>:<date>`, stable across re-ingestion. */
  id: string;
  type: StanceType;
  actorId: string;
  statementId: string;
  date: string;
  precision: Precision;
  knownBy: string;
  dateText: string | null;
  quote: string | null;
  paraphrase: string | null;
  venue: string | null;
  eventId: string | null;
  relayOf: string | null;
  articleId: string;
}

export interface LinkRow {
  type: LinkType;
  from: string;
  to: string;
  articleId: string;
}

export interface EdgeRow {
  kind: EdgeKind;
  from: string;
  to: string;
  role: string | null;
}

/** A bundle that passed validation, with every reference resolved to an id: what gets written. */
export interface IngestPlan {
  article: ArticleRow;
  actors: ActorRow[];
  events: EventRow[];
  statements: StatementRow[];
  stances: StanceRow[];
  links: LinkRow[];
  edges: EdgeRow[];
  /** Things worth knowing that do not stop ingestion (a new actor sharing a known name). */
  warnings: BundleProblem[];
}

/** What validation needs to know about the graph: labels of existing ids, and actors. */
export interface GraphSnapshot {
  labels: Map<string, NodeLabel[]>;
  actors: GraphActor[];
}

export const EMPTY_GRAPH: GraphSnapshot = { labels: new Map(), actors: [] };

type Runner = Pick<Tx, 'run'>;

/**
 * Validates a bundle against its JSON Schema, the rules of the graph model and the graph
 * behind `runner` (a transaction, or a read-only runner), and resolves its references.
 * Throws InvalidBundleError naming every problem by JSON path, or AmbiguousReferenceError
 * when the only problems are references that match several actors.
 */
export async function validateBundle(runner: Runner, bundle: unknown): Promise<IngestPlan> {
  return planBundle(bundle, await lookupGraph(runner, bundle));
}

/** Reads the graph nodes a bundle's ids and references might denote (two round trips). */
export async function lookupGraph(runner: Runner, bundle: unknown): Promise<GraphSnapshot> {
  const { ids, keys } = graphQuery(bundle);
  const labels = new Map<string, NodeLabel[]>();
  const actors = new Map<string, GraphActor>();
  if (ids.length > 0) {
    for (const row of await runner.run(LOOKUP_IDS, { ids })) {
      const id = String(row.id);
      const label = row.label as NodeLabel;
      labels.set(id, [...(labels.get(id) ?? []), label]);
      if (label === 'Actor')
        actors.set(id, { id, name: String(row.name), aliasKeys: (row.aliasKeys as string[] | null) ?? [] });
    }
  }
  if (keys.length > 0) {
    for (const row of await runner.run(LOOKUP_ALIASES, { keys })) {
      const id = String(row.id);
      actors.set(id, { id, name: String(row.name), aliasKeys: (row.aliasKeys as string[] | null) ?? [] });
      if (!labels.get(id)?.includes('Actor')) labels.set(id, [...(labels.get(id) ?? []), 'Actor']);
    }
  }
  return { labels, actors: [...actors.values()] };
}

/** The ids and alias keys a bundle mentions, to look up in the graph. */
export function graphQuery(bundle: unknown): { ids: string[]; keys: string[] } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const b = asObject(bundle);
  if (!b) return { ids: [], keys: [] };
  const actorRef = (v: unknown) => {
    const s = asString(v);
    if (s === undefined) return;
    ids.add(s);
    const key = normaliseAlias(s);
    if (key) keys.add(key);
  };
  const idRef = (v: unknown) => {
    const s = asString(v);
    if (s !== undefined) ids.add(s);
  };
  const article = asObject(b.article);
  idRef(article?.id);
  asArray(article?.cites).forEach(actorRef);
  for (const a of asArray(b.actors).map(asObject)) {
    idRef(a?.id);
    // Names too, so that a new actor sharing a known actor's name can be flagged.
    for (const name of [a?.name, ...asArray(a?.aliases)]) {
      const s = asString(name);
      if (s !== undefined && normaliseAlias(s)) keys.add(normaliseAlias(s));
    }
  }
  for (const r of asArray(b.relations).map(asObject)) [r?.from, r?.to].forEach(actorRef);
  for (const e of asArray(b.events).map(asObject)) {
    idRef(e?.id);
    asArray(e?.partOf).forEach(idRef);
    for (const p of asArray(e?.participants).map(asObject)) actorRef(p?.actor);
  }
  for (const s of asArray(b.statements).map(asObject)) {
    idRef(s?.id);
    asArray(s?.about).forEach(idRef);
  }
  for (const s of asArray(b.stances).map(asObject)) {
    actorRef(s?.actor);
    actorRef(s?.relayOf);
    idRef(s?.statement);
    idRef(s?.event);
  }
  for (const l of asArray(b.links).map(asObject)) [l?.from, l?.to].forEach(idRef);
  return { ids: [...ids].sort(), keys: [...keys].sort() };
}

/**
 * Checks a bundle against the schema and the graph snapshot and builds the rows to write.
 * Pure: no database. Collects every problem before throwing.
 */
export function planBundle(bundle: unknown, graph: GraphSnapshot): IngestPlan {
  return new BundlePlanner(graph).plan(bundle);
}

const LABEL_NOUN: Record<NodeLabel, string> = {
  Actor: 'an actor',
  Statement: 'a statement',
  Event: 'an event',
  Article: 'an article',
};

class BundlePlanner {
  private readonly problems: BundleProblem[] = [];
  private readonly ambiguities: AmbiguousReference[] = [];
  private readonly warnings: BundleProblem[] = [];
  /** Ids the bundle defines: label and JSON path of the definition. */
  private readonly defined = new Map<string, { label: NodeLabel; path: string }>();
  private resolver!: ActorResolver;

  constructor(private readonly graph: GraphSnapshot) {}

  plan(bundle: unknown): IngestPlan {
    this.problems.push(...checkBundleSchema(bundle));
    const b = asObject(bundle) ?? {};
    const article = asObject(b.article) ?? {};
    const articleId = asString(article.id) ?? '';
    const published = asString(article.published);
    let articleDate: string | undefined;
    if (published !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
      if (isCalendarDate(published)) articleDate = published;
      else this.problem('$.article.published', `${published} is not a calendar date`);
    }

    // Definitions, their clashes with each other and with the graph.
    if (articleId) this.define(articleId, 'Article', '$.article.id');
    const actors = items(b.actors, '$.actors');
    const events = items(b.events, '$.events');
    const statements = items(b.statements, '$.statements');
    const stances = items(b.stances, '$.stances');
    const links = items(b.links, '$.links');
    const relations = items(b.relations, '$.relations');
    for (const [a, path] of actors) this.define(asString(a.id), 'Actor', `${path}.id`);
    for (const [e, path] of events) this.define(asString(e.id), 'Event', `${path}.id`);
    for (const [s, path] of statements) this.define(asString(s.id), 'Statement', `${path}.id`);

    const bundleActors: BundleActor[] = actors
      .map(([a]) => a)
      .filter((a) => asString(a.id) !== undefined && asString(a.name) !== undefined)
      .map((a) => ({
        id: a.id as string,
        name: a.name as string,
        kind: a.kind as ActorKind,
        aliases: asArray(a.aliases).filter(isString),
      }));
    this.resolver = new ActorResolver(bundleActors, this.graph.actors);

    const edges: EdgeRow[] = [];
    const edgeKeys = new Map<string, string>();
    const addEdge = (row: EdgeRow, path: string, what: string) => {
      const key = `${row.kind}|${row.from}|${row.to}`;
      const first = edgeKeys.get(key);
      if (first !== undefined) return this.problem(path, `repeats ${first} (${what})`);
      edgeKeys.set(key, path);
      edges.push(row);
    };

    // Article.
    const articleRow: ArticleRow = {
      id: articleId,
      title: asString(article.title) ?? '',
      published: articleDate ?? '',
      publisher: asString(article.publisher) ?? null,
      url: asString(article.url) ?? null,
    };
    for (const [ref, path] of stringItems(article.cites, '$.article.cites')) {
      const id = this.actorRef(ref, path);
      if (id) addEdge({ kind: 'CITES', from: articleId, to: id, role: null }, path, 'the same cited actor');
    }

    // Actors.
    const graphActorIds = new Set(this.graph.actors.map((a) => a.id));
    const actorRows: ActorRow[] = [];
    for (const [a, path] of actors) {
      const id = asString(a.id);
      const name = asString(a.name);
      const kind = asString(a.kind);
      if (!id || !name || !kind || !(ACTOR_KINDS as readonly string[]).includes(kind)) continue;
      const aliases = unique(asArray(a.aliases).filter(isString)).filter((x) => x !== name);
      const aliasKeys = aliasKeysOf(name, aliases);
      if (!graphActorIds.has(id)) {
        const namesakes = this.resolver.namesakes(id, aliasKeys).filter((other) => graphActorIds.has(other));
        if (namesakes.length > 0) {
          this.warnings.push({
            path,
            message: `new actor "${id}" shares a name or alias with ${namesakes.join(', ')} in the graph; it is kept apart (ids are the identity), and references by the shared name are ambiguous`,
          });
        }
      }
      actorRows.push({
        id,
        name,
        kind: kind as ActorKind,
        aliases,
        aliasKeys,
        description: asString(a.description) ?? null,
        agency: AGENCY_KINDS.has(kind),
      });
    }

    // Actor relations.
    for (const [r, path] of relations) {
      const type = asString(r.type);
      const from = this.actorRef(asString(r.from), `${path}.from`);
      const to = this.actorRef(asString(r.to), `${path}.to`);
      if (!from || !to || !type || !(RELATION_TYPES as readonly string[]).includes(type)) continue;
      if (from === to) {
        this.problem(`${path}.to`, `an actor cannot be in a ${type} relation with itself`);
        continue;
      }
      const kind = RELATION_EDGE[type as keyof typeof RELATION_EDGE];
      addEdge({ kind, from, to, role: asString(r.role) ?? null }, path, `the same ${type} relation`);
    }

    // Events.
    const eventRows: EventRow[] = [];
    for (const [e, path] of events) {
      const id = asString(e.id);
      const date = this.date(e.date, `${path}.date`, articleDate);
      for (const [ref, refPath] of stringItems(e.partOf, `${path}.partOf`)) {
        const target = this.idRef(ref, 'Event', refPath);
        if (!id || !target) continue;
        if (target === id) this.problem(refPath, 'an event cannot be part of itself');
        else
          addEdge(
            { kind: 'EVENT_PART_OF', from: id, to: target, role: null },
            refPath,
            'the same larger event',
          );
      }
      for (const [p, pPath] of items(e.participants, `${path}.participants`)) {
        const actor = this.actorRef(asString(p.actor), `${pPath}.actor`);
        if (id && actor)
          addEdge(
            { kind: 'PARTICIPATED_IN', from: actor, to: id, role: asString(p.role) ?? null },
            pPath,
            'the same participant',
          );
      }
      const name = asString(e.name);
      const type = asString(e.type);
      if (!id || !name || !type || !(EVENT_TYPES as readonly string[]).includes(type)) continue;
      eventRows.push({
        id,
        name,
        type: type as EventType,
        place: asString(e.place) ?? null,
        date: date?.date ?? null,
        datePrecision: date?.precision ?? null,
        dateKnownBy: date?.knownBy ?? null,
        dateText: date?.text ?? null,
      });
    }

    // Statements.
    const statementRows = new Map<string, StatementRow>();
    for (const [s, path] of statements) {
      const id = asString(s.id);
      const refersTo = this.date(s.refersTo, `${path}.refersTo`, articleDate);
      for (const [ref, refPath] of stringItems(s.about, `${path}.about`)) {
        const target = this.idRef(ref, 'Event', refPath);
        if (id && target)
          addEdge({ kind: 'ABOUT', from: id, to: target, role: null }, refPath, 'the same event');
      }
      const text = asString(s.text);
      if (!id || !text || statementRows.has(id)) continue;
      const figure = asObject(s.figure);
      const hasFigure = figure !== undefined && typeof figure.value === 'number';
      statementRows.set(id, {
        id,
        text,
        hasFigure,
        figureValue: hasFigure ? (figure.value as number) : null,
        figureUnit: hasFigure ? (asString(figure.unit) ?? null) : null,
        figureApproximate: hasFigure ? figure.approximate === true : null,
        refersToDate: refersTo?.date ?? null,
        refersToPrecision: refersTo?.precision ?? null,
        refersToKnownBy: refersTo?.knownBy ?? null,
        refersToText: refersTo?.text ?? null,
      });
    }

    // Stances.
    const stanceRows: StanceRow[] = [];
    const stanceIds = new Map<string, string>();
    const reported = new Set<string>(statementRows.keys());
    for (const [s, path] of stances) {
      const actorId = this.actorRef(asString(s.actor), `${path}.actor`);
      const statementId = this.idRef(asString(s.statement), 'Statement', `${path}.statement`);
      const eventRef = asString(s.event);
      const eventId = eventRef === undefined ? null : this.idRef(eventRef, 'Event', `${path}.event`);
      const relayRef = asString(s.relayOf);
      const relayOf = relayRef === undefined ? null : this.actorRef(relayRef, `${path}.relayOf`);
      if (relayOf && actorId && relayOf === actorId)
        this.problem(`${path}.relayOf`, 'an actor cannot relay itself');
      const date =
        s.date === undefined || s.date === null
          ? articleDate && onOrBeforeArticle(articleDate)
          : this.date(s.date, `${path}.date`, articleDate);
      const type = asString(s.stance);
      if (!actorId || !statementId || !date || !type || !(STANCE_TYPES as readonly string[]).includes(type))
        continue;
      if (eventId === undefined || relayOf === undefined) continue;
      const id = `${actorId}:${type}:${statementId}:${date.date}`;
      const first = stanceIds.get(id);
      if (first !== undefined) {
        this.problem(path, `repeats ${first} (same actor, stance, statement and date: ${id})`);
        continue;
      }
      stanceIds.set(id, path);
      reported.add(statementId);
      stanceRows.push({
        id,
        type: type as StanceType,
        actorId,
        statementId,
        date: date.date,
        precision: date.precision,
        knownBy: date.knownBy,
        dateText: date.text,
        quote: asString(s.quote) ?? null,
        paraphrase: asString(s.paraphrase) ?? null,
        venue: asString(s.venue) ?? null,
        eventId,
        relayOf,
        articleId,
      });
    }
    for (const statementId of reported) {
      addEdge({ kind: 'REPORTS', from: articleId, to: statementId, role: null }, '$.statements', 'report');
      if (!statementRows.has(statementId)) statementRows.set(statementId, touchedStatement(statementId));
    }

    // Links.
    const linkRows: LinkRow[] = [];
    const linkKeys = new Map<string, string>();
    for (const [l, path] of links) {
      const from = this.idRef(asString(l.from), 'Statement', `${path}.from`);
      const to = this.idRef(asString(l.to), 'Statement', `${path}.to`);
      const type = asString(l.type);
      if (!from || !to || !type || !(LINK_TYPES as readonly string[]).includes(type)) continue;
      if (from === to) {
        this.problem(`${path}.to`, `a statement cannot ${type === 'SUPPORTS' ? 'support' : 'refute'} itself`);
        continue;
      }
      const key = `${type}|${from}|${to}`;
      const first = linkKeys.get(key);
      if (first !== undefined) {
        this.problem(path, `repeats ${first}`);
        continue;
      }
      linkKeys.set(key, path);
      linkRows.push({ type: type as LinkType, from, to, articleId });
    }

    this.throwIfInvalid();
    return {
      article: articleRow,
      actors: actorRows,
      events: eventRows,
      statements: [...statementRows.values()],
      stances: stanceRows,
      links: linkRows,
      edges,
      warnings: this.warnings,
    };
  }

  private throwIfInvalid(): void {
    if (this.problems.length > 0) {
      const ambiguous = this.ambiguities.map((a) => ({ path: a.path, message: ambiguityMessage(a) }));
      throw new InvalidBundleError(dedupe([...this.problems, ...ambiguous]));
    }
    if (this.ambiguities.length > 0) throw new AmbiguousReferenceError(this.ambiguities);
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  private define(id: string | undefined, label: NodeLabel, path: string): void {
    if (id === undefined) return;
    const first = this.defined.get(id);
    if (first) {
      this.problem(
        path,
        first.label === label
          ? `duplicate id "${id}" (first at ${first.path})`
          : `id "${id}" is already used by ${LABEL_NOUN[first.label]} at ${first.path}`,
      );
      return;
    }
    this.defined.set(id, { label, path });
    const other = (this.graph.labels.get(id) ?? []).find((l) => l !== label);
    if (other) this.problem(path, `id "${id}" already belongs to ${LABEL_NOUN[other]} in the graph`);
  }

  /** An actor id, or undefined after recording why the reference does not resolve. */
  private actorRef(ref: string | undefined, path: string): string | undefined {
    if (ref === undefined) return undefined;
    const r = this.resolver.resolve(ref);
    if (r.ok) return r.id;
    if (r.reason === 'ambiguous') {
      this.ambiguities.push({ path, reference: ref, candidates: r.candidates });
      return undefined;
    }
    const label = this.labelOf(ref);
    this.problem(
      path,
      label
        ? `"${ref}" is ${LABEL_NOUN[label]}, not an actor`
        : `unknown actor "${ref}": not an id, name or alias of an actor in the bundle or the graph`,
    );
    return undefined;
  }

  /** An id of a node with `label` in the bundle or the graph, or undefined after recording why not. */
  private idRef(ref: string | undefined, label: NodeLabel, path: string): string | undefined {
    if (ref === undefined) return undefined;
    const definedHere = this.defined.get(ref);
    const inGraph = this.graph.labels.get(ref) ?? [];
    if (definedHere?.label === label || (!definedHere && inGraph.includes(label))) return ref;
    const other = definedHere?.label ?? inGraph[0];
    this.problem(
      path,
      other
        ? `"${ref}" is ${LABEL_NOUN[other]}, not ${LABEL_NOUN[label]}`
        : `unknown ${label.toLowerCase()} "${ref}": not in the bundle or the graph`,
    );
    return undefined;
  }

  private labelOf(id: string): NodeLabel | undefined {
    return this.defined.get(id)?.label ?? this.graph.labels.get(id)?.[0];
  }

  /** A resolved date, or null when absent; undefined after recording a problem. */
  private date(
    value: unknown,
    path: string,
    articleDate: string | undefined,
  ): ResolvedDate | null | undefined {
    const ref = asObject(value);
    if (!ref) return null;
    if (!articleDate) return undefined; // the article's own date is reported already
    const date = asString(ref.date);
    const text = asString(ref.text);
    const precision = asString(ref.precision) as Precision | undefined;
    if (date === undefined && text === undefined) return undefined; // reported by the schema
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined; // ditto
    const resolved = resolveDateRef({ date, text, precision } as DateRef, articleDate);
    if (resolved.ok) return resolved.value;
    this.problem(`${path}.${resolved.field}`, resolved.message);
    return undefined;
  }
}

function touchedStatement(id: string): StatementRow {
  return {
    id,
    text: null,
    hasFigure: false,
    figureValue: null,
    figureUnit: null,
    figureApproximate: null,
    refersToDate: null,
    refersToPrecision: null,
    refersToKnownBy: null,
    refersToText: null,
  };
}

function ambiguityMessage(a: AmbiguousReference): string {
  return `ambiguous reference "${a.reference}": matches ${a.candidates.join(', ')}; refer to one by id`;
}

function dedupe(problems: BundleProblem[]): BundleProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The object items of an array with their JSON paths (non-objects are the schema's to report). */
function items(value: unknown, path: string): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  asArray(value).forEach((item, i) => {
    const o = asObject(item);
    if (o) out.push([o, `${path}[${i}]`]);
  });
  return out;
}

function stringItems(value: unknown, path: string): [string, string][] {
  const out: [string, string][] = [];
  asArray(value).forEach((item, i) => {
    if (typeof item === 'string') out.push([item, `${path}[${i}]`]);
  });
  return out;
}
