import {
  AmbiguousReferenceError,
  InvalidBundleError,
  type AmbiguousReference,
  type BundleProblem,
} from '../errors';
import {
  AGENCY_KINDS,
  type ActorKind,
  type Bundle,
  type BundleFigure,
  type DateRef,
  type EventType,
  type FigureKind,
  type FigureQualifier,
  type Precision,
  type StanceType,
} from './bundleFormat';
import {
  collectDefinitions,
  forEachReference,
  type Definition,
  type Reference,
  type ReferenceKind,
} from './collectReferences';
import { aliasKeysOf } from './normaliseAlias';
import { ActorResolver, type GraphActor } from './resolveActors';
import { anchorQuote } from './anchorQuote';
import { vagueFigure } from '../domain/figures';
import {
  DateRefResolver,
  isCalendarDate,
  onOrBeforeArticle,
  type DateInput,
  type ResolvedDate,
} from './resolveDate';
import { PairIndex } from './pairIndex';

export type NodeLabel = Definition['label'];

/** What planning needs to know about the graph: labels of the ids asked about, and actors. */
export interface GraphLookup {
  labels: Map<string, NodeLabel[]>;
  actors: GraphActor[];
  /** PART_OF edges the graph holds, reachable from the bundle's PART_OF targets (cycle checks). */
  partOf: { actors: [string, string][]; events: [string, string][] };
}

export const EMPTY_LOOKUP: GraphLookup = {
  labels: new Map(),
  actors: [],
  partOf: { actors: [], events: [] },
};

export interface ArticlePlan {
  id: string;
  title: string;
  published: string;
  publisher: string | null;
  url: string | null;
  body: string | null;
}

export interface ActorPlan {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  aliasKeys: string[];
  description: string | null;
  agency: boolean;
}

export interface EventPlan {
  id: string;
  name: string;
  type: EventType;
  place: string | null;
  date: ResolvedDate | null;
}

export interface FigurePlan {
  qualifier: FigureQualifier;
  value: number | null;
  low: number | null;
  high: number | null;
  phrase: string | null;
  unit: string;
  kind: FigureKind;
  target: ResolvedDate | null;
}

export interface StatementPlan {
  id: string;
  text: string;
  figure: FigurePlan | null;
  refersTo: ResolvedDate | null;
}

export interface StancePlan {
  /** Its position in `$.stances` (a number, not the path: half a million paths were 20 MB). */
  index: number;
  type: StanceType;
  actorId: string;
  statementId: string;
  date: ResolvedDate;
  quote: string | null;
  quoteStart: number | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
  paraphrase: string | null;
  venue: string | null;
  eventId: string | null;
  relayOf: string | null;
}

/** Structural edges: which labels they join, and whether they carry a `role`. */
export const EDGE_KINDS = {
  ABOUT: { from: 'Statement', type: 'ABOUT', to: 'Event', role: false },
  EVENT_PART_OF: { from: 'Event', type: 'PART_OF', to: 'Event', role: false },
  PARTICIPATED_IN: { from: 'Actor', type: 'PARTICIPATED_IN', to: 'Event', role: true },
  LEADS: { from: 'Actor', type: 'LEADS', to: 'Actor', role: true },
  REPRESENTS: { from: 'Actor', type: 'REPRESENTS', to: 'Actor', role: true },
  PART_OF: { from: 'Actor', type: 'PART_OF', to: 'Actor', role: true },
  SUPPORTS: { from: 'Statement', type: 'SUPPORTS', to: 'Statement', role: false },
  REFUTES: { from: 'Statement', type: 'REFUTES', to: 'Statement', role: false },
} as const satisfies Record<string, { from: NodeLabel; type: string; to: NodeLabel; role: boolean }>;
export type EdgeKind = keyof typeof EDGE_KINDS;

export interface EdgePlan {
  kind: EdgeKind;
  from: string;
  to: string;
  role: string | null;
}

/** A reference and what it resolved to (dry run). */
export interface Resolution {
  path: string;
  reference: string;
  id: string;
  via: 'id' | 'alias';
}

/** A resolved date and where it came from (dry run). */
export interface DatePlan extends ResolvedDate {
  path: string;
}

/**
 * A bundle that passed every check, with every reference resolved: the article's whole
 * contribution to the graph, before it is compared with what the graph holds.
 */
export interface IngestPlan {
  article: ArticlePlan;
  actors: ActorPlan[];
  events: EventPlan[];
  statements: StatementPlan[];
  stances: StancePlan[];
  edges: EdgePlan[];
  /** Statements the article reports: those it defines or takes stances on. */
  reports: string[];
  /** Actors the article cites. */
  cites: string[];
  /** Every actor, event and statement id the article mentions (defines or refers to). */
  mentions: { actors: string[]; events: string[]; statements: string[] };
  resolutions: Resolution[];
  /** References resolved, listed in `resolutions` or not. */
  resolutionCount: number;
  dates: DatePlan[];
  warnings: BundleProblem[];
}

export interface PlanOptions {
  /**
   * Whether the plan lists every resolved date and reference resolution (default true). A real
   * run that reports counts only turns it off: a 200,000-statement bundle has 2 million.
   * `'aliases'` lists every date but only the resolutions by name or alias (what the CLI prints
   * of a dry run); `resolutionCount` still counts them all.
   */
  report?: boolean | 'aliases';
}

/** Pure: checks a schema-valid bundle against the model rules and the graph lookup, and plans it. */
export function planBundle(bundle: Bundle, graph: GraphLookup, options: PlanOptions = {}): IngestPlan {
  return new Planner(bundle, graph, options.report ?? true).plan();
}

const LABEL_NOUN: Record<NodeLabel, string> = {
  Actor: 'an actor',
  Statement: 'a statement',
  Event: 'an event',
  Article: 'an article',
};

const KIND_LABEL = { actor: 'Actor', statement: 'Statement', event: 'Event' } as const;

/** A reference's id, or null when it does not resolve. */
type ReferenceOutcome = string | null;

const outcomeKey = (kind: ReferenceKind, text: string) => `${kind}|${text}`;

class Planner {
  private readonly problems: BundleProblem[] = [];
  private readonly ambiguities: AmbiguousReference[] = [];
  private readonly warnings: BundleProblem[] = [];
  private readonly defined = new Map<string, { label: NodeLabel; path: string }>();
  /**
   * What each distinct reference resolves to, by kind and text (`actor|Kremlin`): the id, or
   * null when it does not resolve. A reference's outcome depends on its text alone, so a
   * 200,000-statement bundle keeps one entry per distinct text, not one per JSON path.
   */
  private readonly outcomes = new Map<string, ReferenceOutcome>();
  /** The ids references resolved to, per label (the article's mentions). */
  private readonly referenced = {
    Actor: new Set<string>(),
    Event: new Set<string>(),
    Statement: new Set<string>(),
  };
  private readonly resolutions: Resolution[] = [];
  private resolutionCount = 0;
  private readonly dates: DatePlan[] = [];
  private readonly resolver: ActorResolver;
  /** Each planned edge with its JSON path, by its two ends. */
  private readonly edgePaths = new PairIndex<{ edge: EdgePlan; path: string }>((e) => e.edge.to);
  private readonly edges: EdgePlan[] = [];
  /** Resolves each date when planned, following `sameAs` from one to another. */
  private dateResolver?: DateRefResolver;

  constructor(
    private readonly bundle: Bundle,
    private readonly graph: GraphLookup,
    private readonly report: boolean | 'aliases',
  ) {
    this.resolver = new ActorResolver(bundle.actors ?? [], graph.actors);
  }

  plan(): IngestPlan {
    const b = this.bundle;
    this.resolveReferences();
    // The id a reference resolved to; undefined when it did not (its problem is recorded).
    const ref = (kind: ReferenceKind, text: string) => this.outcomes.get(outcomeKey(kind, text)) ?? undefined;

    const articleDate = b.article.published;
    const published = isCalendarDate(articleDate) ? articleDate : undefined;
    if (!published) this.problem('$.article.published', `${articleDate} is not a calendar date`);
    if (published) this.dateResolver = bundleDateResolver(b, published);

    const cites: string[] = [];
    (b.article.cites ?? []).forEach((c, i) => {
      const id = ref('actor', c);
      if (!id) return;
      if (cites.includes(id)) this.problem(`$.article.cites[${i}]`, 'repeats a cited actor');
      else cites.push(id);
    });

    const graphActorIds = new Set(this.graph.actors.map((a) => a.id));
    const actors: ActorPlan[] = (b.actors ?? []).map((a, i) => {
      const aliases = [...new Set(a.aliases ?? [])].filter((x) => x !== a.name);
      const aliasKeys = aliasKeysOf(a.name, aliases);
      if (!graphActorIds.has(a.id)) {
        const namesakes = this.resolver.namesakes(a.id, aliasKeys).filter((o) => graphActorIds.has(o));
        if (namesakes.length > 0)
          this.warnings.push({
            path: `$.actors[${i}]`,
            message: `new actor "${a.id}" shares a name or alias with ${namesakes.join(', ')} in the graph; it is kept apart (ids are the identity), and references by the shared name are ambiguous`,
          });
      }
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        aliases,
        aliasKeys,
        description: a.description ?? null,
        agency: AGENCY_KINDS.has(a.kind),
      };
    });

    // A relation or link: both ends resolved and distinct, else a problem at `path.to`.
    const ends = (kind: ReferenceKind, r: { from: string; to: string }, path: string, toItself: string) => {
      const from = ref(kind, r.from);
      const to = ref(kind, r.to);
      if (!from || !to) return undefined;
      if (from !== to) return { from, to };
      this.problem(`${path}.to`, toItself);
      return undefined;
    };

    (b.relations ?? []).forEach((r, i) => {
      const path = `$.relations[${i}]`;
      const pair = ends('actor', r, path, `an actor cannot be in a ${r.type} relation with itself`);
      if (pair)
        this.edge({ kind: r.type, ...pair, role: r.role ?? null }, path, `the same ${r.type} relation`);
    });

    const events: EventPlan[] = (b.events ?? []).map((e, i) => {
      const path = `$.events[${i}]`;
      (e.partOf ?? []).forEach((partOf, j) => {
        const target = ref('event', partOf);
        if (!target) return;
        if (target === e.id) this.problem(`${path}.partOf[${j}]`, 'an event cannot be part of itself');
        else
          this.edge(
            { kind: 'EVENT_PART_OF', from: e.id, to: target, role: null },
            `${path}.partOf[${j}]`,
            'the same larger event',
          );
      });
      (e.participants ?? []).forEach((p, j) => {
        const actor = ref('actor', p.actor);
        if (actor)
          this.edge(
            { kind: 'PARTICIPATED_IN', from: actor, to: e.id, role: p.role ?? null },
            `${path}.participants[${j}]`,
            'the same participant',
          );
      });
      return {
        id: e.id,
        name: e.name,
        type: e.type,
        place: e.place ?? null,
        date: this.date(e.date, `${path}.date`, published, path) ?? null,
      };
    });

    const statements: StatementPlan[] = (b.statements ?? []).map((s, i) => {
      const path = `$.statements[${i}]`;
      (s.about ?? []).forEach((about, j) => {
        const target = ref('event', about);
        if (target)
          this.edge(
            { kind: 'ABOUT', from: s.id, to: target, role: null },
            `${path}.about[${j}]`,
            'the same event',
          );
      });
      return {
        id: s.id,
        text: s.text,
        figure: s.figure ? (this.figure(s.figure, `${path}.figure`, published) ?? null) : null,
        refersTo: this.date(s.refersTo, `${path}.refersTo`, published, path) ?? null,
      };
    });

    const stances: StancePlan[] = [];
    const articleText = b.article.text ?? null;
    // One date for every stance that gives none (a date is never changed once planned).
    const undated = published && onOrBeforeArticle(published);
    const planned = new PairIndex<StancePlan>((s) => s.actorId);
    (b.stances ?? []).forEach((s, i) => {
      const path = `$.stances[${i}]`;
      const actorId = ref('actor', s.actor);
      const statementId = ref('statement', s.statement);
      const eventId = s.event == null ? null : ref('event', s.event);
      const relayOf = s.relayOf == null ? null : ref('actor', s.relayOf);
      if (relayOf && actorId && relayOf === actorId)
        this.problem(`${path}.relayOf`, 'an actor cannot relay itself');
      const date = s.date == null ? undated : this.date(s.date, `${path}.date`, published, path);
      if (!actorId || !statementId || !date || eventId === undefined || relayOf === undefined) return;
      const same = planned.find(
        statementId,
        actorId,
        (o) => o.type === s.stance && datesOverlap(o.date, date),
      );
      if (same) {
        this.problem(
          path,
          `repeats $.stances[${same.index}] (same actor, stance and statement, at a date that may be the same)`,
        );
        return;
      }
      const anchor = s.quote != null && articleText != null ? anchorQuote(articleText, s.quote) : null;
      if (s.quote != null && articleText != null && !anchor) {
        this.problem(
          `${path}.quote`,
          "does not occur in the article's text ($.article.text), even with whitespace and typographic quotes normalised",
        );
        return;
      }
      const stance: StancePlan = {
        index: i,
        type: s.stance,
        actorId,
        statementId,
        date,
        quote: s.quote ?? null,
        quoteStart: anchor?.start ?? null,
        quotePrefix: anchor?.prefix ?? null,
        quoteSuffix: anchor?.suffix ?? null,
        paraphrase: s.paraphrase ?? null,
        venue: s.venue ?? null,
        eventId,
        relayOf,
      };
      planned.add(statementId, stance);
      stances.push(stance);
    });

    (b.links ?? []).forEach((l, i) => {
      const path = `$.links[${i}]`;
      const pair = ends(
        'statement',
        l,
        path,
        `a statement cannot ${l.type === 'SUPPORTS' ? 'support' : 'refute'} itself`,
      );
      if (pair) this.edge({ kind: l.type, ...pair, role: null }, path, 'the same link');
    });

    this.checkCycles(stances);
    this.throwIfInvalid();

    const reports = unique([...statements.map((s) => s.id), ...stances.map((s) => s.statementId)]);
    const mentioned = (label: 'Actor' | 'Event' | 'Statement') =>
      unique([
        ...[...this.defined].filter(([, d]) => d.label === label).map(([id]) => id),
        ...this.referenced[label],
      ]).sort();
    return {
      article: {
        id: b.article.id,
        title: b.article.title,
        published: articleDate,
        publisher: b.article.publisher ?? null,
        url: b.article.url ?? null,
        body: b.article.text ?? null,
      },
      actors,
      events,
      statements,
      stances,
      edges: this.edges,
      reports,
      cites,
      mentions: {
        actors: mentioned('Actor'),
        events: mentioned('Event'),
        statements: mentioned('Statement'),
      },
      resolutions: this.resolutions,
      resolutionCount: this.resolutionCount,
      dates: this.dates,
      warnings: this.warnings,
    };
  }

  private edge(edge: EdgePlan, path: string, what: string): void {
    const first = this.plannedEdge(edge);
    if (first) {
      this.problem(path, `repeats ${first.path} (${what})`);
      return;
    }
    this.edgePaths.add(edge.from, { edge, path });
    this.edges.push(edge);
  }

  /**
   * PART_OF between actors, PART_OF between events and relay chains on one statement may not go
   * round in a circle, counting the graph's PART_OF edges too: in bundle order, the edge that would close
   * a circle is refused with its path.
   */
  private checkCycles(stances: StancePlan[]): void {
    const chains: [string, [string, string][], { from: string; to: string; path: string }[]][] = [
      [
        'PART_OF',
        this.graph.partOf.actors,
        this.edges.filter((e) => e.kind === 'PART_OF').map((e) => ({ ...e, path: this.edgePath(e) })),
      ],
      [
        'event PART_OF',
        this.graph.partOf.events,
        this.edges.filter((e) => e.kind === 'EVENT_PART_OF').map((e) => ({ ...e, path: this.edgePath(e) })),
      ],
      [
        'relay',
        [],
        // A relay is a position on one statement, so only relays on the same statement chain up.
        stances
          .filter((s) => s.relayOf !== null)
          .map((s) => ({
            from: `${s.actorId} on ${s.statementId}`,
            to: `${s.relayOf as string} on ${s.statementId}`,
            path: `$.stances[${s.index}].relayOf`,
          })),
      ],
    ];
    for (const [name, known, added] of chains) {
      const next = new Map<string, Set<string>>();
      const add = (from: string, to: string) => next.set(from, (next.get(from) ?? new Set()).add(to));
      for (const [from, to] of known) add(from, to);
      for (const e of added) {
        if (next.get(e.from)?.has(e.to)) continue;
        if (reaches(next, e.to, e.from)) {
          this.problem(e.path, `closes a ${name} cycle: ${e.to} already leads back to ${e.from}`);
          continue;
        }
        add(e.from, e.to);
      }
    }
  }

  private edgePath(e: EdgePlan): string {
    return this.plannedEdge(e)?.path ?? '$';
  }

  private plannedEdge(e: EdgePlan): { edge: EdgePlan; path: string } | undefined {
    return this.edgePaths.find(e.from, e.to, (p) => p.edge.kind === e.kind);
  }

  private throwIfInvalid(): void {
    if (this.problems.length > 0) {
      const ambiguous = this.ambiguities.map((a) => ({
        path: a.path,
        message: `ambiguous reference "${a.reference}": matches ${a.candidates.join(', ')}; refer to one by id`,
      }));
      throw new InvalidBundleError(dedupe([...this.problems, ...ambiguous]));
    }
    if (this.ambiguities.length > 0) throw new AmbiguousReferenceError(this.ambiguities);
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  private define({ id, label, path }: Definition): void {
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

  /**
   * Every definition, then every reference (in the order of `collectReferences`), each
   * reference resolved once per distinct text; problems and the report name each one's path.
   */
  private resolveReferences(): void {
    for (const d of collectDefinitions(this.bundle)) this.define(d);
    forEachReference(this.bundle, (r) => {
      this.resolve(r);
    });
  }

  private resolve({ path, kind, ref }: Reference): void {
    const key = outcomeKey(kind, ref);
    let id = this.outcomes.get(key);
    // A text resolved before resolves the same way; a failure records its problem here too.
    if (id === undefined) {
      id = this.resolveOnce(path, kind, ref);
      this.outcomes.set(key, id);
      if (id !== null) this.referenced[KIND_LABEL[kind]].add(id);
    } else if (id === null) this.resolveOnce(path, kind, ref);
    if (id === null) return;
    this.resolutionCount++;
    // Ids win, so a reference resolved by name or alias is one whose text is not its id.
    const via = id === ref ? 'id' : 'alias';
    if (this.report === true || (this.report === 'aliases' && via === 'alias'))
      this.resolutions.push({ path, reference: ref, id, via });
  }

  /** Resolves one reference: its id, or null after recording the problem or ambiguity. */
  private resolveOnce(path: string, kind: ReferenceKind, ref: string): string | null {
    if (kind === 'actor') {
      const r = this.resolver.resolve(ref);
      if (r.ok) return r.id;
      else if (r.reason === 'ambiguous')
        this.ambiguities.push({ path, reference: ref, candidates: r.candidates });
      else {
        const label = this.labelOf(ref);
        this.problem(
          path,
          label
            ? `"${ref}" is ${LABEL_NOUN[label]}, not an actor`
            : `unknown actor "${ref}": not an id, name or alias of an actor in the bundle or the graph`,
        );
      }
      return null;
    }
    const label = KIND_LABEL[kind];
    const here = this.defined.get(ref);
    const inGraph = this.graph.labels.get(ref) ?? [];
    if (here?.label === label || (!here && inGraph.includes(label))) return ref;
    const other = here?.label ?? inGraph[0];
    this.problem(
      path,
      other
        ? `"${ref}" is ${LABEL_NOUN[other]}, not ${LABEL_NOUN[label]}`
        : `unknown ${kind} "${ref}": not in the bundle or the graph`,
    );
    return null;
  }

  private labelOf(id: string): NodeLabel | undefined {
    return this.defined.get(id)?.label ?? this.graph.labels.get(id)?.[0];
  }

  /** A resolved date, null when absent, undefined after recording a problem. */
  private date(ref: DateRef | null | undefined, path: string, articleDate: string | undefined, key: string) {
    if (ref == null) return null;
    if (!articleDate) return undefined; // the article's own date is reported already
    const resolved = this.dateResolver?.resolve(key, ref);
    if (!resolved) return undefined;
    if (!resolved.ok) {
      this.problem(`${path}.${resolved.field}`, resolved.message);
      return undefined;
    }
    if (this.report !== false) this.dates.push({ path, ...resolved.value });
    return resolved.value;
  }

  private figure(f: BundleFigure, path: string, articleDate: string | undefined): FigurePlan | undefined {
    const qualifier: FigureQualifier | undefined =
      f.qualifier ?? (f.approximate === undefined ? undefined : f.approximate ? 'APPROXIMATE' : 'EXACT');
    if (!qualifier) return (this.problem(`${path}.qualifier`, 'is required'), undefined);
    if (f.qualifier && f.approximate !== undefined)
      return (this.problem(`${path}.approximate`, 'is format 1 only; give `qualifier` alone'), undefined);
    const kind = f.kind ?? 'OBSERVED';
    const bad = (field: string, message: string) => (this.problem(`${path}.${field}`, message), undefined);
    const point = qualifier !== 'RANGE' && qualifier !== 'VAGUE';
    let low: number | undefined;
    let high: number | undefined;
    if (point) {
      if (f.value === undefined) {
        bad('value', `is required for ${qualifier}`);
        return;
      }
      if (f.low !== undefined) {
        bad('low', `is only for RANGE and VAGUE (give \`value\`)`);
        return;
      }
      if (f.high !== undefined) {
        bad('high', `is only for RANGE and VAGUE (give \`value\`)`);
        return;
      }
      if (f.phrase !== undefined && qualifier === 'EXACT') {
        bad('phrase', 'is only for VAGUE and inexact figures');
        return;
      }
    } else {
      if (f.value !== undefined) {
        bad('value', `is not for ${qualifier}: give \`low\` and \`high\``);
        return;
      }
      if (qualifier === 'VAGUE' && f.phrase === undefined) {
        bad('phrase', 'is required for VAGUE');
        return;
      }
      // A known vague phrase ("several hundred") gives its own low and high.
      const table = qualifier === 'VAGUE' && f.phrase ? vagueFigure(f.phrase) : undefined;
      low = f.low ?? table?.low;
      high = f.high ?? table?.high;
      if (low === undefined) {
        bad('low', `is required for ${qualifier} (unless the phrase is a known one)`);
        return;
      }
      if (high === undefined) {
        bad('high', `is required for ${qualifier} (unless the phrase is a known one)`);
        return;
      }
      if (low > high) {
        bad('high', `must not be below low (${low})`);
        return;
      }
    }
    if (f.targetDate != null && kind !== 'PLANNED') {
      bad('targetDate', 'is only for kind PLANNED');
      return;
    }
    const target = this.date(f.targetDate, `${path}.targetDate`, articleDate, `${path}.targetDate`);
    if (target === undefined) return undefined;
    return {
      qualifier,
      value: f.value ?? null,
      low: low ?? null,
      high: high ?? null,
      phrase: f.phrase ?? null,
      unit: f.unit,
      kind,
      target,
    };
  }
}

/**
 * Every date of a bundle with the keys `sameAs` may name, in bundle order: the JSON path of the
 * dated item (`$.events[0]`, `$.statements[1]`, `$.stances[2]`), and for events and statements
 * their id too (the first item with that id is the one named).
 */
function forEachDateInput(b: Bundle, visit: (key: string, input: DateInput) => void): void {
  (b.events ?? []).forEach((e, i) => {
    if (e.date == null) return;
    visit(`$.events[${i}]`, e.date);
    visit(e.id, e.date);
  });
  (b.statements ?? []).forEach((s, i) => {
    if (s.refersTo != null) {
      visit(`$.statements[${i}]`, s.refersTo);
      visit(s.id, s.refersTo);
    }
    if (s.figure?.targetDate != null) visit(`$.statements[${i}].figure.targetDate`, s.figure.targetDate);
  });
  (b.stances ?? []).forEach((s, i) => {
    if (s.date != null) visit(`$.stances[${i}]`, s.date);
  });
}

/**
 * The resolver of a bundle's dates, knowing only the items some `sameAs` names: a
 * 200,000-statement bundle has half a million dates, and maps of them all by JSON path were a
 * third of planning's memory. Chains of `sameAs` are followed here first, in bundle order, so
 * that a cycle is reported at the same item whatever order the planner asks in.
 */
function bundleDateResolver(b: Bundle, published: string): DateRefResolver {
  const named = new Set<string>();
  forEachDateInput(b, (_, input) => {
    if (typeof input.sameAs === 'string') named.add(input.sameAs);
  });
  const targets = new Map<string, DateInput>();
  forEachDateInput(b, (key, input) => {
    if (named.has(key) && !targets.has(key)) targets.set(key, input);
  });
  const resolver = new DateRefResolver(targets, published);
  if (named.size > 0)
    forEachDateInput(b, (key, input) => {
      // A later item with the same id is not the one its id names.
      if (typeof input.sameAs === 'string' && (targets.get(key) ?? input) === input)
        resolver.resolve(key, input);
    });
  return resolver;
}

/** The earliest and latest day a resolved date can mean (ON_OR_BEFORE is open to the past). */
export function dateInterval(d: { date: string; precision: Precision; knownBy: string }): [string, string] {
  return d.precision === 'ON_OR_BEFORE' ? ['0000-01-01', d.date] : [d.date, d.knownBy];
}

/** True when two dates may be the same day: their intervals overlap (a week and a day in it do). */
export function datesOverlap(
  a: { date: string; precision: Precision; knownBy: string },
  b: { date: string; precision: Precision; knownBy: string },
): boolean {
  const [a0, a1] = dateInterval(a);
  const [b0, b1] = dateInterval(b);
  return a0 <= b1 && b0 <= a1;
}

function reaches(next: Map<string, Set<string>>, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    if (node === target) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const n of next.get(node) ?? []) stack.push(n);
  }
  return false;
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
