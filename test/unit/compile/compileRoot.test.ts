import { expect } from '@jest/globals';
import { buildASTSchema, parse } from 'graphql';
import {
  compileActors,
  compileByIds,
  compileLookup,
  compileNodeLookup,
  compileStances,
  compileStanceLookup,
  compileStatements,
} from '../../../src/data/compile/compileRoot';
import { compileBreakdown } from '../../../src/data/compile/compileBreakdown';
import { plansAt, planOperation, type FieldPlan } from '../../../src/data/compile/planSelection';
import { compileSearch } from '../../../src/data/search';
import { typeDefs } from '../../../src/server';

// "tck"-style tests: a GraphQL selection in, the exact Cypher text and parameters out. A change
// to the compiler shows here, statement by statement.

const schema = buildASTSchema(typeDefs);
const bounds = { maxFirst: 100, rowBudget: 50_000 };

/** The root field's plan (the only root field of `query`). */
function root(query: string, variables: Record<string, unknown> = {}): FieldPlan {
  const [field] = planOperation(schema, parse(query), variables);
  if (!field) throw new Error('no root field');
  return field;
}

test('a lookup with nested lists: ORDER BY and LIMIT inside each COLLECT', () => {
  const field = root(
    `{ actor(id: "hub") { name stances(first: 2) { type statement { id stances { actor { id } } } } } }`,
  );
  expect(compileLookup('Actor', 'hub', field.fields, bounds)).toMatchSnapshot();
});

test('aliases keep apart, fragments and interface type conditions merge', () => {
  const field = root(`
    fragment F on Actor { id ... on Agency { citedBy(first: 1) { title } } }
    { actor(id: "x") { ...F early: stances(first: 1) { id } late: stances(first: 3, types: [DENIED]) { id } } }`);
  expect(compileLookup('Actor', 'x', field.fields, bounds)).toMatchSnapshot();
});

test('an empty types list matches nothing; null matches everything', () => {
  const none = root(`{ statement(id: "s") { stances(types: []) { id } } }`);
  const all = root(`{ statement(id: "s") { stances(types: null) { id } } }`);
  expect(compileLookup('Statement', 's', none.fields, bounds).text).toContain('stances: []');
  expect(compileLookup('Statement', 's', all.fields, bounds)).toMatchSnapshot();
});

test('node(id) tries each id-carrying label; a stance id seeks the id index of its type', () => {
  const field = root(`{ node(id: "x") { id ... on Statement { text } ... on Actor { name } } }`);
  expect(compileNodeLookup('x', field.fields, bounds)).toMatchSnapshot();
  const stance = root(`{ stance(id: "a:CLAIMED:s:2024-10-01") { id actor { name } } }`);
  expect(compileStanceLookup('a:CLAIMED:s:2024-10-01', stance.fields, bounds)).toMatchSnapshot();
  // No stance type, no stance: nothing is looked up, and the type never reaches the text.
  expect(compileStanceLookup('a:NOTATYPE) RETURN 1 //:s:2024-10-01', stance.fields, bounds)).toEqual({
    text: 'RETURN null AS value LIMIT 0',
    params: {},
  });
});

test('a stance list anchored on one actor and type: only the anchor is labelled, and no sort key is constant', () => {
  const field = root(
    `{ stances(filter: { actorId: "hub", types: [CLAIMED], from: "2024-03-01", to: "2024-09-30" }, first: 2) { totalCount edges { node { id statement { id } } } } }`,
  );
  const args = {
    actorId: 'hub',
    types: ['CLAIMED'],
    from: '2024-03-01',
    to: '2024-09-30',
    orderBy: 'DATE_ASC',
  };
  expect(compileStances(args as never, field.fields, { skip: 2, limit: 2 }, bounds)).toMatchSnapshot();
});

test('a list: count only when asked for, one extra row for hasNextPage otherwise', () => {
  const counted = root(`{ actors(filter: { kinds: [STATE, PERSON] }) { totalCount edges { node { id } } } }`);
  expect(
    compileActors(
      { kinds: ['STATE', 'PERSON'], orderBy: 'NAME_ASC' },
      counted.fields,
      { skip: 0, limit: 20 },
      bounds,
    ),
  ).toMatchSnapshot();
  const uncounted = root(`{ actors { pageInfo { endCursor } edges { node { id } } } }`);
  const q = compileActors({ orderBy: 'NAME_ASC' }, uncounted.fields, { skip: 40, limit: 20 }, bounds);
  expect(q.text).not.toContain('count(*)');
  expect(q.params).toEqual({ p0: 40, p1: 21 });
});

test('statements and stances filtered by date use the domain date predicates', () => {
  const s = root(`{ statements { edges { node { id } } } }`);
  expect(
    compileStatements(
      {
        actorId: 'a',
        stanceTypes: ['DENIED'],
        from: '2024-10-01',
        to: '2024-10-31',
        orderBy: 'FIRST_STANCE_ASC',
      },
      s.fields,
      { skip: 0, limit: 20 },
      bounds,
    ),
  ).toMatchSnapshot();
  const r = root(`{ stances { totalCount edges { node { id date { date } } } } }`);
  expect(
    compileStances({ actorId: 'a', types: [], orderBy: 'DATE_DESC' }, r.fields, { skip: 0, limit: 5 }, bounds)
      .text,
  ).toContain('WHERE false');
});

test('research rows: one batch by id per field path', () => {
  const field = root(`{ contestedStatements { claimed { id actor { name } } } }`);
  const [claimed] = plansAt(field.fields, ['claimed']);
  expect(
    compileByIds(
      'Stance',
      ['a:CLAIMED:s:2024-10-01', 'b:DENIED:s:2024-10-02', 'b:CLAIMED:t:2024-10-02', 'c:UNKNOWN:s:2024-10-01'],
      claimed?.fields ?? [],
      bounds,
    ),
  ).toMatchSnapshot();
  expect(
    compileByIds('Node', ['x', 'y'], [{ key: 'id', name: 'id', types: null, args: {}, fields: [] }], bounds),
  ).toMatchSnapshot();
});

test('a nested first above the cap is refused naming the field', () => {
  const field = root(`{ actor(id: "x") { stances(first: 1000) { id } } }`);
  expect(() => compileLookup('Actor', 'x', field.fields, bounds)).toThrow(
    expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'Actor.stances.first' } }),
  );
});

test('first: null takes the SDL default', () => {
  const field = root(`{ actor(id: "x") { stances(first: null) { id } } }`);
  expect(compileLookup('Actor', 'x', field.fields, bounds).params).toEqual({ p0: 'x', p1: 20 });
});

test('a fuzzy date carries the parts asked for, dates as ISO text', () => {
  const one = root(`{ stance(id: "a:DENIED:s:2024-10-01") { date { date } } }`);
  const all = root(`{ stance(id: "a:DENIED:s:2024-10-01") { date { d: date precision knownBy text } } }`);
  expect(compileStanceLookup('a:DENIED:s:2024-10-01', one.fields, bounds).text).toContain(
    `RETURN { __typename: 'Stance', date: { date: toString(r.date) } } AS value`,
  );
  expect(compileStanceLookup('a:DENIED:s:2024-10-01', all.fields, bounds).text).toContain(
    `date: { date: toString(r.date), precision: r.precision, knownBy: toString(r.knownBy), text: r.dateText }`,
  );
});

test('a breakdown root field: its research file, then the selected objects in the row order', () => {
  // A stand-in for the research file (q12 / q08): the compiler only wraps it.
  const research = {
    text: 'MATCH (s:Statement {id: $statementId})\nRETURN s.id AS statementId, [] AS claimed;',
    params: { statementId: 's', asOf: null },
  };
  const field = root(`{
    stanceBreakdown(statementId: "s") {
      status
      statement { text }
      claimed { date { date } actor { name } }
      early: denied(first: 3) { id statement { id } }
      retracted { id }
      supportedBy { id stances(first: 2) { type } }
      refutedBy { id }
      positions { actor { name } }
    }
  }`);
  expect(compileBreakdown(research, field.fields, bounds)).toMatchSnapshot();
  // A selection of ids alone adds nothing: the file runs as it is.
  const ids = root(`{ stanceBreakdown(statementId: "s") { status claimed { id } supportedBy { id } } }`);
  expect(compileBreakdown(research, ids.fields, bounds)).toBe(research);
});

test("a breakdown's list `first`, projected or not, is refused as every nested list's is", () => {
  const research = { text: 'RETURN 1;', params: {} };
  for (const [query, field] of [
    ['claimed(first: -1) { id }', 'StanceBreakdown.claimed.first'],
    ['supportedBy(first: 101) { text }', 'StanceBreakdown.supportedBy.first'],
    ['positions(first: 101) { actor { id } }', 'StanceBreakdown.positions.first'],
    ['positions { history(first: -5) { id } }', 'ActorPosition.history.first'],
  ]) {
    const plan = root(`{ stanceBreakdown(statementId: "s") { ${query} } }`);
    expect(() => compileBreakdown(research, plan.fields, bounds)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }),
    );
  }
});

test('search: statements alone let Lucene keep the page; any other types rank in Cypher', () => {
  const field = root(
    `{ search(query: "reactor six", types: [STATEMENT], first: 5) { totalCount edges { node { score node { id } } } } }`,
  );
  const hit = plansAt(field.fields, ['edges', 'node', 'node']);
  const window = { skip: 0, limit: 6 };
  expect(compileSearch('reactor six', ['STATEMENT'], window, hit, bounds)).toMatchSnapshot();
  expect(compileSearch('reactor six', ['STATEMENT', 'ACTOR'], window, hit, bounds)).toMatchSnapshot();
});
