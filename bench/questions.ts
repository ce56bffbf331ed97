import { STANCE_FIELDS } from './variants/neo4jGraphqlTypeDefs';

/**
 * The benchmark questions, each asked three ways that must return the same data:
 * hand-written Cypher (the floor), claimgraph's GraphQL API, and the API `@neo4j/graphql`
 * generates for the same graph. Each way comes with a normaliser into one canonical shape, so
 * the harness can prove the answers equal before it times anything.
 */

type Json = unknown;
type Row = Record<string, unknown>;
type Obj = Record<string, unknown>;

export interface RawWay {
  cypher: string;
  params: Record<string, unknown>;
  normalise(rows: Row[]): Json;
}

export interface GraphqlWay {
  query: string;
  variables: Record<string, unknown>;
  normalise(data: Obj): Json;
}

export interface Question {
  id: string;
  title: string;
  /** What is fetched, for the report. */
  shape: string;
  raw: RawWay;
  claimgraph: GraphqlWay;
  /** Absent when the generated API cannot ask the question (see `whyNoNeo4jGraphql`). */
  neo4jGraphql?: GraphqlWay;
  whyNoNeo4jGraphql?: string;
  /** Size of a canonical answer (rows or leaves), for the report. */
  size(canonical: Json): number;
}

/** Values picked from the loaded graph (see bench/run.ts: pickParameters). */
export interface QuestionParams {
  /** The statement with most stances. */
  hubStatementId: string;
  /** The actor with most CLAIMED stances. */
  hubActorId: string;
  /** The statement with most incoming SUPPORTS / REFUTES links. */
  linkedStatementId: string;
  lookupActorId: string;
  range: { from: string; to: string };
  globalRange: { from: string; to: string };
  pageSize: number;
  /** Cursor of the last row of page 1, in each API's own cursor format. */
  page2After: { claimgraph: string | null; neo4jGraphql: string | null };
}

const STANCES = 'CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM';

// ---- canonical helpers --------------------------------------------------------------------

const obj = (v: unknown): Obj => (v ?? {}) as Obj;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Sorts by a tuple of string keys; the harness compares sets, not tie orders it does not ask for. */
function sortBy<T>(items: T[], key: (t: T) => unknown[]): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a).map(str);
    const kb = key(b).map(str);
    for (let i = 0; i < ka.length; i++) {
      if ((ka[i] as string) < (kb[i] as string)) return -1;
      if ((ka[i] as string) > (kb[i] as string)) return 1;
    }
    return 0;
  });
}

/** @neo4j/graphql gives one connection per stance type; merge them into typed stance items. */
function mergeStanceConnections(
  node: Obj,
  side: 'fromActor' | 'fromStatement',
): { type: string; properties: Obj; node: Obj }[] {
  return STANCE_FIELDS.flatMap((f) =>
    arr(obj(node[`${f[side]}Connection`]).edges).map((e) => ({
      type: f.type,
      properties: obj(e.properties),
      node: obj(e.node),
    })),
  );
}

/** The GraphQL selection of all four stance connections, with `inner` under each edge. */
function stanceConnections(side: 'fromActor' | 'fromStatement', properties: string, inner: string): string {
  return STANCE_FIELDS.map(
    (f) => `${f[side]}Connection { edges { properties { ${properties} } node { ${inner} } } }`,
  ).join('\n');
}

// ---- questions ----------------------------------------------------------------------------

export function buildQuestions(p: QuestionParams): Question[] {
  return [
    statementStances(p),
    actorStancesPage(p),
    deepNested(),
    lookupById(p),
    globalStancesPage(p),
    statementLinks(p),
  ];
}

/** Q1: a statement, everyone who took a position on it, and when (nested: statement -> stances -> actor). */
function statementStances(p: QuestionParams): Question {
  type Item = {
    type: string;
    date: string;
    precision: string;
    knownBy: string;
    quote: string | null;
    actorId: string;
    actorName: string;
  };
  const canonical = (id: unknown, text: unknown, items: Item[]) => ({
    id,
    text,
    stances: sortBy(items, (s) => [s.date, s.knownBy, s.type, s.actorId]),
  });
  return {
    id: 'Q1',
    title: 'statement -> stances -> actor (by id)',
    shape:
      'statement(id) { stances { type date quote actor { id name } } } on the statement with most stances',
    raw: {
      cypher: `MATCH (s:Statement {id: $id})
RETURN s.id AS id, s.text AS text,
  COLLECT { MATCH (a:Actor)-[r:${STANCES}]->(s)
            WITH a, r ORDER BY r.date, r.knownBy, a.name, type(r)
            RETURN { type: type(r), date: r.date, precision: r.precision, knownBy: r.knownBy, quote: r.quote,
                     actor: a { .id, .name } } } AS stances`,
      params: { id: p.hubStatementId },
      normalise: ([row]) =>
        canonical(
          row?.id,
          row?.text,
          arr(row?.stances).map((s) => ({
            type: str(s.type),
            date: str(s.date),
            precision: str(s.precision),
            knownBy: str(s.knownBy),
            quote: (s.quote as string | null) ?? null,
            actorId: str(obj(s.actor).id),
            actorName: str(obj(s.actor).name),
          })),
        ),
    },
    claimgraph: {
      query: `query Q1($id: ID!) {
  statement(id: $id) { id text stances { type date { date precision knownBy } quote actor { id name } } }
}`,
      variables: { id: p.hubStatementId },
      normalise: (data) => {
        const s = obj(data.statement);
        return canonical(
          s.id,
          s.text,
          arr(s.stances).map((x) => ({
            type: str(x.type),
            date: str(obj(x.date).date),
            precision: str(obj(x.date).precision),
            knownBy: str(obj(x.date).knownBy),
            quote: (x.quote as string | null) ?? null,
            actorId: str(obj(x.actor).id),
            actorName: str(obj(x.actor).name),
          })),
        );
      },
    },
    neo4jGraphql: {
      query: `query Q1($id: ID!) {
  statements(where: { id: { eq: $id } }) {
    id text
    ${stanceConnections('fromStatement', 'date precision knownBy quote', 'id name')}
  }
}`,
      variables: { id: p.hubStatementId },
      normalise: (data) => {
        const s = arr(data.statements)[0] ?? {};
        return canonical(
          s.id,
          s.text,
          mergeStanceConnections(s, 'fromStatement').map((e) => ({
            type: e.type,
            date: str(e.properties.date),
            precision: str(e.properties.precision),
            knownBy: str(e.properties.knownBy),
            quote: (e.properties.quote as string | null) ?? null,
            actorId: str(e.node.id),
            actorName: str(e.node.name),
          })),
        );
      },
    },
    size: (c) => arr(obj(c).stances).length,
  };
}

/** Q2: a filtered, paginated list: page 2 of one actor's CLAIMED stances within a date range. */
function actorStancesPage(p: QuestionParams): Question {
  const rowOf = (id: unknown, date: unknown, knownBy: unknown, quote: unknown, statement: Obj) => ({
    id: str(id),
    date: str(date),
    knownBy: str(knownBy),
    quote: (quote as string | null) ?? null,
    statementId: str(statement.id),
    statementText: str(statement.text),
  });
  return {
    id: 'Q2',
    title: 'filtered + paginated list (one actor)',
    shape: `CLAIMED stances of the busiest actor with ${p.range.from} <= date, knownBy <= ${p.range.to}; page 2 of ${p.pageSize}, with totalCount`,
    raw: {
      cypher: `MATCH (:Actor {id: $actorId})-[r:CLAIMED]->(s:Statement)
WHERE r.date >= date($from) AND r.knownBy <= date($to)
WITH r, s ORDER BY r.date, r.knownBy, s.id
WITH collect({ id: r.id, date: r.date, knownBy: r.knownBy, quote: r.quote, statement: s { .id, .text } }) AS matches
RETURN size(matches) AS totalCount, matches[$skip..$skip + $limit] AS rows`,
      params: { actorId: p.hubActorId, ...p.range, skip: p.pageSize, limit: p.pageSize },
      normalise: ([row]) => ({
        totalCount: row?.totalCount,
        rows: arr(row?.rows).map((r) => rowOf(r.id, r.date, r.knownBy, r.quote, obj(r.statement))),
      }),
    },
    claimgraph: {
      query: `query Q2($actorId: ID!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
  stances(filter: { actorId: $actorId, types: [CLAIMED], from: $from, to: $to }, orderBy: DATE_ASC, first: $first, after: $after) {
    totalCount
    edges { node { id date { date knownBy } quote statement { id text } } }
  }
}`,
      variables: { actorId: p.hubActorId, ...p.range, first: p.pageSize, after: p.page2After.claimgraph },
      normalise: (data) => {
        const c = obj(data.stances);
        return {
          totalCount: c.totalCount,
          rows: arr(c.edges).map((e) => {
            const n = obj(e.node);
            return rowOf(n.id, obj(n.date).date, obj(n.date).knownBy, n.quote, obj(n.statement));
          }),
        };
      },
    },
    neo4jGraphql: {
      query: `query Q2($actorId: ID!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
  actors(where: { id: { eq: $actorId } }) {
    claimedConnection(
      where: { edge: { date: { gte: $from }, knownBy: { lte: $to } } }
      sort: [{ edge: { date: ASC } }, { edge: { knownBy: ASC } }, { node: { id: ASC } }]
      first: $first
      after: $after
    ) {
      totalCount
      edges { properties { id date knownBy quote } node { id text } }
    }
  }
}`,
      variables: { actorId: p.hubActorId, ...p.range, first: p.pageSize, after: p.page2After.neo4jGraphql },
      normalise: (data) => {
        const c = obj((arr(data.actors)[0] ?? {}).claimedConnection);
        return {
          totalCount: c.totalCount,
          rows: arr(c.edges).map((e) => {
            const r = obj(e.properties);
            return rowOf(r.id, r.date, r.knownBy, r.quote, obj(e.node));
          }),
        };
      },
    },
    size: (c) => arr(obj(c).rows).length,
  };
}

/** Q3: a deep nested list: 100 actors -> their stances -> statement -> its stances -> actor. */
function deepNested(): Question {
  type Inner = { type: string; date: string; actorId: string; actorName: string };
  type Outer = { type: string; date: string; statementId: string; statementText: string; stances: Inner[] };
  const actor = (id: unknown, name: unknown, stances: Outer[]) => ({
    id: str(id),
    name: str(name),
    stances: sortBy(stances, (s) => [s.date, s.type, s.statementId]).map((s) => ({
      ...s,
      stances: sortBy(s.stances, (i) => [i.date, i.type, i.actorId]),
    })),
  });
  return {
    id: 'Q3',
    title: 'deep nested list (100 actors, 4 levels)',
    shape:
      'actors(first: 100, by name) { stances { type date statement { id text stances { type date actor { id name } } } } }',
    raw: {
      cypher: `MATCH (a:Actor)
WITH a ORDER BY toLower(a.name), a.id LIMIT 100
RETURN a.id AS id, a.name AS name,
  COLLECT { MATCH (a)-[r:${STANCES}]->(s:Statement)
            WITH r, s ORDER BY r.date, r.knownBy, type(r), s.id
            RETURN { type: type(r), date: r.date, statement: { id: s.id, text: s.text,
              stances: COLLECT { MATCH (b:Actor)-[q:${STANCES}]->(s)
                                 WITH b, q ORDER BY q.date, q.knownBy, b.name, type(q)
                                 RETURN { type: type(q), date: q.date, actor: b { .id, .name } } } } } } AS stances`,
      params: {},
      normalise: (rows) =>
        rows.map((a) =>
          actor(
            a.id,
            a.name,
            arr(a.stances).map((s) => {
              const st = obj(s.statement);
              return {
                type: str(s.type),
                date: str(s.date),
                statementId: str(st.id),
                statementText: str(st.text),
                stances: arr(st.stances).map((i) => ({
                  type: str(i.type),
                  date: str(i.date),
                  actorId: str(obj(i.actor).id),
                  actorName: str(obj(i.actor).name),
                })),
              };
            }),
          ),
        ),
    },
    claimgraph: {
      query: `query Q3 {
  actors(first: 100) {
    edges { node { id name stances { type date { date } statement { id text stances { type date { date } actor { id name } } } } } }
  }
}`,
      variables: {},
      normalise: (data) =>
        arr(obj(data.actors).edges).map((e) => {
          const a = obj(e.node);
          return actor(
            a.id,
            a.name,
            arr(a.stances).map((s) => {
              const st = obj(s.statement);
              return {
                type: str(s.type),
                date: str(obj(s.date).date),
                statementId: str(st.id),
                statementText: str(st.text),
                stances: arr(st.stances).map((i) => ({
                  type: str(i.type),
                  date: str(obj(i.date).date),
                  actorId: str(obj(i.actor).id),
                  actorName: str(obj(i.actor).name),
                })),
              };
            }),
          );
        }),
    },
    neo4jGraphql: {
      query: `query Q3 {
  actors(sort: [{ name: ASC }, { id: ASC }], limit: 100) {
    id name
    ${stanceConnections('fromActor', 'date', `id text ${stanceConnections('fromStatement', 'date', 'id name')}`)}
  }
}`,
      variables: {},
      normalise: (data) =>
        arr(data.actors).map((a) =>
          actor(
            a.id,
            a.name,
            mergeStanceConnections(a, 'fromActor').map((s) => ({
              type: s.type,
              date: str(s.properties.date),
              statementId: str(s.node.id),
              statementText: str(s.node.text),
              stances: mergeStanceConnections(s.node, 'fromStatement').map((i) => ({
                type: i.type,
                date: str(i.properties.date),
                actorId: str(i.node.id),
                actorName: str(i.node.name),
              })),
            })),
          ),
        ),
    },
    size: (c) =>
      arr(c).reduce((n, a) => n + arr(a.stances).reduce((m, s) => m + 1 + arr(s.stances).length, 0), 0),
  };
}

/** Q4: lookup by id. */
function lookupById(p: QuestionParams): Question {
  const canonical = (a: Obj) => ({
    id: str(a.id),
    name: str(a.name),
    kind: str(a.kind),
    aliases: [...((a.aliases as string[] | null) ?? [])].sort(),
    description: (a.description as string | null) ?? null,
  });
  return {
    id: 'Q4',
    title: 'lookup by id',
    shape: `actor(id: "${p.lookupActorId}") { id name kind aliases description }`,
    raw: {
      cypher:
        'MATCH (a:Actor {id: $id}) RETURN a { .id, .name, .kind, aliases: coalesce(a.aliases, []), .description } AS actor',
      params: { id: p.lookupActorId },
      normalise: ([row]) => canonical(obj(row?.actor)),
    },
    claimgraph: {
      query: 'query Q4($id: ID!) { actor(id: $id) { id name kind aliases description } }',
      variables: { id: p.lookupActorId },
      normalise: (data) => canonical(obj(data.actor)),
    },
    neo4jGraphql: {
      query: 'query Q4($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind aliases description } }',
      variables: { id: p.lookupActorId },
      normalise: (data) => canonical(arr(data.actors)[0] ?? {}),
    },
    size: () => 1,
  };
}

/** Q5: the root `stances` list, filtered by type and date range over the whole graph. */
function globalStancesPage(p: QuestionParams): Question {
  const rowOf = (r: { id: unknown; type: unknown; date: unknown; knownBy: unknown }, a: Obj, s: Obj) => ({
    id: str(r.id),
    type: str(r.type),
    date: str(r.date),
    knownBy: str(r.knownBy),
    actorId: str(a.id),
    actorName: str(a.name),
    statementId: str(s.id),
    statementText: str(s.text),
  });
  return {
    id: 'Q5',
    title: 'filtered + paginated list (whole graph)',
    shape: `stances(filter: { types: [DENIED], from: ${p.globalRange.from}, to: ${p.globalRange.to} }, first: ${p.pageSize}) { totalCount ... actor statement }`,
    raw: {
      cypher: `MATCH (a:Actor)-[r:DENIED]->(s:Statement)
WHERE r.date >= date($from) AND r.knownBy <= date($to)
WITH a, r, s ORDER BY r.date, r.knownBy, toLower(a.name), s.id
WITH collect({ id: r.id, type: type(r), date: r.date, knownBy: r.knownBy, actor: a { .id, .name }, statement: s { .id, .text } }) AS matches
RETURN size(matches) AS totalCount, matches[0..$limit] AS rows`,
      params: { ...p.globalRange, limit: p.pageSize },
      normalise: ([row]) => ({
        totalCount: row?.totalCount,
        rows: arr(row?.rows).map((r) =>
          rowOf({ id: r.id, type: r.type, date: r.date, knownBy: r.knownBy }, obj(r.actor), obj(r.statement)),
        ),
      }),
    },
    claimgraph: {
      query: `query Q5($from: Date!, $to: Date!, $first: Int!) {
  stances(filter: { types: [DENIED], from: $from, to: $to }, orderBy: DATE_ASC, first: $first) {
    totalCount
    edges { node { id type date { date knownBy } actor { id name } statement { id text } } }
  }
}`,
      variables: { ...p.globalRange, first: p.pageSize },
      normalise: (data) => {
        const c = obj(data.stances);
        return {
          totalCount: c.totalCount,
          rows: arr(c.edges).map((e) => {
            const n = obj(e.node);
            return rowOf(
              { id: n.id, type: n.type, date: obj(n.date).date, knownBy: obj(n.date).knownBy },
              obj(n.actor),
              obj(n.statement),
            );
          }),
        };
      },
    },
    whyNoNeo4jGraphql:
      'its generated API has no root field for relationships: stances can only be listed per actor or per statement',
    size: (c) => arr(obj(c).rows).length,
  };
}

/** Q6: who supports and who refutes a statement, and who stands behind those statements. */
function statementLinks(p: QuestionParams): Question {
  type Linked = { id: string; text: string; stances: { type: string; actorId: string; actorName: string }[] };
  const linked = (items: Linked[]) =>
    sortBy(items, (s) => [s.id]).map((s) => ({
      ...s,
      stances: sortBy(s.stances, (x) => [x.type, x.actorId]),
    }));
  const canonical = (s: Obj, supportedBy: Linked[], refutedBy: Linked[]) => ({
    id: str(s.id),
    text: str(s.text),
    supportedBy: linked(supportedBy),
    refutedBy: linked(refutedBy),
  });
  const fromRaw = (l: Obj): Linked => ({
    id: str(l.id),
    text: str(l.text),
    stances: arr(l.stances).map((x) => ({
      type: str(x.type),
      actorId: str(obj(x.actor).id),
      actorName: str(obj(x.actor).name),
    })),
  });
  const linkedCypher = (type: string) => `COLLECT { MATCH (f:Statement)-[:${type}]->(s)
            RETURN f { .id, .text, stances: COLLECT { MATCH (a:Actor)-[r:${STANCES}]->(f)
                                                      RETURN { type: type(r), actor: a { .id, .name } } } } }`;
  const ngLinked = STANCE_FIELDS.map((f) => `${f.fromStatement} { id name }`).join(' ');
  const fromNg = (l: Obj): Linked => ({
    id: str(l.id),
    text: str(l.text),
    stances: STANCE_FIELDS.flatMap((f) =>
      arr(l[f.fromStatement]).map((a) => ({ type: f.type, actorId: str(a.id), actorName: str(a.name) })),
    ),
  });
  return {
    id: 'Q6',
    title: 'statement -> supportedBy/refutedBy -> stances -> actor',
    shape:
      'statement(id) { supportedBy { id text stances { type actor { id name } } } refutedBy { same } } on the most-linked statement',
    raw: {
      cypher: `MATCH (s:Statement {id: $id})
RETURN s { .id, .text } AS statement,
  ${linkedCypher('SUPPORTS')} AS supportedBy,
  ${linkedCypher('REFUTES')} AS refutedBy`,
      params: { id: p.linkedStatementId },
      normalise: ([row]) =>
        canonical(obj(row?.statement), arr(row?.supportedBy).map(fromRaw), arr(row?.refutedBy).map(fromRaw)),
    },
    claimgraph: {
      query: `query Q6($id: ID!) {
  statement(id: $id) {
    id text
    supportedBy { id text stances { type actor { id name } } }
    refutedBy { id text stances { type actor { id name } } }
  }
}`,
      variables: { id: p.linkedStatementId },
      normalise: (data) => {
        const s = obj(data.statement);
        return canonical(s, arr(s.supportedBy).map(fromRaw), arr(s.refutedBy).map(fromRaw));
      },
    },
    neo4jGraphql: {
      query: `query Q6($id: ID!) {
  statements(where: { id: { eq: $id } }) {
    id text
    supportedBy { id text ${ngLinked} }
    refutedBy { id text ${ngLinked} }
  }
}`,
      variables: { id: p.linkedStatementId },
      normalise: (data) => {
        const s = arr(data.statements)[0] ?? {};
        return canonical(s, arr(s.supportedBy).map(fromNg), arr(s.refutedBy).map(fromNg));
      },
    },
    size: (c) =>
      [...arr(obj(c).supportedBy), ...arr(obj(c).refutedBy)].reduce(
        (n, s) => n + 1 + arr(s.stances).length,
        0,
      ),
  };
}
