import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { TEST_TOKEN } from '../../support/server';
import { useHardeningServer, type HardeningServer } from './harness';

// Structured logs carry the request id (echoed in X-Request-Id) and the operation name;
// /metrics exposes latency by operation, Cypher latency, errors by code and pool use.

let db: Database;
let api: HardeningServer;

useHardeningServer((started) => ({ db, api } = started));

describe('request ids', () => {
  test('a well-formed incoming X-Request-Id is kept and echoed', async () => {
    const response = await api.gql('{ __typename }', undefined, { 'x-request-id': 'lb-1234:abc.DEF_9' });
    expect(response.headers.get('x-request-id')).toBe('lb-1234:abc.DEF_9');
  });

  test('a malformed one is replaced by a UUID (no forged log content)', async () => {
    const response = await api.gql('{ __typename }', undefined, { 'x-request-id': 'evil" "level":60' });
    expect(response.headers.get('x-request-id')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  test('without one, each request gets its own UUID, also on non-GraphQL paths', async () => {
    const a = await fetch(`${api.url}/health`);
    const b = await fetch(`${api.url}/health`);
    expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});

describe('logs', () => {
  test('a GraphQL request writes one info line with request id, operation, status, duration and round trips', async () => {
    const response = await api.gql('query NorthKorea { actor(id: "north-korea") { name } }', undefined, {
      'x-request-id': 'obs-log-1',
    });
    expect(response.body).toEqual({ data: { actor: { name: 'North Korea' } } });
    const lines = api.logs.forRequest('obs-log-1');
    const info = lines.filter((l) => l.level === 30);
    expect(info).toEqual([
      {
        level: 30,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        service: 'claimgraph',
        requestId: 'obs-log-1',
        operation: 'NorthKorea',
        status: 200,
        ms: expect.any(Number),
        roundTrips: 1,
        msg: 'graphql request',
      },
    ]);
    // The access line (src/observability/accessLog.ts) has the same id, at debug for a successful POST /graphql.
    expect(lines.find((l) => l.msg === 'request completed')).toMatchObject({
      level: 20,
      requestId: 'obs-log-1',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
  });

  test('refused HTTP requests log at warn with their code; probes are not logged', async () => {
    const before = api.logs.lines.length;
    await fetch(`${api.url}/ready`);
    await fetch(`${api.url}/health`);
    await fetch(`${api.url}/metrics`);
    expect(api.logs.lines.slice(before).filter((l) => l.msg === 'request completed')).toEqual([]);
    const response = await api.post('{ not json', { 'x-request-id': 'obs-log-2' });
    expect(response.status).toBe(400);
    expect(api.logs.forRequest('obs-log-2').map((l) => [l.level, l.msg, l.code ?? null])).toEqual([
      [40, 'HTTP request refused', 'BAD_REQUEST'],
      [40, 'request completed', null],
    ]);
  });

  test('the bearer token never appears in the logs', async () => {
    await api.gql('mutation { ingestBundle(bundle: {}) { articleId } }', undefined, {
      authorization: `Bearer ${TEST_TOKEN}`,
      'x-request-id': 'obs-log-3',
    });
    expect(api.logs.forRequest('obs-log-3').length).toBeGreaterThan(0);
    expect(api.logs.text).not.toContain(TEST_TOKEN);
  });
});

describe('/metrics', () => {
  async function scrape(): Promise<string> {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  }

  const sample = (text: string, name: string, labels: string): number => {
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`${name}{${labels}}`) || (labels === '' && l.startsWith(`${name} `)));
    return line ? Number(line.split(' ').pop()) : NaN;
  };

  test('request latency by operation, Cypher latency by mode and outcome, errors by code', async () => {
    for (let i = 0; i < 3; i++) await api.gql('query MetricsProbe { actors(first: 2) { totalCount } }');
    await api.gql('{ nope }');
    await api.post({ query: '{ __typename }', variables: { pad: 'x'.repeat(6 * 1024 * 1024) } });
    const text = await scrape();
    expect(
      sample(text, 'claimgraph_graphql_request_duration_seconds_count', 'operation="MetricsProbe"'),
    ).toBe(3);
    expect(text).toMatch(
      /claimgraph_graphql_request_duration_seconds_bucket\{le="0\.005",operation="MetricsProbe"\} \d+/,
    );
    expect(
      sample(text, 'claimgraph_cypher_duration_seconds_count', 'mode="READ",outcome="ok"'),
    ).toBeGreaterThanOrEqual(3);
    expect(
      sample(text, 'claimgraph_graphql_errors_total', 'code="GRAPHQL_VALIDATION_FAILED"'),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'claimgraph_graphql_errors_total', 'code="PAYLOAD_TOO_LARGE"')).toBe(1);
    expect(text).toMatch(/^claimgraph_process_resident_memory_bytes \d+/m);
  });

  test('pool gauges report the driver pool: idle connections after work, in use during a query', async () => {
    await db.read('RETURN 1');
    const idle = sample(await scrape(), 'claimgraph_neo4j_pool_connections_idle', '');
    expect(idle).toBeGreaterThanOrEqual(1);

    const slow = db.read('UNWIND range(1, 3000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n');
    await new Promise((r) => setTimeout(r, 100));
    const during = await scrape();
    await slow;
    expect(sample(during, 'claimgraph_neo4j_pool_connections_in_use', '')).toBeGreaterThanOrEqual(1);
  });
});
