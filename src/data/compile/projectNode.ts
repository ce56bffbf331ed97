import { STANCE_PATTERN, STANCE_TYPES } from '../../domain/stanceTypes';
import { BadUserInputError } from '../../errors';
import { listFilter } from '../listFilter';
import type { CypherWriter } from './cypherWriter';
import type { FieldPlan } from './planSelection';

/**
 * Nested patterns name no label on the far end where the relationship type alone decides it in
 * the graph model (docs/graph-model.md: stances run Actor -> Statement, ABOUT Statement -> Event,
 * and so on): PROFILE showed the label check as one db hit per row. PART_OF, which joins both
 * events and actors, keeps its labels.
 *
 * The second step of compiling a selection: each function returns a Cypher map expression
 * holding exactly the fields asked for, keyed by response key. Nested lists become `COLLECT {}`
 * subqueries with their ORDER BY and LIMIT inside, so one statement answers a whole root field
 * and no list returns more than its `first`.
 */

export interface Bounds {
  /** Largest `first` a nested list accepts. */
  maxFirst: number;
  /** Most items one root field may return, nested lists included (MAX_RESULT_ITEMS). */
  rowBudget: number;
}

interface Ctx {
  w: CypherWriter;
  bounds: Bounds;
}

/** Cypher for the GraphQL object type of an actor node (ingestion labels agencies `:Agency`). */
export const actorTypename = (v: string): string =>
  `CASE WHEN ${v}:Agency THEN 'Agency' WHEN ${v}.kind = 'STATE' THEN 'State' WHEN ${v}.kind = 'PERSON' THEN 'Person' ELSE 'Organisation' END`;

// Dates leave Neo4j as ISO text: decoding a Date value costs the driver integer arithmetic
// (12 % of the service's CPU on a deep selection of stances), and its text is what is served.
// A FuzzyDate carries only the parts asked for (by field name, which its default resolvers read).
const fuzzyDate = (
  date: string,
  precision: string,
  knownBy: string,
  text: string,
  fields: readonly FieldPlan[],
): string => {
  const parts: Record<string, string> = {
    date: `toString(${date})`,
    precision,
    knownBy: `toString(${knownBy})`,
    text,
  };
  const asked = Object.keys(parts).filter((name) => fields.some((f) => f.name === name));
  return `{ ${(asked.length ? asked : Object.keys(parts)).map((name) => `${name}: ${parts[name]}`).join(', ')} }`;
};

/** Value objects (Figure, FuzzyDate) are small and keyed by field name, whatever is asked. */
const statementFigure = (v: string): string =>
  `CASE WHEN ${v}.figureUnit IS NULL THEN null ELSE { value: ${v}.figureValue, low: ${v}.figureLow, high: ${v}.figureHigh, unit: ${v}.figureUnit, qualifier: ${v}.figureQualifier, phrase: ${v}.figurePhrase, kind: ${v}.figureKind, targetDate: toString(${v}.figureTargetDate), targetPrecision: ${v}.figureTargetPrecision } END`;
const statementRefersTo = (v: string, fields: readonly FieldPlan[]): string =>
  `CASE WHEN ${v}.refersToDate IS NULL THEN null ELSE ${fuzzyDate(`${v}.refersToDate`, `${v}.refersToPrecision`, `${v}.refersToKnownBy`, `${v}.refersToText`, fields)} END`;
const eventDate = (v: string, fields: readonly FieldPlan[]): string =>
  `CASE WHEN ${v}.date IS NULL THEN null ELSE ${fuzzyDate(`${v}.date`, `${v}.datePrecision`, `${v}.dateKnownBy`, `${v}.dateText`, fields)} END`;
const stanceDate = (r: string, fields: readonly FieldPlan[]): string =>
  fuzzyDate(`${r}.date`, `${r}.precision`, `${r}.knownBy`, `${r}.dateText`, fields);

/**
 * Date order of stances (docs/graph-model.md), ties broken by type and statement. The key of
 * the end the list hangs from is the same on every row, so it is left out (PROFILE: one
 * property read less per candidate stance).
 */
export const stanceOrder = (r: string, a: string | null, s: string | null): string =>
  [`${r}.date`, `${r}.knownBy`, a && `${a}.name`, `type(${r})`, s && `${s}.id`].filter(Boolean).join(', ');

/** Every stance relationship type, as a pattern's type alternatives. */
export const ALL_STANCES = STANCE_PATTERN;

/**
 * The `first` of the nested list `owner.field`, validated: an integer from 0 to `maxFirst`, else
 * BAD_USER_INPUT naming the field. The one check of every nested list's `first`, whether the
 * list is compiled or sliced from a research row.
 */
export function nestedFirst(first: unknown, owner: string, field: string, maxFirst: number): number {
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0 || first > maxFirst) {
    throw new BadUserInputError(
      `"${owner}.${field}(first)" must be between 0 and ${maxFirst}, got ${String(first)}`,
      `${owner}.${field}.first`,
    );
  }
  return first;
}

/** The validated `first` of a nested list: the SDL default applies to null; capped. */
export const firstOf = (ctx: Ctx, plan: FieldPlan, owner: string): number =>
  nestedFirst(plan.args.first, owner, plan.name, ctx.bounds.maxFirst);

/** Relationship types of a stance pattern for a `types` filter; null when it matches nothing. */
export function stanceTypePattern(types: readonly string[] | null | undefined): string | null {
  const wanted = listFilter(types);
  if (wanted === null) return ALL_STANCES;
  const known = wanted.filter((t) => (STANCE_TYPES as readonly string[]).includes(t));
  return known.length > 0 ? known.join('|') : null;
}

const stancePattern = (plan: FieldPlan): string | null =>
  stanceTypePattern(plan.args.types as string[] | null | undefined);

/** `COLLECT { MATCH … ORDER BY … LIMIT $first RETURN … }` for one nested list field. */
function list(
  ctx: Ctx,
  plan: FieldPlan,
  owner: string,
  match: string,
  carry: string,
  order: string,
  value: string,
): string {
  const first = ctx.w.param(firstOf(ctx, plan, owner));
  return `COLLECT { MATCH ${match} WITH ${carry} ORDER BY ${order} LIMIT ${first} RETURN ${value} }`;
}

/** Per kind of node: the prefix of its variables, its order in a nested list, its projection. */
const NODE_KINDS = {
  Actor: { prefix: 'a', order: (o: string) => `${o}.name, ${o}.id`, project: projectActor },
  Event: { prefix: 'e', order: (o: string) => `${o}.name, ${o}.id`, project: projectEvent },
  Statement: {
    prefix: 's',
    order: (o: string) => `${o}.firstStanceDate, ${o}.id`,
    project: projectStatement,
  },
  Article: { prefix: 'x', order: (o: string) => `${o}.published, ${o}.id`, project: projectArticle },
} as const;

/** The single node a property holds the id of (`Stance.event`, `Stance.relayOf`), or null. */
function byIdProperty(ctx: Ctx, label: 'Actor' | 'Event', idExpr: string, plan: FieldPlan): string {
  const v = ctx.w.variable(NODE_KINDS[label].prefix);
  const value = NODE_KINDS[label].project(ctx, v, plan.fields);
  return `CASE WHEN ${idExpr} IS NULL THEN null ELSE head(COLLECT { MATCH (${v}:${label} {id: ${idExpr}}) RETURN ${value} }) END`;
}

function map(entries: string[]): string {
  return `{ ${entries.join(', ')} }`;
}

function unknownField(type: string, plan: FieldPlan): never {
  throw new Error(`the read-path compiler has no rule for ${type}.${plan.name}`);
}

/**
 * The map for one object of GraphQL type `type`: `__typename` (a Cypher expression), then each
 * field asked for under its response key, in the order asked (the order in which variables and
 * parameters are numbered): a stored property of `v` read as it is when the field is one of
 * `properties`, anything else through `rule`, which answers undefined for a field it does not know.
 */
function project(
  type: string,
  typename: string,
  v: string,
  fields: readonly FieldPlan[],
  properties: readonly string[],
  rule: (f: FieldPlan) => string | undefined,
): string {
  return map([
    `__typename: ${typename}`,
    ...fields.map(
      (f) =>
        `${f.key}: ${properties.includes(f.name) ? `${v}.${f.name}` : (rule(f) ?? unknownField(type, f))}`,
    ),
  ]);
}

/**
 * The `kind` nodes that `pattern(o)` reaches from the owner, as a nested list in that kind's
 * usual order unless `order` says otherwise.
 */
function nodeList(
  ctx: Ctx,
  plan: FieldPlan,
  owner: string,
  kind: keyof typeof NODE_KINDS,
  pattern: (o: string) => string,
  order: (o: string) => string = NODE_KINDS[kind].order,
): string {
  const o = ctx.w.variable(NODE_KINDS[kind].prefix);
  return list(ctx, plan, owner, pattern(o), o, order(o), NODE_KINDS[kind].project(ctx, o, plan.fields));
}

/** The stances of actor `v` (owner `Actor`) or of statement `v` (owner `Statement`), in date order. */
function stanceList(ctx: Ctx, plan: FieldPlan, owner: 'Actor' | 'Statement', v: string): string {
  const pattern = stancePattern(plan);
  if (pattern === null) return '[]';
  const r = ctx.w.variable('r');
  const far = ctx.w.variable(owner === 'Actor' ? 's' : 'a');
  const [a, s] = owner === 'Actor' ? [v, far] : [far, v];
  const order = owner === 'Actor' ? stanceOrder(r, null, s) : stanceOrder(r, a, null);
  return list(
    ctx,
    plan,
    owner,
    `(${a})-[${r}:${pattern}]->(${s})`,
    `${r}, ${far}`,
    order,
    projectStance(ctx, r, a, s, plan.fields),
  );
}

/** The participations of actor `v` (owner `Actor`) or in event `v` (owner `Event`), by the far end's name. */
function participationList(ctx: Ctx, plan: FieldPlan, owner: 'Actor' | 'Event', v: string): string {
  const p = ctx.w.variable('p');
  const far = ctx.w.variable(owner === 'Actor' ? 'e' : 'a');
  const [a, e] = owner === 'Actor' ? [v, far] : [far, v];
  const value = projectParticipation(ctx, p, a, e, plan.fields);
  return list(
    ctx,
    plan,
    owner,
    `(${a})-[${p}:PARTICIPATED_IN]->(${e})`,
    `${p}, ${far}`,
    `${far}.name, ${far}.id`,
    value,
  );
}

/** An actor (`v`), as any of State, Person, Organisation, Agency. */
export function projectActor(ctx: Ctx, v: string, fields: readonly FieldPlan[]): string {
  return project('Actor', actorTypename(v), v, fields, ['id', 'name', 'kind', 'description'], (f) => {
    switch (f.name) {
      case 'aliases':
        return `coalesce(${v}.aliases, [])`;
      case 'affiliations':
      case 'members': {
        const r = ctx.w.variable('r');
        const o = ctx.w.variable('a');
        const match =
          f.name === 'affiliations'
            ? `(${v})-[${r}:LEADS|REPRESENTS|PART_OF]->(${o}:Actor)`
            : `(${o}:Actor)-[${r}:LEADS|REPRESENTS|PART_OF]->(${v})`;
        const value = projectRelation(ctx, r, o, f.fields);
        return list(ctx, f, 'Actor', match, `${r}, ${o}`, `type(${r}), ${o}.name, ${o}.id`, value);
      }
      case 'stances':
        return stanceList(ctx, f, 'Actor', v);
      case 'participations':
        return participationList(ctx, f, 'Actor', v);
      case 'citedBy': {
        const cited = nodeList(ctx, f, 'Agency', 'Article', (x) => `(${x})-[:CITES]->(${v})`);
        return `CASE WHEN ${v}:Agency THEN ${cited} ELSE [] END`;
      }
      default:
        return undefined;
    }
  });
}

/** A statement (`v`). */
export function projectStatement(ctx: Ctx, v: string, fields: readonly FieldPlan[]): string {
  return project('Statement', `'Statement'`, v, fields, ['id', 'text'], (f) => {
    switch (f.name) {
      case 'figure':
        return statementFigure(v);
      case 'refersTo':
        return statementRefersTo(v, f.fields);
      case 'about':
        return nodeList(ctx, f, 'Statement', 'Event', (e) => `(${v})-[:ABOUT]->(${e})`);
      case 'stances':
        return stanceList(ctx, f, 'Statement', v);
      case 'supports':
      case 'refutes':
      case 'supportedBy':
      case 'refutedBy': {
        const type = f.name.startsWith('support') ? 'SUPPORTS' : 'REFUTES';
        const incoming = f.name.endsWith('By');
        const pattern = (t: string) => (incoming ? `(${t})-[:${type}]->(${v})` : `(${v})-[:${type}]->(${t})`);
        return nodeList(ctx, f, 'Statement', 'Statement', pattern, (t) => `${t}.id`);
      }
      case 'reportedIn':
        return nodeList(ctx, f, 'Statement', 'Article', (x) => `(${x})-[:REPORTS]->(${v})`);
      default:
        return undefined;
    }
  });
}

/** A stance: relationship `r` from actor `a` to statement `s`. */
export function projectStance(
  ctx: Ctx,
  r: string,
  a: string,
  s: string,
  fields: readonly FieldPlan[],
): string {
  return project('Stance', `'Stance'`, r, fields, ['id', 'quote', 'paraphrase', 'venue'], (f) => {
    switch (f.name) {
      case 'type':
        return `type(${r})`;
      case 'date':
        return stanceDate(r, f.fields);
      case 'actor':
        return projectActor(ctx, a, f.fields);
      case 'statement':
        return projectStatement(ctx, s, f.fields);
      case 'event':
        return byIdProperty(ctx, 'Event', `${r}.eventId`, f);
      case 'relayOf':
        return byIdProperty(ctx, 'Actor', `${r}.relayOf`, f);
      case 'sources': {
        // Sources are article ids on the stance, in the order the bundle gave them.
        const first = ctx.w.param(firstOf(ctx, f, 'Stance'));
        const id = ctx.w.variable('id');
        const x = ctx.w.variable('x');
        return `COLLECT { UNWIND coalesce(${r}.sources, [])[..${first}] AS ${id} MATCH (${x}:Article {id: ${id}}) RETURN ${projectArticle(ctx, x, f.fields)} }`;
      }
      default:
        return undefined;
    }
  });
}

/** An event (`v`). */
export function projectEvent(ctx: Ctx, v: string, fields: readonly FieldPlan[]): string {
  return project('Event', `'Event'`, v, fields, ['id', 'name', 'type', 'place'], (f) => {
    switch (f.name) {
      case 'date':
        return eventDate(v, f.fields);
      case 'partOf':
        return nodeList(ctx, f, 'Event', 'Event', (o) => `(${v})-[:PART_OF]->(${o}:Event)`);
      case 'parts':
        return nodeList(ctx, f, 'Event', 'Event', (o) => `(${o}:Event)-[:PART_OF]->(${v})`);
      case 'participants':
        return participationList(ctx, f, 'Event', v);
      case 'statements':
        return nodeList(ctx, f, 'Event', 'Statement', (s) => `(${s})-[:ABOUT]->(${v})`);
      default:
        return undefined;
    }
  });
}

/** An article (`v`). */
export function projectArticle(ctx: Ctx, v: string, fields: readonly FieldPlan[]): string {
  return project('Article', `'Article'`, v, fields, ['id', 'title', 'published', 'publisher', 'url'], (f) => {
    switch (f.name) {
      case 'cites':
        return nodeList(ctx, f, 'Article', 'Actor', (a) => `(${v})-[:CITES]->(${a})`);
      case 'reports':
        return nodeList(ctx, f, 'Article', 'Statement', (s) => `(${v})-[:REPORTS]->(${s})`);
      default:
        return undefined;
    }
  });
}

/** A LEADS / REPRESENTS / PART_OF relationship `r`, seen from the far end `o`. */
function projectRelation(ctx: Ctx, r: string, o: string, fields: readonly FieldPlan[]): string {
  return project('ActorRelation', `'ActorRelation'`, r, fields, ['role'], (f) => {
    if (f.name === 'type') return `type(${r})`;
    if (f.name === 'actor') return projectActor(ctx, o, f.fields);
    return undefined;
  });
}

/** A PARTICIPATED_IN relationship `p` from actor `a` to event `e`. */
function projectParticipation(
  ctx: Ctx,
  p: string,
  a: string,
  e: string,
  fields: readonly FieldPlan[],
): string {
  return project('Participation', `'Participation'`, p, fields, ['role'], (f) => {
    if (f.name === 'actor') return projectActor(ctx, a, f.fields);
    if (f.name === 'event') return projectEvent(ctx, e, f.fields);
    return undefined;
  });
}

/** A SUPPORTS / REFUTES relationship `l` from statement `f` to statement `t`. */
export function projectLink(
  ctx: Ctx,
  l: string,
  from: string,
  to: string,
  fields: readonly FieldPlan[],
): string {
  return project('StatementLink', `'StatementLink'`, l, fields, [], (f) => {
    if (f.name === 'type') return `type(${l})`;
    if (f.name === 'from') return projectStatement(ctx, from, f.fields);
    if (f.name === 'to') return projectStatement(ctx, to, f.fields);
    return undefined;
  });
}

/** Fields of a plan that apply to an object of one of `typenames`. */
export function fieldsFor(fields: readonly FieldPlan[], typenames: readonly string[]): FieldPlan[] {
  return fields.filter((f) => f.types === null || f.types.some((t) => typenames.includes(t)));
}

/** Any node (`v` of unknown label): a CASE over the labels, each with its own fields. */
export function projectAnyNode(ctx: Ctx, v: string, fields: readonly FieldPlan[]): string {
  const actor = projectActor(ctx, v, fieldsFor(fields, ['State', 'Person', 'Organisation', 'Agency']));
  const statement = projectStatement(ctx, v, fieldsFor(fields, ['Statement']));
  const event = projectEvent(ctx, v, fieldsFor(fields, ['Event']));
  const article = projectArticle(ctx, v, fieldsFor(fields, ['Article']));
  return `CASE WHEN ${v}:Actor THEN ${actor} WHEN ${v}:Statement THEN ${statement} WHEN ${v}:Event THEN ${event} ELSE ${article} END`;
}

export type ProjectCtx = Ctx;
