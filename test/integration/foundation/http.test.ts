import type { Database } from '../../../src/db';
import { countEverything, testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { listen, testServer, type TestServer, TEST_TOKEN } from '../../support/server';

let db: Database;
let server: TestServer;
let http: { url: string; close(): Promise<void> };

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
  server = await testServer(db);
  http = await listen(server);
});

afterAll(async () => {
  await http.close();
  await server.stop();
  await db.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

test('/health answers 200 and /ready reports Neo4j up with the schema applied', async () => {
  const health = await fetch(`${http.url}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${http.url}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, neo4j: 'up', schemaApplied: true });
});

test('a POST of {__typename} answers data', async () => {
  const response = await post({ query: '{__typename}' });
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  // No ETag: answers are not cached by URL, and hashing every body costs CPU.
  expect(response.headers.get('etag')).toBeNull();
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
});

test('GET /graphql in a browser serves GraphiQL from local assets, not a CDN', async () => {
  const page = await fetch(`${http.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(sources).toEqual([
    '/assets/graphiql/style.css',
    '/assets/react/react.production.min.js',
    '/assets/react-dom/react-dom.production.min.js',
    '/assets/graphiql/index.umd.js',
  ]);
  for (const source of sources) {
    const asset = await fetch(`${http.url}${source}`);
    expect(asset.status).toBe(200);
  }
});

test('a write through GraphQL is read back through GraphQL from Neo4j', async () => {
  const before = await countEverything(db);
  const bundle = {
    format: 'claimgraph-bundle/1',
    article: { id: 'article-http-write-test', title: 'HTTP write test', published: '2024-10-25' },
    actors: [
      { id: 'http-test-speaker', name: 'HTTP Test Speaker', kind: 'PERSON', aliases: ['Test Speaker'] },
    ],
    statements: [{ id: 'http-test-statement', text: 'The HTTP path writes to Neo4j.' }],
    stances: [
      {
        actor: 'http-test-speaker',
        statement: 'http-test-statement',
        stance: 'CLAIMED',
        quote: 'It writes.',
        date: { text: 'yesterday' },
      },
    ],
  };
  const write = await post(
    {
      query:
        'mutation($b: JSON!) { ingestBundle(bundle: $b) { articleId nodes { created } relationships { created } } }',
      variables: { b: bundle },
    },
    { authorization: `Bearer ${TEST_TOKEN}` },
  );
  expect(await write.json()).toEqual({
    data: {
      ingestBundle: {
        articleId: 'article-http-write-test',
        nodes: { created: 3 },
        relationships: { created: 2 },
      },
    },
  });
  const read = await post({
    query:
      '{ statement(id: "http-test-statement") { text stances { actor { name } quote date { date precision text } } reportedIn { id } } }',
  });
  expect(await read.json()).toEqual({
    data: {
      statement: {
        text: 'The HTTP path writes to Neo4j.',
        stances: [
          {
            actor: { name: 'HTTP Test Speaker' },
            quote: 'It writes.',
            date: { date: '2024-10-24', precision: 'DAY', text: 'yesterday' },
          },
        ],
        reportedIn: [{ id: 'article-http-write-test' }],
      },
    },
  });
  expect(await countEverything(db)).toEqual({
    nodes: before.nodes + 3,
    relationships: before.relationships + 2,
  });
});

test('the Neo4j Browser style is served with CORS, preflight included', async () => {
  const preflight = await fetch(`${http.url}/browser-style.grass`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://localhost:7474',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'sentry-trace',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  expect(preflight.headers.get('access-control-allow-headers')).toBe('sentry-trace');
  const style = await fetch(`${http.url}/browser-style.grass`, {
    headers: { origin: 'http://localhost:7474' },
  });
  expect(style.status).toBe(200);
  expect(style.headers.get('access-control-allow-origin')).toBe('*');
  expect(await style.text()).toContain('node.Statement');
});

test("GraphiQL's introspection query is served in development despite its size", async () => {
  const { getIntrospectionQuery } = await import('graphql');
  const response = await post({ query: getIntrospectionQuery() });
  const body = (await response.json()) as {
    data?: { __schema: { queryType: { name: string } } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  expect(body.data?.__schema.queryType).toEqual({ kind: 'OBJECT', name: 'Query' });
});
