import type { Database } from '../../../src/db';
import { testDatabase } from '../../support/database';
import { closeOpened } from '../../support/closeOpened';

// Database.explain plans a query without running it, which is what the warm-up after a
// restart relies on (src/db/warmUpQueryPlans.ts): it writes nothing, and a text Neo4j cannot
// plan is refused.

let db: Database;

beforeAll(() => {
  db = testDatabase();
});
afterAll(async () => {
  await closeOpened(db);
});

test('explain plans without running, and refuses a query Neo4j cannot plan', async () => {
  const probe = 'claimgraph-explain-probe';
  await db.write('MATCH (n:ExplainProbe) DETACH DELETE n');
  await expect(
    db.explain('MERGE (p:ExplainProbe {id: $id}) RETURN p.id AS id', { id: probe }, 5000),
  ).resolves.toBeUndefined();
  expect(await db.read('MATCH (p:ExplainProbe) RETURN count(p) AS n')).toEqual([{ n: 0 }]);
  await expect(db.explain('MATCH (n) RETURN m', {}, 5000)).rejects.toMatchObject({
    code: 'Neo.ClientError.Statement.SyntaxError',
  });
});
