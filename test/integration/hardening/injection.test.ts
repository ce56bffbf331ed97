import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { countEverything } from '../../support/database';
import { TEST_TOKEN } from '../../support/server';
import { useHardeningServer, type HardeningServer } from './harness';

// User strings only ever reach Cypher as parameters, and search text reaches Lucene escaped:
// Cypher- and Lucene-looking input is stored, returned and searched for literally.

const INJECTION = "x'}) DETACH DELETE n //";
const MORE = [
  INJECTION,
  'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "') CALL { MATCH (m) DETACH DELETE m } //",
  '`Actor`) SET n:Pwned //',
  '$ids {id: 1} \\u0027 \\" \\\\',
  '*/ MATCH (n) RETURN n /*',
];

let db: Database;
let api: HardeningServer;
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

useHardeningServer((started) => ({ db, api } = started));

const INGEST = `mutation Ingest($bundle: JSON!) {
  ingestBundle(bundle: $bundle) {
    articleId
    nodes { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;

const bundle = {
  format: 'claimgraph-bundle/1',
  article: { id: 'article-injection', title: INJECTION, published: '2024-10-25', publisher: MORE[1] },
  actors: [
    {
      id: 'injection-speaker',
      name: INJECTION,
      kind: 'PERSON',
      aliases: [MORE[2], MORE[3]],
      description: MORE[4],
    },
  ],
  statements: [{ id: 'injection-statement', text: INJECTION }],
  stances: [
    {
      // Referenced by alias: reference resolution, too, takes the string as a parameter.
      actor: MORE[2],
      statement: 'injection-statement',
      stance: 'CLAIMED',
      date: { date: '2024-10-24', precision: 'DAY' },
      quote: INJECTION,
      venue: MORE[5],
      paraphrase: MORE[1],
    },
  ],
};

const READ_BACK = `{
  statement(id: "injection-statement") {
    text
    stances { quote venue paraphrase actor { name aliases description } sources { title publisher } }
  }
}`;

describe('Cypher-looking strings', () => {
  let before: { nodes: number; relationships: number };
  let labelsBefore: Record<string, number>;

  beforeAll(async () => {
    before = await countEverything(db);
    labelsBefore = await countByLabel(db);
  });

  test('are stored through ingestBundle; the counts change by exactly what was created', async () => {
    const response = await api.gql(INGEST, { bundle }, auth);
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.ingestBundle as {
      nodes: { created: number };
      relationships: { created: number };
    };
    expect(result.nodes.created).toBe(3);
    const after = await countEverything(db);
    expect(after).toEqual({
      nodes: before.nodes + result.nodes.created,
      relationships: before.relationships + result.relationships.created,
    });
    const labels = await countByLabel(db);
    expect(labels).toEqual({
      ...labelsBefore,
      Actor: (labelsBefore.Actor ?? 0) + 1,
      Statement: (labelsBefore.Statement ?? 0) + 1,
      Article: (labelsBefore.Article ?? 0) + 1,
    });
    expect(labels).not.toHaveProperty('Pwned');
  });

  test('come back verbatim', async () => {
    const response = await api.gql(READ_BACK);
    expect(response.body).toEqual({
      data: {
        statement: {
          text: INJECTION,
          stances: [
            {
              quote: INJECTION,
              venue: MORE[5],
              paraphrase: MORE[1],
              actor: { name: INJECTION, aliases: [MORE[2], MORE[3]], description: MORE[4] },
              sources: [{ title: INJECTION, publisher: MORE[1] }],
            },
          ],
        },
      },
    });
  });

  test('re-ingesting them changes nothing', async () => {
    const counts = await countEverything(db);
    const response = await api.gql(INGEST, { bundle }, auth);
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data?.ingestBundle as { nodes: { created: number } }).nodes.created).toBe(0);
    expect(await countEverything(db)).toEqual(counts);
  });

  test.each(MORE)('as a lookup id or filter text, %s matches nothing and deletes nothing', async (text) => {
    const counts = await countEverything(db);
    const response = await api.gql(
      `query($id: ID!, $text: String!) {
        actor(id: $id) { id }
        actors(filter: { text: $text }) { totalCount }
        stances(filter: { actorId: $id, text: $text }) { totalCount }
      }`,
      { id: text, text },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.actor).toBeNull();
    expect(await countEverything(db)).toEqual(counts);
  });
});

describe('Lucene syntax in search(query:)', () => {
  const LUCENE = [
    'title:foo',
    'name:* OR id:*',
    '*',
    '?',
    '"unclosed',
    'a AND',
    'NOT',
    'OR OR OR',
    '(((',
    'foo~',
    'foo^10',
    '[a TO z]',
    '{a TO z}',
    '/.*/',
    '\\',
    '&& || !',
    'a:b:c',
    INJECTION,
  ];

  test.each(LUCENE)('%s answers data or BAD_USER_INPUT, never an internal error', async (query) => {
    const counts = await countEverything(db);
    const response = await api.gql('query($q: String!) { search(query: $q, first: 5) { totalCount } }', {
      q: query,
    });
    expect(response.status).toBe(200);
    if (response.body.errors) {
      expect(response.body.errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    } else {
      expect(response.body.data?.search).toEqual({ totalCount: expect.any(Number) });
    }
    expect(await countEverything(db)).toEqual(counts);
  });

  test('operators are matched literally: "name:* OR id:*" does not match every node', async () => {
    const all = await countEverything(db);
    const response = await api.gql('{ search(query: "name:* OR id:*") { totalCount } }');
    expect((response.body.data?.search as { totalCount: number }).totalCount).toBeLessThan(all.nodes);
    const star = await api.gql('{ search(query: "*") { totalCount } }');
    expect(star.body.data?.search).toEqual({ totalCount: 0 });
  });

  test('the injection string finds the statement that holds it', async () => {
    const response = await api.gql(
      'query($q: String!) { search(query: $q, types: [STATEMENT], first: 1) { edges { node { node { id } } } } }',
      { q: INJECTION },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.search).toEqual({
      edges: [{ node: { node: { id: 'injection-statement' } } }],
    });
  });

  test('over-long search text is refused with BAD_USER_INPUT', async () => {
    const response = await api.gql('query($q: String!) { search(query: $q) { totalCount } }', {
      q: 'a'.repeat(201),
    });
    expect(response.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

async function countByLabel(database: Database): Promise<Record<string, number>> {
  const rows = await database.read('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n');
  return Object.fromEntries(rows.map((r) => [String(r.label), Number(r.n)]));
}
