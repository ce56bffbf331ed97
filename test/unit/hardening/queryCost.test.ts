import { buildASTSchema, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { paginationEstimator } from '../../../src/http/queryCost';
import { typeDefs } from '../../../src/server';

// The cost model on the real schema: 1 per field, times `first` / `limit` for what is below a
// paginated field (every list of the core types), times QUERY_COST_LIST_SIZE (10) below a
// research result list.

const schema = buildASTSchema(typeDefs);
const cost = (query: string, variables: Record<string, unknown> = {}, listSize = 10) =>
  getComplexity({ schema, query: parse(query), variables, estimators: [paginationEstimator(listSize)] });

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
    'a research list without `first` counts 10 items',
    '{ figureTimeline(eventId: "x") { stance } }',
    1 + 10 * 1,
  ],
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

test('QUERY_COST_LIST_SIZE sets the weight of unpaginated lists', () => {
  expect(cost('{ figureTimeline(eventId: "x") { stance } }', {}, 50)).toBe(1 + 50);
});

test('a negative `first` cannot make a query cheaper than free', () => {
  expect(cost('{ actors(first: -1000) { edges { node { id } } } }')).toBe(1);
});

test('introspection is priced at 0 (GraphiQL must load its schema); __typename still costs 1', () => {
  expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(0);
  expect(cost('{ __type(name: "Actor") { name } __typename }')).toBe(1);
});
