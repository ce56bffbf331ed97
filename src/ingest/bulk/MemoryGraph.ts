import { STANCE_TYPES } from '../../domain/stanceTypes';
import type { Bundle } from '../bundleFormat';
import { aliasQuestions, collectReferences, idQuestions } from '../collectReferences';
import type { Changes } from '../diffState';
import { edgeTypesFrom } from '../cypher';
import { type GraphLookup, type IngestPlan, type NodeLabel } from '../planBundle';
import type { GraphNode, GraphRel, GraphState } from '../readGraphState';
import type { GraphActor } from '../resolveActors';

type Props = Record<string, unknown>;

/**
 * A node of the in-memory graph: its label, `:Agency` for agency actors, and its edges by type
 * (a hub actor holds tens of thousands of stances; asking for its few structural edges must not
 * walk them, as Neo4j's typed expansion does not).
 */
export interface MemNode {
  label: NodeLabel;
  id: string;
  props: Props;
  agency: boolean;
  out: Map<string, Set<MemRel>>;
  in: Map<string, Set<MemRel>>;
  degree: number;
}

/** A relationship of the in-memory graph. */
export interface MemRel {
  eid: string;
  type: string;
  from: MemNode;
  to: MemNode;
  props: Props;
}

const LABELS: readonly NodeLabel[] = ['Actor', 'Statement', 'Event', 'Article'];
/** PART_OF chains are read this deep, as LOOKUP_PART_OF does. */
const PART_OF_DEPTH = 25;

/** Structural edge types out of each label (what `readNodes` reads as `edges`). */
const EDGE_TYPES_FROM: Record<NodeLabel, ReadonlySet<string>> = {
  Actor: new Set(edgeTypesFrom('Actor')),
  Statement: new Set(edgeTypesFrom('Statement')),
  Event: new Set(edgeTypesFrom('Event')),
  Article: new Set(edgeTypesFrom('Article')),
};

/**
 * The graph the normal write path would leave, held in memory for a bulk import into an empty
 * database. It answers exactly the questions ingestion asks Neo4j (`lookupGraph`,
 * `readGraphState`) and applies the changes `diffState` computes as `writeChanges` would,
 * so that planning and diffing — the domain rules — run unchanged, once, in src/ingest/.
 */
export class MemoryGraph {
  private readonly nodes: Record<NodeLabel, Map<string, MemNode>> = {
    Actor: new Map(),
    Statement: new Map(),
    Event: new Map(),
    Article: new Map(),
  };
  private readonly rels = new Map<string, MemRel>();
  /** Actor ids by alias key (what LOOKUP_ALIASES finds through `aliasKeyText`). */
  private readonly byAliasKey = new Map<string, Set<string>>();
  private nextEid = 0;

  /** Every node, label by label. */
  *allNodes(): Generator<MemNode> {
    for (const label of LABELS) yield* this.nodes[label].values();
  }

  /** Every relationship. */
  allRels(): IterableIterator<MemRel> {
    return this.rels.values();
  }

  get nodeCount(): number {
    return LABELS.reduce((n, l) => n + this.nodes[l].size, 0);
  }

  get relCount(): number {
    return this.rels.size;
  }

  /** What `lookupGraph` reads from Neo4j: labels of the ids asked about, actors, PART_OF chains. */
  lookup(bundle: Bundle): GraphLookup {
    const refs = collectReferences(bundle);
    const labels = new Map<string, NodeLabel[]>();
    const actors = new Map<string, GraphActor>();
    const asActor = (n: MemNode): GraphActor => ({
      id: n.id,
      name: String(n.props.name),
      aliasKeys: (n.props.aliasKeys as string[] | undefined) ?? [],
    });
    for (const id of idQuestions(refs))
      for (const label of LABELS) {
        const node = this.nodes[label].get(id);
        if (!node) continue;
        labels.set(id, [...(labels.get(id) ?? []), label]);
        if (label === 'Actor') actors.set(id, asActor(node));
      }
    for (const key of aliasQuestions(bundle, refs, new Set(actors.keys())))
      for (const id of this.byAliasKey.get(key) ?? []) {
        const node = this.nodes.Actor.get(id) as MemNode;
        actors.set(id, asActor(node));
        if (!labels.get(id)?.includes('Actor')) labels.set(id, [...(labels.get(id) ?? []), 'Actor']);
      }
    const eventTargets = (bundle.events ?? []).flatMap((e) => e.partOf ?? []).filter((id) => labels.has(id));
    const actorTargets = (bundle.relations ?? []).filter((r) => r.type === 'PART_OF').map((r) => r.to);
    return {
      labels,
      actors: [...actors.values()],
      partOf: {
        actors: this.partOfChains('Actor', actorTargets),
        events: this.partOfChains('Event', eventTargets),
      },
    };
  }

  /** What `readGraphState` reads: the article, the nodes it mentions now or did, their edges. */
  state(plan: IngestPlan): GraphState {
    const articleNode = this.nodes.Article.get(plan.article.id);
    const outTo = (n: MemNode, type: string) => [...(n.out.get(type) ?? [])].map((r) => r.to.id);
    const article = articleNode
      ? {
          props: articleNode.props,
          reports: outTo(articleNode, 'REPORTS'),
          cites: outTo(articleNode, 'CITES'),
        }
      : null;
    const old = (key: string) => (articleNode?.props[key] as string[] | undefined) ?? [];
    const ids = {
      Actor: union(plan.mentions.actors, old('actorIds'), article?.cites ?? []),
      Event: union(plan.mentions.events, old('eventIds')),
      Statement: union(plan.mentions.statements, old('statementIds'), article?.reports ?? []),
    };
    const nodes = { Actor: new Map(), Event: new Map(), Statement: new Map() } as GraphState['nodes'];
    const present: Record<'Actor' | 'Event' | 'Statement', MemNode[]> = {
      Actor: [],
      Event: [],
      Statement: [],
    };
    for (const label of ['Actor', 'Event', 'Statement'] as const)
      for (const id of ids[label]) {
        const n = this.nodes[label].get(id);
        if (!n) continue;
        present[label].push(n);
        const node: GraphNode = { id, props: n.props, agency: n.agency, degree: n.degree };
        nodes[label].set(id, node);
      }
    const asRel = (r: MemRel): GraphRel => ({
      eid: r.eid,
      type: r.type,
      from: r.from.id,
      to: r.to.id,
      toLabel: r.to.label,
      props: r.props,
    });
    const stances = present.Statement.flatMap((s) =>
      STANCE_TYPES.flatMap((type) => [...(s.in.get(type) ?? [])].filter((r) => r.from.label === 'Actor')).map(
        asRel,
      ),
    );
    const edges = (['Actor', 'Event', 'Statement'] as const).flatMap((label) =>
      present[label].flatMap((n) =>
        [...EDGE_TYPES_FROM[label]]
          .flatMap((type) => [...(n.out.get(type) ?? [])].filter((r) => r.to.label !== 'Article'))
          .map(asRel),
      ),
    );
    return { article, nodes, stances, edges };
  }

  /** Applies what `diffState` computed, in the order and with the effects of `writeChanges`. */
  apply(articleId: string, changes: Changes): void {
    for (const n of changes.createNodes) {
      if (this.nodes[n.label].has(n.id)) throw new Error(`${n.label} ${n.id} exists already`);
      const node: MemNode = {
        label: n.label,
        id: n.id,
        props: n.props,
        agency: n.agency === true,
        out: new Map(),
        in: new Map(),
        degree: 0,
      };
      this.nodes[n.label].set(n.id, node);
      this.indexAliases(node, undefined);
    }
    for (const n of changes.updateNodes) {
      const node = this.nodes[n.label].get(n.id);
      if (!node) continue; // MATCH finds nothing: nothing is written
      const before = node.props;
      node.props = withChanges(before, n.props);
      if (n.agency !== null) node.agency = n.agency;
      this.indexAliases(node, before);
    }
    for (const r of changes.createRels) {
      const from = this.nodes[r.fromLabel].get(r.from);
      const to = this.nodes[r.toLabel].get(r.to);
      if (!from || !to) continue;
      const rel: MemRel = { eid: String(this.nextEid++), type: r.type, from, to, props: r.props };
      this.rels.set(rel.eid, rel);
      attach(from.out, rel);
      attach(to.in, rel);
      from.degree++;
      to.degree++;
    }
    for (const r of changes.updateRels) {
      const rel = this.rels.get(r.eid);
      if (rel) rel.props = withChanges(rel.props, r.props);
    }
    for (const eid of changes.deleteRels) {
      const rel = this.rels.get(eid);
      if (rel) this.deleteRel(rel);
    }
    const article = this.nodes.Article.get(articleId);
    for (const r of changes.deleteArticleRels)
      for (const rel of article?.out.get(r.type) ?? [])
        if (rel.to.label === r.toLabel && rel.to.id === r.to) this.deleteRel(rel);
    for (const n of changes.deleteNodes) {
      const node = this.nodes[n.label].get(n.id);
      if (!node) continue;
      for (const edges of [...node.out.values(), ...node.in.values()])
        for (const rel of [...edges]) this.deleteRel(rel);
      this.nodes[n.label].delete(n.id);
      this.indexAliases(undefined, node.props, node.id);
    }
  }

  private deleteRel(rel: MemRel): void {
    if (!this.rels.delete(rel.eid)) return;
    rel.from.out.get(rel.type)?.delete(rel);
    rel.to.in.get(rel.type)?.delete(rel);
    rel.from.degree--;
    rel.to.degree--;
  }

  private indexAliases(node: MemNode | undefined, before: Props | undefined, id = node?.id): void {
    if (node && node.label !== 'Actor') return;
    if (!id) return;
    for (const key of (before?.aliasKeys as string[] | undefined) ?? []) this.byAliasKey.get(key)?.delete(id);
    for (const key of (node?.props.aliasKeys as string[] | undefined) ?? []) {
      let set = this.byAliasKey.get(key);
      if (!set) this.byAliasKey.set(key, (set = new Set()));
      set.add(id);
    }
  }

  /** PART_OF edges within PART_OF_DEPTH steps above `ids`, between nodes of `label`. */
  private partOfChains(label: 'Actor' | 'Event', ids: string[]): [string, string][] {
    const edges = new Map<string, [string, string]>();
    let frontier = ids.map((id) => this.nodes[label].get(id)).filter((n): n is MemNode => n !== undefined);
    const seen = new Set<MemNode>(frontier);
    for (let depth = 0; depth < PART_OF_DEPTH && frontier.length > 0; depth++) {
      const next: MemNode[] = [];
      for (const node of frontier)
        for (const r of node.out.get('PART_OF') ?? []) {
          if (r.to.label !== label) continue;
          edges.set(r.eid, [node.id, r.to.id]);
          if (!seen.has(r.to)) {
            seen.add(r.to);
            next.push(r.to);
          }
        }
      frontier = next;
    }
    return [...edges.values()];
  }
}

/** `props` after `SET x += changes` (a null removes a property). */
function withChanges(props: Props, changes: Props): Props {
  const merged: Props = { ...props, ...changes };
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== null && v !== undefined));
}

function attach(edges: Map<string, Set<MemRel>>, rel: MemRel): void {
  let set = edges.get(rel.type);
  if (!set) edges.set(rel.type, (set = new Set()));
  set.add(rel);
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}
