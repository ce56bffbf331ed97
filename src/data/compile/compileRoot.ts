import { withinFrom, withinTo } from '../../domain/datePredicates';
import { STANCE_TYPES, type StanceType } from '../../domain/stanceTypes';
import type {
  ActorFilter,
  ActorOrder,
  ArticleFilter,
  ArticleOrder,
  EventFilter,
  EventOrder,
  StanceFilter,
  StanceOrder,
  StatementFilter,
  StatementLinkFilter,
  StatementOrder,
} from '../../generated/graphql';
import { listFilter } from '../listFilter';
import type { PageWindow } from '../pagination';
import { CypherWriter, type CompiledQuery } from './cypherWriter';
import { asks, plansAt, type FieldPlan } from './planSelection';
import {
  ALL_STANCES,
  fieldsFor,
  projectActor,
  projectAnyNode,
  projectArticle,
  projectEvent,
  projectLink,
  projectStance,
  projectStatement,
  stanceTypePattern,
  type Bounds,
  type ProjectCtx,
} from './projectNode';

/**
 * Root fields compiled into one statement each: lookups by id, filtered lists (Relay
 * connections), and batches of nodes by id for the objects that research rows refer to.
 * Every function is pure (plan in, text and params out) so tests can snapshot the Cypher.
 */

export type NodeLabel = 'Actor' | 'Statement' | 'Event' | 'Article';
export const NODE_LABELS: readonly NodeLabel[] = ['Actor', 'Statement', 'Event', 'Article'];

function projectLabel(
  ctx: { w: CypherWriter; bounds: Bounds },
  label: NodeLabel,
  v: string,
  fields: readonly FieldPlan[],
) {
  switch (label) {
    case 'Actor':
      return projectActor(ctx, v, fields);
    case 'Statement':
      return projectStatement(ctx, v, fields);
    case 'Event':
      return projectEvent(ctx, v, fields);
    case 'Article':
      return projectArticle(ctx, v, fields);
  }
}

/**
 * The one home of "which label has this id": an index lookup per id-carrying label, as a
 * UNION inside `CALL`, binding `v`. `idExpr` is a `$parameter` or a variable.
 */
export const anyNodeById = (idExpr: string, v: string): string =>
  `CALL (${idExpr.startsWith('$') ? '' : idExpr}) { ${NODE_LABELS.map((l) => `MATCH (${v}:${l} {id: ${idExpr}}) RETURN ${v}`).join(' UNION ')} }`;

/** A stance id is `<actorId>:<TYPE>:<statementId>:<date>` (slugs hold no colon). */
export const isStanceId = (id: string): boolean => id.includes(':');

/**
 * The stance type an id names, or null when it names none (then no stance has that id). The
 * type picks the one relationship id index to seek: anchored on the actor instead, a lookup
 * would expand every stance of a hub actor.
 */
function stanceTypeOfId(id: string): StanceType | null {
  const type = id.split(':')[1];
  return STANCE_TYPES.find((t) => t === type) ?? null;
}

/** Stances by id, one id-index seek per type: binds `a`, `r`, `s`; null when no id is a stance's. */
function matchStancesById(w: CypherWriter, ids: readonly string[]): string | null {
  const byType = new Map<StanceType, string[]>();
  for (const id of ids) {
    const type = stanceTypeOfId(id);
    if (!type) continue;
    const typed = byType.get(type);
    if (typed) typed.push(id);
    else byType.set(type, [id]);
  }
  if (byType.size === 0) return null;
  const seeks = [...byType].map(
    ([type, typed]) =>
      `MATCH (a:Actor)-[r:${type}]->(s:Statement) WHERE r.id IN ${w.param(typed)} RETURN a, r, s`,
  );
  return `CALL () { ${seeks.join(' UNION ALL ')} }`;
}

/** A statement that returns no row, in the shape the caller reads. */
const NO_ROWS = (columns: readonly string[]): string =>
  `RETURN ${columns.map((c) => `null AS ${c}`).join(', ')} LIMIT 0`;

/** `actor(id)`, `statement(id)`, `event(id)`, `article(id)`: one node and its selection. */
export function compileLookup(
  label: NodeLabel,
  id: string,
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const w = new CypherWriter();
  const text = `MATCH (v:${label} {id: ${w.param(id)}})\nRETURN ${projectLabel({ w, bounds }, label, 'v', fields)} AS value`;
  return { text, params: w.params };
}

/** `stance(id)`. */
export function compileStanceLookup(id: string, fields: readonly FieldPlan[], bounds: Bounds): CompiledQuery {
  const w = new CypherWriter();
  const match = matchStancesById(w, [id]);
  const text = match
    ? `${match}\nRETURN ${projectStance({ w, bounds }, 'r', 'a', 's', fields)} AS value LIMIT 1`
    : NO_ROWS(['value']);
  return { text, params: w.params };
}

/** `node(id)`: a stance when the id is a stance id, else whichever label carries it. */
export function compileNodeLookup(id: string, fields: readonly FieldPlan[], bounds: Bounds): CompiledQuery {
  if (isStanceId(id)) return compileStanceLookup(id, fieldsFor(fields, ['Stance']), bounds);
  const w = new CypherWriter();
  const text = `${anyNodeById(w.param(id), 'v')}\nRETURN ${projectAnyNode({ w, bounds }, 'v', fields)} AS value LIMIT 1`;
  return { text, params: w.params };
}

/** The kinds of object a batch by id can load (research rows refer to these). */
export type BatchKind = NodeLabel | 'Stance' | 'Node';

/** Many objects of one kind by id, for research rows: returns rows `{id, value}`. */
export function compileByIds(
  kind: BatchKind,
  ids: readonly string[],
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const w = new CypherWriter();
  const ctx = { w, bounds };
  let text: string;
  if (kind === 'Stance') {
    const match = matchStancesById(w, ids);
    text = match
      ? `${match}\nRETURN r.id AS id, ${projectStance(ctx, 'r', 'a', 's', fields)} AS value`
      : NO_ROWS(['id', 'value']);
  } else if (kind === 'Node') {
    text = `UNWIND ${w.param([...ids])} AS id\n${anyNodeById('id', 'v')}\nRETURN id, ${projectAnyNode(ctx, 'v', fields)} AS value`;
  } else {
    text = `MATCH (v:${kind}) WHERE v.id IN ${w.param([...ids])}\nRETURN v.id AS id, ${projectLabel(ctx, kind, 'v', fields)} AS value`;
  }
  return { text, params: w.params };
}

/** Statement links by `{fromId, type, toId}` keys: rows `{id: "from|type|to", value}`. */
export function compileLinksByKeys(
  keys: readonly { fromId: string; type: string; toId: string }[],
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const w = new CypherWriter();
  const text = `UNWIND ${w.param(keys.map((k) => ({ ...k })))} AS k
MATCH (f:Statement {id: k.fromId})-[l:SUPPORTS|REFUTES]->(t:Statement {id: k.toId}) WHERE type(l) = k.type
RETURN k.fromId + '|' + k.type + '|' + k.toId AS id, ${projectLink({ w, bounds }, 'l', 'f', 't', fields)} AS value`;
  return { text, params: w.params };
}

export const linkKey = (k: { fromId: string; type: string; toId: string }): string =>
  `${k.fromId}|${k.type}|${k.toId}`;

// ---------------------------------------------------------------------------------------------
// Lists (Relay connections)

interface ListSpec {
  /** The pattern to MATCH, binding `carry`, and the conditions its matches must meet. */
  pattern: string;
  conditions: string[];
  carry: string;
  order: string;
  /** The node map of one item, from the `edges.node` selection. */
  project: (ctx: ProjectCtx, node: FieldPlan[]) => string;
}

/**
 * A list root field's compiler: `spec` turns the field's arguments into the list to page,
 * naming their `$parameters` in `w`; every list is then paged the same way.
 */
function listCompiler<A>(spec: (args: A, w: CypherWriter) => ListSpec) {
  return (args: A, fields: readonly FieldPlan[], window: PageWindow, bounds: Bounds): CompiledQuery => {
    const w = new CypherWriter();
    return compilePage(w, spec(args, w), fields, window, bounds);
  };
}

/**
 * One page and, when asked for, the total count. Without `totalCount` the page fetches one
 * row more than asked, so `hasNextPage` is known without counting the whole match.
 */
function compilePage(
  w: CypherWriter,
  spec: ListSpec,
  fields: readonly FieldPlan[],
  window: PageWindow,
  bounds: Bounds,
): CompiledQuery {
  const wants = connectionWants(fields);
  const value = spec.project({ w, bounds }, wants.node);
  const skip = w.param(window.skip);
  const limit = w.param(wants.count ? window.limit : window.limit + 1);
  const match = `MATCH ${spec.pattern}${spec.conditions.length > 0 ? ` WHERE ${spec.conditions.join(' AND ')}` : ''}`;
  const total = wants.count ? `CALL () { ${match} RETURN count(*) AS totalCount }\n` : '';
  const text = `${total}CALL () { ${match}
  WITH ${spec.carry} ORDER BY ${spec.order} SKIP ${skip} LIMIT ${limit}
  RETURN collect(${value}) AS rows }
RETURN ${wants.count ? 'totalCount' : 'null AS totalCount'}, rows`;
  return { text, params: w.params };
}

/** The connection's wants: the node selection, and whether anything needs the count. */
export function connectionWants(fields: readonly FieldPlan[]): { node: FieldPlan[]; count: boolean } {
  return {
    node: plansAt(fields, ['edges', 'node']),
    count: asks(fields, 'totalCount') || plansAt(fields, ['pageInfo']).some((f) => f.name === 'hasNextPage'),
  };
}

/** How each list sorts, by its `orderBy`: every order ends on ids, so pages never overlap. */
const ORDER = {
  actors: {
    NAME_ASC: 'toLower(a.name), a.id',
    NAME_DESC: 'toLower(a.name) DESC, a.id DESC',
  },
  statements: {
    FIRST_STANCE_ASC: 's.firstStanceDate, s.id',
    FIRST_STANCE_DESC: 's.firstStanceDate DESC, s.id',
    TEXT_ASC: 'toLower(s.text), s.id',
  },
  events: {
    NAME_ASC: 'toLower(e.name), e.id',
    DATE_ASC: 'e.date, e.dateKnownBy, toLower(e.name), e.id',
  },
  articles: {
    PUBLISHED_ASC: 'x.published, x.id',
    PUBLISHED_DESC: 'x.published DESC, x.id',
  },
} as const;

const BY_ACTOR = 'toLower(a.name)';
const BY_TYPE = 'type(r)';
const STANCE_ORDER = {
  DATE_ASC: ['r.date', 'r.knownBy', BY_ACTOR, BY_TYPE, 's.id'],
  DATE_DESC: ['r.date DESC', 'r.knownBy DESC', BY_ACTOR, BY_TYPE, 's.id'],
} as const;

/**
 * A stance list's sort keys, without those the filter makes constant (one actor, one type): the
 * order is the same, and a hub's thousands of matches are not each read for a key that ties.
 */
function stanceOrder(orderBy: StanceOrder, fixed: { actor: boolean; type: boolean }): string {
  return STANCE_ORDER[orderBy]
    .filter((key) => !(fixed.actor && key === BY_ACTOR) && !(fixed.type && key === BY_TYPE))
    .join(', ');
}

/** The `label` nodes, bound to `v`, that meet `conditions`. */
const nodes = (label: NodeLabel, v: string, conditions: string[], order: string): ListSpec => ({
  pattern: `(${v}:${label})`,
  conditions,
  carry: v,
  order,
  project: (ctx, node) => projectLabel(ctx, label, v, node),
});

export const compileActors = listCompiler((args: ActorFilter & { orderBy: ActorOrder }, w) => {
  const c: string[] = [];
  const kinds = listFilter(args.kinds);
  if (kinds) c.push(`a.kind IN ${w.param(kinds)}`);
  if (args.text != null)
    c.push(
      `any(k IN [a.name] + coalesce(a.aliases, []) WHERE toLower(k) CONTAINS toLower(${w.param(args.text)}))`,
    );
  if (args.memberOf != null)
    c.push(`EXISTS { (a)-[:LEADS|REPRESENTS|PART_OF]->(:Actor {id: ${w.param(args.memberOf)}}) }`);
  return nodes('Actor', 'a', c, ORDER.actors[args.orderBy]);
});

const aboutEvent = (s: string, param: string): string =>
  `EXISTS { (${s})-[:ABOUT]->(:Event)-[:PART_OF*0..5]->(:Event {id: ${param}}) }`;

export const compileStatements = listCompiler((args: StatementFilter & { orderBy: StatementOrder }, w) => {
  const c: string[] = [];
  if (args.text != null) c.push(`toLower(s.text) CONTAINS toLower(${w.param(args.text)})`);
  if (args.hasFigure != null) c.push(`(s.figureValue IS NOT NULL) = ${w.param(args.hasFigure)}`);
  if (args.eventId != null) c.push(aboutEvent('s', w.param(args.eventId)));
  // Stance conditions hold together, on one stance.
  const stance: string[] = [];
  if (args.actorId != null) stance.push(`a.id = ${w.param(args.actorId)}`);
  const types = listFilter(args.stanceTypes);
  if (types) stance.push(`type(r) IN ${w.param(types)}`);
  if (args.from != null) stance.push(withinFrom('r', w.param(args.from).slice(1)));
  if (args.to != null) stance.push(withinTo('r', w.param(args.to).slice(1)));
  if (stance.length > 0)
    c.push(`EXISTS { MATCH (a:Actor)-[r:${ALL_STANCES}]->(s) WHERE ${stance.join(' AND ')} }`);
  return nodes('Statement', 's', c, ORDER.statements[args.orderBy]);
});

export const compileStances = listCompiler((args: StanceFilter & { orderBy: StanceOrder }, w): ListSpec => {
  // Anchored on the actor or statement id when given, so the planner starts from an index. An
  // end that is not anchored goes without its label: a stance always joins an actor to a
  // statement (ingestion writes no other), and a label test reads every matched node, which the
  // count of a hub's stances otherwise never does.
  const actor = args.actorId != null ? `(a:Actor {id: ${w.param(args.actorId)}})` : '(a)';
  const statement = args.statementId != null ? `(s:Statement {id: ${w.param(args.statementId)}})` : '(s)';
  const pattern = stanceTypePattern(args.types);
  const c: string[] = [];
  if (pattern === null) c.push('false');
  if (args.from != null) c.push(withinFrom('r', w.param(args.from).slice(1)));
  if (args.to != null) c.push(withinTo('r', w.param(args.to).slice(1)));
  if (args.hasFigure != null) c.push(`(s.figureValue IS NOT NULL) = ${w.param(args.hasFigure)}`);
  if (args.text != null)
    c.push(
      `toLower(coalesce(r.quote, '') + ' ' + coalesce(r.paraphrase, '')) CONTAINS toLower(${w.param(args.text)})`,
    );
  if (args.eventId != null) c.push(aboutEvent('s', w.param(args.eventId)));
  return {
    pattern: `${actor}-[r:${pattern ?? ALL_STANCES}]->${statement}`,
    conditions: c,
    carry: 'a, r, s',
    order: stanceOrder(args.orderBy, {
      actor: args.actorId != null,
      type: listFilter(args.types)?.length === 1,
    }),
    project: (ctx, node) => projectStance(ctx, 'r', 'a', 's', node),
  };
});

export const compileEvents = listCompiler((args: EventFilter & { orderBy: EventOrder }, w) => {
  const c: string[] = [];
  if (args.text != null) c.push(`toLower(e.name) CONTAINS toLower(${w.param(args.text)})`);
  const types = listFilter(args.types);
  if (types) c.push(`e.type IN ${w.param(types)}`);
  if (args.partOf != null) c.push(`EXISTS { (e)-[:PART_OF]->(:Event {id: ${w.param(args.partOf)}}) }`);
  return nodes('Event', 'e', c, ORDER.events[args.orderBy]);
});

export const compileArticles = listCompiler((args: ArticleFilter & { orderBy: ArticleOrder }, w) => {
  const c: string[] = [];
  if (args.text != null) c.push(`toLower(x.title) CONTAINS toLower(${w.param(args.text)})`);
  if (args.cites != null) c.push(`EXISTS { (x)-[:CITES]->(:Actor {id: ${w.param(args.cites)}}) }`);
  if (args.from != null) c.push(`x.published >= date(${w.param(args.from)})`);
  if (args.to != null) c.push(`x.published <= date(${w.param(args.to)})`);
  return nodes('Article', 'x', c, ORDER.articles[args.orderBy]);
});

export const compileStatementLinks = listCompiler((args: StatementLinkFilter, w): ListSpec => {
  const c: string[] = [];
  const types = listFilter(args.types);
  if (types) c.push(`type(l) IN ${w.param(types)}`);
  if (args.statementId != null) {
    const id = w.param(args.statementId);
    c.push(`(f.id = ${id} OR t.id = ${id})`);
  }
  return {
    pattern: '(f:Statement)-[l:SUPPORTS|REFUTES]->(t:Statement)',
    conditions: c,
    carry: 'l, f, t',
    order: 'type(l), f.id, t.id',
    project: (ctx, node) => projectLink(ctx, 'l', 'f', 't', node),
  };
});
