import { buildASTSchema, buildSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { paginationEstimator } from '../../../src/http/queryCost';
import { typeDefs } from '../../../src/server';

// The cost model on the real schema: 1 per field, times `first` / `limit` for what is below a
// paginated field (every list that a page bounds), times the declared bound below a list that
// hops bound (MAX_TRAVERSAL_HOPS, 8 here; a relay chain's 10 actors).

const schema = buildASTSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}, maxTraversalHops = 8) =>
  getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [paginationEstimator({ listSize: 10, maxTraversalHops })],
  });

test.each([
  ['a scalar root field', '{ __typename }', 1],
  ['a lookup', '{ actor(id: "x") { id name } }', 3],
  [
    'a connection of 20 (the schema default)',
    '{ actors { totalCount edges { node { name } } } }',
    1 + 20 * (1 + 1 + 2),
  ],
  ['a connection of 5', '{ actors(first: 5) { edges { cursor node { id } } } }', 1 + 5 * (1 + 1 + 2)],
  [
    'a nested list counts its `first` (20 by default)',
    '{ actor(id: "x") { stances { id } } }',
    1 + (1 + 20 * 1),
  ],
  [
    'a nested `first: null` counts the default',
    '{ actor(id: "x") { stances(first: null) { id } } }',
    1 + (1 + 20 * 1),
  ],
  ['a nested `first: 3` counts 3', '{ actor(id: "x") { stances(first: 3) { id } } }', 1 + (1 + 3 * 1)],
  [
    'a figure timeline counts its `first` (100 by default)',
    '{ figureTimeline(eventId: "x") { stance } }',
    1 + 100 * 1,
  ],
  ['a figure timeline of 5', '{ figureTimeline(eventId: "x", first: 5) { stance } }', 1 + 5 * 1],
  [
    "a provenance's records and their lists count their `first` (20 by default); a relay chain its 10 actors",
    '{ provenance(statementId: "x") { recordCount records { articleCount articles { id } citedAgencies(first: 2) { id } relayChain { id } } } }',
    1 + (1 + (1 + 20 * (1 + (1 + 20 * 1) + (1 + 2 * 1) + (1 + 10 * 1)))),
  ],
  [
    "independent origins' lists count their `first`",
    '{ independentOrigins(statementId: "x") { count origins(first: 3) { speakerCount speakers { name } } } }',
    1 + (1 + (1 + 3 * (1 + (1 + 20 * 1)))),
  ],
  [
    'a link chain holds at most MAX_TRAVERSAL_HOPS + 1 statements and MAX_TRAVERSAL_HOPS links',
    '{ linkChains(statementId: "x", first: 10) { depth statements { id } links { type } } }',
    1 + 10 * (1 + (1 + 9 * 1) + (1 + 8 * 1)),
  ],
  [
    'a shortest path holds at most MAX_TRAVERSAL_HOPS + 1 nodes and MAX_TRAVERSAL_HOPS edges',
    '{ shortestPath(fromId: "x", toId: "y") { length nodes { id } edges { id } } }',
    1 + (1 + (1 + 9 * 1) + (1 + 8 * 1)),
  ],
  ['a list of scalars costs 1 whatever its length', '{ actor(id: "x") { aliases } }', 1 + 1],
  [
    "a breakdown's lists count their `first` (20 by default)",
    '{ stanceBreakdown(statementId: "x") { counts { claimed } claimed { id } positions { history { id } } } }',
    1 + (2 + (1 + 20 * 1) + (1 + 20 * (1 + 20 * 1))),
  ],
  [
    'a breakdown list of statements multiplies by its `first`',
    '{ stanceBreakdown(statementId: "x") { supportedBy(first: 3) { stances(first: 50) { actor { name } } } } }',
    1 + (1 + 3 * (1 + 50 * (1 + 1))),
  ],
  [
    'a subgraph is sized by `limit`',
    '{ neighbourhood(id: "x", limit: 50) { nodes { id } edges { id } } }',
    1 + 50 * (2 + 2),
  ],
])('%s', (_name, query, expected) => {
  expect(cost(query)).toBe(expected);
});

test('`first` given as a variable counts', () => {
  const query = 'query($n: Int) { actors(first: $n) { edges { node { id } } } }';
  expect(cost(query, { n: 100 })).toBe(1 + 100 * 3);
  expect(cost(query, { n: 1 })).toBe(1 + 1 * 3);
});

test('nesting multiplies', () => {
  const query =
    '{ actors(first: 100) { edges { node { stances { statement { stances { actor { name } } } } } } } }';
  // 1 + 100 × (edges 1 + node 1 + stances (1 + 20 × (statement 1 + stances (1 + 20 × (actor 1 + name 1)))))
  expect(cost(query)).toBe(84301);
});

test('MAX_TRAVERSAL_HOPS sets the weight of the lists that hops bound', () => {
  expect(cost('{ linkChains(statementId: "x", first: 1) { statements { id } } }', {}, 3)).toBe(1 + (1 + 4));
});

test('QUERY_COST_LIST_SIZE prices a list that nothing bounds (no field of the real schema)', () => {
  const bare = buildSchema('type Item { id: ID } type Query { items: [Item!]! }');
  const price = (listSize: number) =>
    getComplexity({
      schema: bare,
      query: parse('{ items { id } }'),
      variables: {},
      estimators: [paginationEstimator({ listSize, maxTraversalHops: 8 })],
    });
  expect(price(10)).toBe(1 + 10);
  expect(price(50)).toBe(1 + 50);
});

test('a negative `first` cannot make a query cheaper than free', () => {
  expect(cost('{ actors(first: -1000) { edges { node { id } } } }')).toBe(1);
});

test('introspection is priced at 0 (GraphiQL must load its schema); __typename still costs 1', () => {
  expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(0);
  expect(cost('{ __type(name: "Actor") { name } __typename }')).toBe(1);
});
