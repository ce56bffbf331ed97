import type { Database } from '../../../src/db';
import { countEverything } from '../../support/database';
import { TEST_TOKEN } from '../../support/server';
import { startHardeningServer, useHardeningServer, type HardeningServer } from './harness';
import { closeOpened } from '../../support/closeOpened';

// Mutations need `Authorization: Bearer <CLAIMGRAPH_TOKEN>`; with READS_REQUIRE_TOKEN=true,
// so does every operation.

let db: Database;
let api: HardeningServer;

useHardeningServer((started) => ({ db, api } = started));

const INGEST = `mutation Ingest($bundle: JSON!) { ingestBundle(bundle: $bundle) { articleId } }`;
const bundle = {
  format: 'claimgraph-bundle/1',
  article: { id: 'article-auth-test', title: 'Auth test', published: '2024-10-25' },
  statements: [{ id: 'auth-test-statement', text: 'Only a token holder can write this.' }],
};

const REFUSED_HEADERS: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['a wrong token', { authorization: 'Bearer not-the-token-at-all' }],
  ['the token with one character changed', { authorization: `Bearer ${TEST_TOKEN.slice(0, -1)}X` }],
  ['the token with a suffix', { authorization: `Bearer ${TEST_TOKEN}x` }],
  ['another scheme', { authorization: `Basic ${TEST_TOKEN}` }],
  ['the bare token', { authorization: TEST_TOKEN }],
  ['an empty bearer', { authorization: 'Bearer ' }],
];

test.each(REFUSED_HEADERS)(
  'a mutation with %s is refused with UNAUTHENTICATED and writes nothing',
  async (_name, headers) => {
    const before = await countEverything(db);
    const response = await api.gql(INGEST, { bundle }, headers);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          message: 'A valid bearer token is required (Authorization: Bearer <token>)',
          locations: [{ line: 1, column: 35 }],
          path: ['ingestBundle'],
          extensions: { code: 'UNAUTHENTICATED', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
    expect(await countEverything(db)).toEqual(before);
  },
);

test('the same mutation with the token is served', async () => {
  const response = await api.gql(INGEST, { bundle }, { authorization: `Bearer ${TEST_TOKEN}` });
  expect(response.body).toEqual({ data: { ingestBundle: { articleId: 'article-auth-test' } } });
});

test('reads need no token by default', async () => {
  const response = await api.gql('{ actor(id: "north-korea") { name } }');
  expect(response.body).toEqual({ data: { actor: { name: 'North Korea' } } });
});

describe('READS_REQUIRE_TOKEN=true', () => {
  let locked: HardeningServer;

  beforeAll(async () => {
    locked = await startHardeningServer(db, { READS_REQUIRE_TOKEN: 'true' });
  });

  afterAll(async () => {
    await closeOpened(locked);
  });

  test('a read without the token is refused with 401 UNAUTHENTICATED before any Cypher runs', async () => {
    const response = await locked.gql('query Who { actor(id: "north-korea") { name } }');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({
      errors: [
        {
          message: 'A valid bearer token is required (Authorization: Bearer <token>)',
          extensions: { code: 'UNAUTHENTICATED', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
    const line = locked.logs
      .forRequest(response.headers.get('x-request-id') as string)
      .find((l) => l.msg === 'graphql request');
    expect(line).toMatchObject({ operation: 'Who', roundTrips: 0, status: 401 });
  });

  test('a read with the token is served', async () => {
    const response = await locked.gql('{ actor(id: "north-korea") { name } }', undefined, {
      authorization: `Bearer ${TEST_TOKEN}`,
    });
    expect(response.body).toEqual({ data: { actor: { name: 'North Korea' } } });
  });
});
