import type { Database } from '../../../src/db';
import { boundsOf, readPage } from '../../../src/data/readGraph';
import { compileSearch, type SearchableType } from '../../../src/data/search';
import { resetDatabase, testDatabase } from '../../support/database';

// Statements about the Zaporizhzhia nuclear plant (not the seed), an actor and an event that
// share their words, and one statement whose only match is a stance's quote. A statement-only
// search lets Lucene keep the page; these check it answers what the general path answers.
const STATEMENTS = [
  { id: 'drone-hit-dome', text: 'A drone hit the dome of reactor six at Zaporizhzhia', quotes: [] },
  { id: 'plant-shelled', text: 'The Zaporizhzhia plant was shelled overnight', quotes: [] },
  { id: 'no-damage', text: 'Inspectors found no damage to reactor six', quotes: [] },
  { id: 'power-line-cut', text: 'The last power line was cut', quotes: ['Zaporizhzhia is one line away'] },
  { id: 'grain-corridor', text: 'The grain corridor reopened', quotes: [] },
];

const BOUNDS = boundsOf({ maxPageSize: 100, maxResultItems: 1000 });
const ID_ONLY = [{ key: 'id', name: 'id', types: null, args: {}, fields: [] }];
const hits = async (query: string, types: SearchableType[], skip = 0, limit = 10) => {
  const window = { skip, limit };
  const page = await readPage(db, compileSearch(query, types, window, ID_ONLY, BOUNDS), window);
  return {
    totalCount: page.totalCount,
    hasNextPage: page.hasNextPage,
    hits: page.rows.map((row) => ({ id: (row.node as { id: string }).id, score: row.score as number })),
  };
};

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.write('UNWIND $statements AS s CREATE (:Statement { id: s.id, text: s.text, quotes: s.quotes })', {
    statements: STATEMENTS,
  });
  await db.write(
    "CREATE (:Actor { id: 'znpp', name: 'Zaporizhzhia Nuclear Power Plant', aliases: ['ZNPP'] })",
  );
  await db.write("CREATE (:Event { id: 'reactor-six-strike', name: 'Drone strike on reactor six' })");
  await db.write('CALL db.awaitIndexes(60)');
});
afterAll(async () => {
  await resetDatabase(db);
  await db.close();
});

test('a statement search finds statements alone, by text and by quote, best first', async () => {
  const found = await hits('Zaporizhzhia', ['STATEMENT']);
  expect({ totalCount: found.totalCount, ids: found.hits.map((h) => h.id).sort() }).toEqual({
    totalCount: 3,
    ids: ['drone-hit-dome', 'plant-shelled', 'power-line-cut'],
  });
  const scores = found.hits.map((h) => h.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
});

test('statement hits and scores equal those of the general path, which ranks in Cypher', async () => {
  for (const query of ['reactor six', 'Zaporizhzhia', 'drone dome', 'grain']) {
    const alone = await hits(query, ['STATEMENT']);
    // STATEMENT with EVENT goes through the general path; dropping the events leaves the statements.
    const general = await hits(query, ['STATEMENT', 'EVENT'], 0, 100);
    const statementsOf = (page: typeof general) =>
      page.hits.filter((h) => STATEMENTS.some((s) => s.id === h.id)).map((h) => [h.id, h.score]);
    expect([query, alone.hits.map((h) => [h.id, h.score])]).toEqual([query, statementsOf(general)]);
  }
});

test('pages of a statement search follow on from each other and count every hit', async () => {
  const whole = await hits('reactor six drone Zaporizhzhia', ['STATEMENT']);
  const first = await hits('reactor six drone Zaporizhzhia', ['STATEMENT'], 0, 2);
  const second = await hits('reactor six drone Zaporizhzhia', ['STATEMENT'], 2, 2);
  expect({
    first: { totalCount: first.totalCount, hasNextPage: first.hasNextPage },
    second: { totalCount: second.totalCount, hasNextPage: second.hasNextPage },
    ids: [...first.hits, ...second.hits].map((h) => h.id),
  }).toEqual({
    first: { totalCount: 4, hasNextPage: true },
    second: { totalCount: 4, hasNextPage: false },
    ids: whole.hits.map((h) => h.id),
  });
  expect(whole.hits).toHaveLength(4);
});

test('a misspelt word falls back to fuzzy matching over statements alone', async () => {
  const found = await hits('Zaporizhia', ['STATEMENT']);
  expect({ totalCount: found.totalCount, ids: found.hits.map((h) => h.id).sort() }).toEqual({
    totalCount: 3,
    ids: ['drone-hit-dome', 'plant-shelled', 'power-line-cut'],
  });
});

test('Lucene operators stay literal inside the statement fields', async () => {
  // "text:(grain" is the words "text" and "grain", not a field query: grain matches once.
  const found = await hits('reactor) OR text:(grain', ['STATEMENT']);
  expect({ totalCount: found.totalCount, ids: found.hits.map((h) => h.id).sort() }).toEqual({
    totalCount: 3,
    ids: ['drone-hit-dome', 'grain-corridor', 'no-damage'],
  });
  expect((await hits('grain corridor', ['STATEMENT'])).hits.map((h) => h.id)).toEqual(['grain-corridor']);
});
