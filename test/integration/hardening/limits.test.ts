import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { countEverything } from '../../support/database';
import { TEST_TOKEN } from '../../support/server';
import { startHardeningServer, useHardeningServer, type GqlResponse, type HardeningServer } from './harness';

// Every query limit, with its default (docs/operations.md): an operation one step
// over the limit is refused with a code and nothing runs; one at the limit is served.

let db: Database;
let api: HardeningServer;

useHardeningServer((started) => ({ db, api } = started));

/** Asserts a refusal: HTTP status, one error with `code` and a message matching `message`. */
function expectRefused(response: GqlResponse, status: number, code: string, message: RegExp): void {
  expect(response.status).toBe(status);
  expect(response.body.data).toBeUndefined();
  const errors = response.body.errors ?? [];
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(errors.map((e) => e.extensions.code)).toContain(code);
  expect(errors.some((e) => message.test(e.message))).toBe(true);
  for (const error of errors) {
    expect(error.extensions.requestId).toBe(response.headers.get('x-request-id'));
    expect(error.extensions).not.toHaveProperty('stacktrace');
  }
}

/** `actor(id: "north-korea") { stances { actor { stances ... { id } } } }`, `depth` fields deep. */
function nestedQuery(depth: number, stances = 'stances(first: 2)'): string {
  let selection = '{ id }';
  for (let level = depth - 1; level >= 2; level--)
    selection = `{ ${level % 2 === 0 ? stances : 'actor'} ${selection} }`;
  return `query Deep { actor(id: "north-korea") ${selection} }`;
}

describe('depth (MAX_QUERY_DEPTH, default 10)', () => {
  test('depth 11 is refused with GRAPHQL_VALIDATION_FAILED, 400', async () => {
    const response = await api.gql(nestedQuery(11));
    expectRefused(
      response,
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Syntax Error: Query depth limit of 10 exceeded, found 11\.$/,
    );
  });

  test('depth 10 is served (cost limit raised, so only depth is in play)', async () => {
    const generous = await startHardeningServer(db, { MAX_QUERY_COST: '1000000' });
    try {
      const response = await generous.gql(nestedQuery(10));
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?.actor).toMatchObject({ stances: expect.any(Array) });
    } finally {
      await generous.close();
    }
  });

  test('depth 10 with the default nested first (20 per level: 168,420 items) is refused before it runs', async () => {
    const generous = await startHardeningServer(db, { MAX_QUERY_COST: '1000000' });
    try {
      const response = await generous.gql(nestedQuery(10, 'stances'));
      expect(response.status).toBe(200);
      expect(response.body.errors?.map((e) => e.extensions)).toEqual([
        {
          code: 'RESULT_TOO_LARGE',
          rows: 168421,
          budget: 50000,
          requestId: response.headers.get('x-request-id'),
        },
      ]);
      expect(response.body.data).toEqual({ actor: null });
    } finally {
      await generous.close();
    }
  });

  test('the limit follows the environment', async () => {
    const strict = await startHardeningServer(db, { MAX_QUERY_DEPTH: '3' });
    try {
      const response = await strict.gql('{ actor(id: "north-korea") { stances { actor { id } } } }');
      expectRefused(response, 400, 'GRAPHQL_VALIDATION_FAILED', /Query depth limit of 3 exceeded, found 4\./);
    } finally {
      await strict.close();
    }
  });
});

describe.each([
  // Aliases of __typename are free (graphql-armor's allow list), so real fields are aliased.
  ['aliases', 'MAX_ALIASES', 'Aliases', (i: number) => `a${i}: actor(id: "north-korea") { id }`],
  ['directives', 'MAX_DIRECTIVES', 'Directives', (i: number) => `t${i}: __typename @include(if: true)`],
])('%s (%s, default 20)', (what, _setting, limit, field) => {
  const document = (n: number) => `{ ${Array.from({ length: n }, (_, i) => field(i)).join(' ')} }`;

  test(`21 ${what} are refused`, async () => {
    expectRefused(
      await api.gql(document(21)),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      new RegExp(`^Syntax Error: ${limit} limit of 20 exceeded, found 21\\.$`),
    );
  });

  test(`20 ${what} are served`, async () => {
    const response = await api.gql(document(20));
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.data ?? {})).toHaveLength(20);
  });
});

describe('tokens (MAX_TOKENS, default 3000)', () => {
  /** A document of exactly `n` tokens: `{`, aliased `a0: __typename` triples, `}`. */
  const tokens = (n: number) => {
    const triples = Math.floor((n - 2) / 3);
    const singles = n - 2 - 3 * triples;
    const fields = [
      ...Array.from({ length: triples }, (_, i) => `a${i}: __typename`),
      ...Array<string>(singles).fill('__typename'),
    ];
    return `{ ${fields.join(' ')} }`;
  };

  test('3001 tokens are refused with GRAPHQL_PARSE_FAILED, 400', async () => {
    expectRefused(
      await api.gql(tokens(3001)),
      400,
      'GRAPHQL_PARSE_FAILED',
      /^Document contains more than 3000 tokens \(MAX_TOKENS\)$/,
    );
  });

  test('3000 tokens are served', async () => {
    const response = await api.gql(tokens(3000));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});

describe('cost (MAX_QUERY_COST, default 20000; `first` counts)', () => {
  // Cost: actor { name } 2; stances(first: 10) { actor } 1 + 10 × 2 = 21 (a nested list counts
  // its `first`); statement 22; stances 221; node 222; edges 223 (sized by the connection);
  // actors 1 + first × 223.
  const query = `query Costly($first: Int) {
    actors(first: $first) { edges { node { stances(first: 10) { statement { stances(first: 10) { actor { name } } } } } } }
  }`;

  test('first: 100 (a variable) costs 22301 and is refused; nothing reaches Neo4j', async () => {
    const response = await api.gql(query, { first: 100 });
    expectRefused(
      response,
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /^Query cost 22301 exceeds the limit of 20000 /,
    );
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ cost: 22301, maxCost: 20000 });
    const line = api.logs
      .forRequest(response.headers.get('x-request-id') as string)
      .find((l) => l.msg === 'graphql request');
    expect(line).toMatchObject({ operation: 'Costly', roundTrips: 0, errors: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  test('first: 89 costs 19848 and is served', async () => {
    const response = await api.gql(query, { first: 89 });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  test('the schema default of `first` (20) counts when it is omitted: 20 × 223 + 1 = 4461 > 4460', async () => {
    const strict = await startHardeningServer(db, { MAX_QUERY_COST: '4460' });
    try {
      const response = await strict.gql(query);
      expectRefused(
        response,
        400,
        'GRAPHQL_VALIDATION_FAILED',
        /^Query cost 4461 exceeds the limit of 4460 /,
      );
    } finally {
      await strict.close();
    }
  });
});

describe('request body (BODY_LIMIT, default 5mb)', () => {
  test('a body over 5 MB is refused with 413 JSON, PAYLOAD_TOO_LARGE, no HTML or stack', async () => {
    const padding = 'x'.repeat(5 * 1024 * 1024 + 1);
    const response = await api.post({ query: '{ __typename }', variables: { padding } });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/<html|<pre|at .*\.js:\d+|node_modules/i);
    expect(JSON.parse(text)).toEqual({
      errors: [
        {
          message: 'Request body is larger than the limit (BODY_LIMIT)',
          extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });

  test('the limit follows the environment', async () => {
    const strict = await startHardeningServer(db, { BODY_LIMIT: '1kb' });
    try {
      const response = await strict.post({
        query: '{ __typename }',
        variables: { padding: 'x'.repeat(1100) },
      });
      expect(response.status).toBe(413);
      expect(
        ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
          .code,
      ).toBe('PAYLOAD_TOO_LARGE');
      const small = await strict.post({ query: '{ __typename }' });
      expect(small.status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('HTTP-level refusals', () => {
  test('a batched request (JSON array body) is refused with BAD_REQUEST, 400', async () => {
    const response = await api.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    const body = (await response.json()) as GqlResponse['body'];
    expect(response.status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: 'Operation batching disabled.',
          extensions: { code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });

  test('a text/plain POST (a form a browser would send cross-site) is refused as CSRF; nothing is written', async () => {
    const before = await countEverything(db);
    const mutation = `mutation { ingestBundle(bundle: {
      format: "claimgraph-bundle/1",
      article: { id: "article-csrf", title: "CSRF", published: "2024-10-25" }
    }) { articleId } }`;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${TEST_TOKEN}` },
      body: JSON.stringify({ query: mutation }),
    });
    const body = (await response.json()) as GqlResponse['body'];
    expect(response.status).toBe(400);
    expect(body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(body.errors?.[0]?.extensions.requestId).toBe(response.headers.get('x-request-id'));
    expect(await countEverything(db)).toEqual(before);
  });

  test('a GET without a preflight-forcing header is refused as CSRF too', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as GqlResponse['body'];
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
  });

  test('a body that is not JSON answers 400 JSON with BAD_REQUEST', async () => {
    const response = await api.post('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Request body is not valid JSON',
          extensions: { code: 'BAD_REQUEST', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });

  test('an unknown path answers 404 JSON with NOT_FOUND', async () => {
    const response = await fetch(`${api.url}/no/such/path`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'Nothing at GET /no/such/path',
          extensions: { code: 'NOT_FOUND', requestId: response.headers.get('x-request-id') },
        },
      ],
    });
  });
});

describe('traversal and page caps (MAX_PAGE_SIZE 100, MAX_TRAVERSAL_HOPS 8, MAX_SUBGRAPH_NODES 500)', () => {
  test.each([
    ['{ actors(first: 101) { totalCount } }', '"first" must be between 0 and 100'],
    [
      '{ shortestPath(fromId: "kyrylo-budanov", toId: "north-korea", maxHops: 9) { length } }',
      '"maxHops" must be an integer between 1 and 8, got 9',
    ],
    [
      '{ neighbourhood(id: "north-korea", depth: 9) { truncated } }',
      '"depth" must be an integer between 1 and 8, got 9',
    ],
    [
      '{ neighbourhood(id: "north-korea", limit: 501) { truncated } }',
      '"limit" must be an integer between 1 and 500, got 501',
    ],
    [
      '{ linkChains(statementId: "dprk-troops-to-russia", maxDepth: 9) { depth } }',
      '"maxDepth" must be an integer between 1 and 8, got 9',
    ],
  ])('%s is refused with BAD_USER_INPUT before any traversal', async (query, message) => {
    const generous = await startHardeningServer(db, { MAX_QUERY_COST: '1000000' });
    try {
      const response = await generous.gql(query);
      expect(response.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
        ['BAD_USER_INPUT', message],
      ]);
    } finally {
      await generous.close();
    }
  });

  test('at the caps, the traversals run', async () => {
    const response = await api.gql(
      '{ shortestPath(fromId: "kyrylo-budanov", toId: "dprk-un-representative", maxHops: 8) { length } neighbourhood(id: "north-korea", depth: 2, limit: 500) { truncated } }',
    );
    expect(response.body.errors).toBeUndefined();
  });
});
