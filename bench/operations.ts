/**
 * The benchmark operations: each is one GraphQL request to claimgraph and the equivalent request
 * to @neo4j/graphql, with a normaliser per API into one canonical answer, so the harness proves
 * them equal before timing. (The floor is whatever Cypher claimgraph sends; see bench/floor.ts.)
 * Nested lists stay below any page cap on the corpus (bench/dataset/corpus.ts), and when the
 * schema gives a nested list a `first` argument the queries pass NESTED_FIRST, so the same
 * operations run on the schema before and after bounded nested lists.
 */
import { STANCE_FIELDS } from './variants/neo4jGraphqlTypeDefs';
import { canonical, unordered } from './support/normalise';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v ?? {}) as Obj;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  id: string;
  title: string;
  claimgraph: GraphqlRequest;
  neo4jGraphql: GraphqlRequest;
  /** Each API's `data` to the canonical answer. */
  fromClaimgraph(data: Obj): unknown;
  fromNeo4jGraphql(data: Obj): unknown;
}

export interface OperationParams {
  lookupActorId: string;
  supernodeId: string;
  hubStatementId: string;
  breakdownStatementId: string;
  pathFromId: string;
  pathToId: string;
  searchWord: string;
  range: { from: string; to: string };
  asOf: string;
  contestedAsOf: string;
  pageSize: number;
  /** Cursor after page 1 of op `list`, in each API's format (null: ask for page 1). */
  after: { claimgraph: string | null; neo4jGraphql: string | null };
  /** Which nested list fields take `first` in this claimgraph schema ("Type.field"). */
  nestedFirst: ReadonlySet<string>;
}

export const NESTED_FIRST = 100;
export const OPERATION_IDS = ['lookup', 'list', 'twoHop', 'deep', 'breakdown', 'path', 'search', 'contested'];

/** `(first: N, extra)` when the schema takes `first` on Type.field, else `(extra)` or nothing. */
function args(p: OperationParams, field: string, extra = ''): string {
  const parts = [p.nestedFirst.has(field) ? `first: ${NESTED_FIRST}` : '', extra].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
}

/**
 * Scores relative to the page's best: claimgraph's query may add transliterated terms (and, when
 * nothing matches as written, fuzzy ones), which change raw scores; the order and spacing of the
 * hits is what must agree.
 */
function relative(scores: unknown[]): number[] {
  const values = scores.map(Number);
  const best = Math.max(...values);
  return values.map((v) => (best > 0 ? v / best : v));
}

function mergeStances(node: Obj, side: 'fromActor' | 'fromStatement') {
  return STANCE_FIELDS.flatMap((f) =>
    arr(obj(node[`${f[side]}Connection`]).edges).map((e) => ({
      type: f.type,
      properties: obj(e.properties),
      node: obj(e.node),
    })),
  );
}

function stanceConnections(
  side: 'fromActor' | 'fromStatement',
  properties: string,
  inner: string,
  where = '',
): string {
  return STANCE_FIELDS.map(
    (f) => `${f[side]}Connection${where} { edges { properties { ${properties} } node { ${inner} } } }`,
  ).join('\n');
}

export function buildOperations(p: OperationParams): Operation[] {
  const ops: Operation[] = [];

  const actor = (a: Obj) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: [...((a.aliases as string[] | null) ?? [])].sort(),
  });
  ops.push({
    id: 'lookup',
    title: 'lookup by id (actor)',
    claimgraph: {
      query: 'query($id: ID!) { actor(id: $id) { id name kind aliases } }',
      variables: { id: p.lookupActorId },
    },
    neo4jGraphql: {
      query: 'query($id: ID!) { actors(where: { id: { eq: $id } }) { id name kind aliases } }',
      variables: { id: p.lookupActorId },
    },
    fromClaimgraph: (d) => canonical(actor(obj(d.actor))),
    fromNeo4jGraphql: (d) => canonical(actor(arr(d.actors)[0] ?? {})),
  });

  const row = (id: unknown, date: unknown, knownBy: unknown, quote: unknown, s: Obj) => ({
    id,
    date,
    knownBy,
    quote: quote ?? null,
    statement: { id: s.id, text: s.text },
  });
  ops.push({
    id: 'list',
    title: `filtered + sorted list, page 2 of ${p.pageSize}, totalCount (supernode's CLAIMED in a date range)`,
    claimgraph: {
      query: `query($actorId: ID!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
  stances(filter: { actorId: $actorId, types: [CLAIMED], from: $from, to: $to }, orderBy: DATE_ASC, first: $first, after: $after) {
    totalCount
    edges { node { id date { date knownBy } quote statement { id text } } }
  }
}`,
      variables: { actorId: p.supernodeId, ...p.range, first: p.pageSize, after: p.after.claimgraph },
    },
    neo4jGraphql: {
      query: `query($actorId: ID!, $from: Date!, $to: Date!, $first: Int!, $after: String) {
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
      variables: { actorId: p.supernodeId, ...p.range, first: p.pageSize, after: p.after.neo4jGraphql },
    },
    fromClaimgraph: (d) => {
      const c = obj(d.stances);
      return canonical({
        totalCount: c.totalCount,
        rows: arr(c.edges).map((e) => {
          const n = obj(e.node);
          return row(n.id, obj(n.date).date, obj(n.date).knownBy, n.quote, obj(n.statement));
        }),
      });
    },
    fromNeo4jGraphql: (d) => {
      const c = obj((arr(d.actors)[0] ?? {}).claimedConnection);
      return canonical({
        totalCount: c.totalCount,
        rows: arr(c.edges).map((e) => {
          const r = obj(e.properties);
          return row(r.id, r.date, r.knownBy, r.quote, obj(e.node));
        }),
      });
    },
  });

  ops.push({
    id: 'twoHop',
    title: 'two hops: statement -> stances -> actor (hub statement)',
    claimgraph: {
      query: `query($id: ID!) { statement(id: $id) { id text stances${args(p, 'Statement.stances')} { type date { date knownBy } quote actor { id name } } } }`,
      variables: { id: p.hubStatementId },
    },
    neo4jGraphql: {
      query: `query($id: ID!) { statements(where: { id: { eq: $id } }) { id text
  ${stanceConnections('fromStatement', 'date knownBy quote', 'id name')} } }`,
      variables: { id: p.hubStatementId },
    },
    fromClaimgraph: (d) => {
      const s = obj(d.statement);
      return canonical({
        id: s.id,
        text: s.text,
        stances: unordered(
          arr(s.stances).map((x) => ({
            type: x.type,
            date: obj(x.date).date,
            knownBy: obj(x.date).knownBy,
            quote: x.quote ?? null,
            actor: obj(x.actor),
          })),
        ),
      });
    },
    fromNeo4jGraphql: (d) => {
      const s = arr(d.statements)[0] ?? {};
      return canonical({
        id: s.id,
        text: s.text,
        stances: unordered(
          mergeStances(s, 'fromStatement').map((e) => ({
            type: e.type,
            date: e.properties.date,
            knownBy: e.properties.knownBy,
            quote: e.properties.quote ?? null,
            actor: { id: e.node.id, name: e.node.name },
          })),
        ),
      });
    },
  });

  const deepActor = (a: Obj, stances: Obj[]) => ({ id: a.id, name: a.name, stances: unordered(stances) });
  ops.push({
    id: 'deep',
    title: 'deep nesting: 100 actors -> stances -> statement -> stances -> actor',
    claimgraph: {
      query: `{ actors(filter: { kinds: [PERSON] }, orderBy: NAME_ASC, first: 100) { edges { node { id name
  stances${args(p, 'Actor.stances')} { type date { date } statement { id text stances${args(p, 'Statement.stances')} { type date { date } actor { id name } } } } } } } }`,
      variables: {},
    },
    neo4jGraphql: {
      query: `{ actors(where: { kind: { eq: "PERSON" } }, sort: [{ name: ASC }, { id: ASC }], limit: 100) { id name
  ${stanceConnections('fromActor', 'date', `id text ${stanceConnections('fromStatement', 'date', 'id name')}`)} } }`,
      variables: {},
    },
    fromClaimgraph: (d) =>
      canonical(
        arr(obj(d.actors).edges).map((e) => {
          const a = obj(e.node);
          return deepActor(
            a,
            arr(a.stances).map((s) => {
              const st = obj(s.statement);
              return {
                type: s.type,
                date: obj(s.date).date,
                statement: {
                  id: st.id,
                  text: st.text,
                  stances: unordered(
                    arr(st.stances).map((i) => ({
                      type: i.type,
                      date: obj(i.date).date,
                      actor: obj(i.actor),
                    })),
                  ),
                },
              };
            }),
          );
        }),
      ),
    fromNeo4jGraphql: (d) =>
      canonical(
        arr(d.actors).map((a) =>
          deepActor(
            a,
            mergeStances(a, 'fromActor').map((s) => ({
              type: s.type,
              date: s.properties.date,
              statement: {
                id: s.node.id,
                text: s.node.text,
                stances: unordered(
                  mergeStances(s.node, 'fromStatement').map((i) => ({
                    type: i.type,
                    date: i.properties.date,
                    actor: { id: i.node.id, name: i.node.name },
                  })),
                ),
              },
            })),
          ),
        ),
      ),
  });

  const holders = (list: Obj[]) => unordered(list);
  const onRecord = `{ OR: [
      { claimedByConnection: { some: { edge: { knownBy: { lte: $asOf } } } } }
      { confirmedByConnection: { some: { edge: { knownBy: { lte: $asOf } } } } }
    ] }`;
  ops.push({
    id: 'breakdown',
    title: `stance breakdown as of ${p.asOf} (statement with many links)`,
    claimgraph: {
      query: `query($id: ID!, $asOf: Date!) { stanceBreakdown(statementId: $id, asOf: $asOf) {
  ${['claimed', 'confirmed', 'denied', 'declinedToConfirm'].map((f) => `${f}${args(p, `StanceBreakdown.${f}`)} { date { date } actor { name } }`).join('\n  ')}
  supportedBy${args(p, 'StanceBreakdown.supportedBy')} { id } refutedBy${args(p, 'StanceBreakdown.refutedBy')} { id } } }`,
      variables: { id: p.breakdownStatementId, asOf: p.asOf },
    },
    neo4jGraphql: {
      query: `query($id: ID!, $asOf: Date!) { statements(where: { id: { eq: $id } }) {
  ${stanceConnections('fromStatement', 'date', 'name', '(where: { edge: { knownBy: { lte: $asOf } } })')}
  supportedBy(where: ${onRecord}) { id }
  refutedBy(where: ${onRecord}) { id } } }`,
      variables: { id: p.breakdownStatementId, asOf: p.asOf },
    },
    fromClaimgraph: (d) => {
      const b = obj(d.stanceBreakdown);
      const list = (f: string, type: string) =>
        arr(b[f]).map((x) => ({ type, date: obj(x.date).date, actor: obj(x.actor).name }));
      return canonical({
        stances: holders(STANCE_FIELDS.flatMap((f) => list(f.fromActor, f.type))),
        supportedBy: unordered(arr(b.supportedBy).map((s) => s.id)),
        refutedBy: unordered(arr(b.refutedBy).map((s) => s.id)),
      });
    },
    fromNeo4jGraphql: (d) => {
      const s = arr(d.statements)[0] ?? {};
      return canonical({
        stances: holders(
          mergeStances(s, 'fromStatement').map((e) => ({
            type: e.type,
            date: e.properties.date,
            actor: e.node.name,
          })),
        ),
        supportedBy: unordered(arr(s.supportedBy).map((x) => x.id)),
        refutedBy: unordered(arr(s.refutedBy).map((x) => x.id)),
      });
    },
  });

  // Shortest paths are rarely unique: the answers agree on length and ends, not on the route.
  const pathOf = (ids: unknown[]) => ({ length: ids.length - 1, from: ids[0], to: ids[ids.length - 1] });
  ops.push({
    id: 'path',
    title:
      'shortest path between two actors of different states, never through a node of 1,000+ relationships',
    claimgraph: {
      query:
        'query($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxHops: 4) { length nodes { id } } }',
      variables: { from: p.pathFromId, to: p.pathToId },
    },
    neo4jGraphql: {
      query: 'query($from: ID!, $to: ID!) { shortestPathIds(fromId: $from, toId: $to) }',
      variables: { from: p.pathFromId, to: p.pathToId },
    },
    fromClaimgraph: (d) => canonical(pathOf(arr(obj(d.shortestPath).nodes).map((n) => n.id))),
    fromNeo4jGraphql: (d) => canonical(pathOf((d.shortestPathIds as unknown[] | null) ?? [])),
  });

  // Lucene ties make the order within equal scores arbitrary: compare the scores of the page.
  ops.push({
    id: 'search',
    title: `full-text search "${p.searchWord}" in statements, first ${p.pageSize}, totalCount`,
    claimgraph: {
      query: `query($q: String!, $first: Int!) { search(query: $q, types: [STATEMENT], first: $first) { totalCount edges { node { score node { id } } } } }`,
      variables: { q: p.searchWord, first: p.pageSize },
    },
    neo4jGraphql: {
      query: `query($q: String!, $first: Int!) { statementsByText(phrase: $q, first: $first) { totalCount edges { score node { id } } } }`,
      variables: { q: p.searchWord, first: p.pageSize },
    },
    fromClaimgraph: (d) => {
      const c = obj(d.search);
      return canonical({
        totalCount: c.totalCount,
        scores: relative(arr(c.edges).map((e) => obj(e.node).score)),
      });
    },
    fromNeo4jGraphql: (d) => {
      const c = obj(d.statementsByText);
      return canonical({ totalCount: c.totalCount, scores: relative(arr(c.edges).map((e) => e.score)) });
    },
  });

  ops.push({
    id: 'contested',
    title: `aggregation: most contested statements as of ${p.contestedAsOf}, first ${p.pageSize}`,
    claimgraph: {
      query: `query($asOf: Date!, $first: Int!) { contestedStatements(asOf: $asOf, first: $first) { statement { id } } }`,
      variables: { asOf: p.contestedAsOf, first: p.pageSize },
    },
    neo4jGraphql: {
      query: `query($asOf: Date!, $first: Int!) { contestedStatements(asOf: $asOf, limit: $first) { id } }`,
      variables: { asOf: p.contestedAsOf, first: p.pageSize },
    },
    fromClaimgraph: (d) => canonical(arr(d.contestedStatements).map((b) => obj(b.statement).id)),
    fromNeo4jGraphql: (d) => canonical(arr(d.contestedStatements).map((s) => s.id)),
  });

  return ops;
}
