import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { startHardeningServer, type HardeningServer } from './harness';
import { closeOpened } from '../../support/closeOpened';

// NODE_ENV=production: no introspection, no GraphiQL, no "did you mean" hints that spell out
// the schema. Development mode keeps all three, which shows the difference is the mode.

let db: Database;
let production: HardeningServer;
let development: HardeningServer;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
  production = await startHardeningServer(db, { NODE_ENV: 'production' });
  development = await startHardeningServer(db, { NODE_ENV: 'development' });
});

afterAll(async () => {
  await closeOpened(production, development, db);
});

const INTROSPECTION = [
  '{ __schema { types { name } } }',
  '{ __type(name: "Actor") { fields { name } } }',
  'query { a: __schema { queryType { name } } }',
];

test.each(INTROSPECTION)('production refuses introspection: %s', async (query) => {
  const response = await production.gql(query);
  expect(response.status).toBe(400);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors).toEqual([
    {
      message: expect.stringMatching(/^GraphQL introspection is not allowed by Apollo Server/),
      locations: expect.any(Array),
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        validationErrorCode: 'INTROSPECTION_DISABLED',
        requestId: response.headers.get('x-request-id'),
      },
    },
  ]);
});

test('development answers introspection', async () => {
  const response = await development.gql('{ __type(name: "Actor") { name } }');
  expect(response.body).toEqual({ data: { __type: { name: 'Actor' } } });
});

test('production still answers __typename', async () => {
  expect((await production.gql('{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
});

describe('"did you mean" suggestions', () => {
  const cases: [string, string, Record<string, unknown> | undefined, RegExp, string][] = [
    [
      'a misspelt field',
      '{ actorz { totalCount } }',
      undefined,
      /Did you mean "actor" or "actors"\?/,
      'Cannot query field "actorz" on type "Query".',
    ],
    [
      'a misspelt enum value in a variable',
      'query($o: ActorOrder) { actors(orderBy: $o) { totalCount } }',
      { o: 'NAME_AS' },
      /Did you mean the enum value "NAME_ASC"/,
      'Variable "$o" got invalid value "NAME_AS"; Value "NAME_AS" does not exist in "ActorOrder" enum.',
    ],
    [
      'a misspelt input field in a variable',
      'query($f: ActorFilter) { actors(filter: $f) { totalCount } }',
      { f: { txt: 'x' } },
      /Did you mean "text"\?/,
      'Variable "$f" got invalid value { txt: "x" }; Field "txt" is not defined by type "ActorFilter".',
    ],
    [
      'a misspelt argument',
      '{ actors(frist: 1) { totalCount } }',
      undefined,
      /Did you mean "first"\?/,
      'Unknown argument "frist" on field "Query.actors".',
    ],
  ];

  test.each(cases)('development suggests for %s', async (_name, query, variables, suggestion) => {
    const response = await development.gql(query, variables);
    expect(response.body.errors?.[0]?.message).toMatch(suggestion);
  });

  test.each(cases)(
    'production hides the suggestion for %s',
    async (_name, query, variables, _suggestion, message) => {
      const response = await production.gql(query, variables);
      expect(response.status).toBe(400);
      expect(response.text).not.toMatch(/Did you mean/);
      expect(response.body.errors?.[0]?.message).toBe(message);
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(
        response.body.errors?.[0]?.extensions.code,
      );
    },
  );
});

test('production does not serve GraphiQL (it needs introspection); development does', async () => {
  const html = { accept: 'text/html' };
  const prod = await fetch(`${production.url}/graphql`, { headers: html });
  expect(await prod.text()).not.toMatch(/<html|graphiql/i);
  const dev = await fetch(`${development.url}/graphql`, { headers: html });
  expect(dev.status).toBe(200);
  expect(await dev.text()).toMatch(/<title>claimgraph GraphiQL<\/title>/);
});

test('INTROSPECTION=true turns introspection back on in production', async () => {
  const staging = await startHardeningServer(db, { NODE_ENV: 'production', INTROSPECTION: 'true' });
  try {
    expect((await staging.gql('{ __type(name: "Actor") { name } }')).body).toEqual({
      data: { __type: { name: 'Actor' } },
    });
  } finally {
    await staging.close();
  }
});

test('no error response carries a stack trace, in either mode', async () => {
  for (const api of [production, development]) {
    for (const query of [
      '{ actorz }',
      '{',
      '{ actor(id: 1) { nope } }',
      '{ actors(first: -1) { totalCount } }',
    ]) {
      const response = await api.gql(query);
      expect(response.body.errors?.length).toBeGreaterThan(0);
      expect(response.text).not.toMatch(/stacktrace|\bat .*\.(js|ts):\d+/);
    }
  }
});
