import { loadConfig } from '../../../src/config';

const base = { CLAIMGRAPH_TOKEN: 'a-token-of-16-chars' };

test('every limit has its documented default', () => {
  const config = loadConfig(base);
  expect(config.limits).toEqual({
    depth: 10,
    cost: 20000,
    costListSize: 10,
    aliases: 20,
    tokens: 3000,
    directives: 20,
    listItems: 100,
    bodyLimit: '5mb',
  });
  expect(config).toMatchObject({
    production: false,
    introspection: true,
    queryTimeoutMs: 5000,
    ingestTimeoutMs: 300000,
    maxPageSize: 100,
    maxTraversalHops: 8,
    maxSubgraphNodes: 500,
    neo4jMaxPoolSize: 50,
    neo4jMaxConcurrentReads: 8,
    neo4jMaxRetryMs: 5000,
    readyTimeoutMs: 2000,
    shutdownGraceMs: 10000,
    readsRequireToken: false,
  });
});

test('every limit follows its environment variable', () => {
  const config = loadConfig({
    ...base,
    MAX_QUERY_DEPTH: '4',
    MAX_QUERY_COST: '999',
    QUERY_COST_LIST_SIZE: '3',
    MAX_ALIASES: '2',
    MAX_TOKENS: '100',
    MAX_DIRECTIVES: '1',
    BODY_LIMIT: '64kb',
    QUERY_TIMEOUT_MS: '750',
    NEO4J_MAX_RETRY_MS: '0',
    READY_TIMEOUT_MS: '300',
    SHUTDOWN_GRACE_MS: '0',
  });
  expect(config.limits).toEqual({
    depth: 4,
    cost: 999,
    costListSize: 3,
    aliases: 2,
    tokens: 100,
    directives: 1,
    listItems: 100,
    bodyLimit: '64kb',
  });
  expect(config).toMatchObject({
    queryTimeoutMs: 750,
    neo4jMaxRetryMs: 0,
    readyTimeoutMs: 300,
    shutdownGraceMs: 0,
  });
});

test('production turns introspection off unless INTROSPECTION=true, and needs a token', () => {
  expect(loadConfig({ ...base, NODE_ENV: 'production' }).introspection).toBe(false);
  expect(loadConfig({ ...base, NODE_ENV: 'production', INTROSPECTION: 'true' }).introspection).toBe(true);
  expect(loadConfig({ ...base, INTROSPECTION: 'false' }).introspection).toBe(false);
  expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
    /CLAIMGRAPH_TOKEN: required when NODE_ENV=production/,
  );
});

test('bad values are refused with the variable named', () => {
  expect(() => loadConfig({ ...base, MAX_QUERY_DEPTH: '0', BODY_LIMIT: 'lots' })).toThrow(
    /MAX_QUERY_DEPTH: .*\n\s+BODY_LIMIT: /,
  );
});

describe('unsafe configuration is refused (issue 13)', () => {
  const strong = 'a-production-token-0123456789';

  test.each(['Production', 'prod', 'PRODUCTION', 'staging', ''])(
    'NODE_ENV=%j is refused, not run as development',
    (value) => {
      expect(() => loadConfig({ ...base, NODE_ENV: value })).toThrow(
        /NODE_ENV: must be one of development, production, test/,
      );
    },
  );

  test('production refuses the public development token', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_TOKEN: 'claimgraph-dev-token' })).toThrow(
      /CLAIMGRAPH_TOKEN: the public development token is refused/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_TOKEN: '  claimgraph-dev-token ' })).toThrow(
      /public development token/,
    );
  });

  test('a blank token is refused in every mode; production needs 16 characters', () => {
    expect(() => loadConfig({ CLAIMGRAPH_TOKEN: '        ' })).toThrow(
      /CLAIMGRAPH_TOKEN: must hold at least 8/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_TOKEN: '        ' })).toThrow(
      /CLAIMGRAPH_TOKEN/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_TOKEN: 'short-but-8+' })).toThrow(
      /at least 16 characters when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', CLAIMGRAPH_TOKEN: strong }).production).toBe(true);
  });

  test('the configured token is trimmed, as the presented one is', () => {
    expect(loadConfig({ CLAIMGRAPH_TOKEN: `  ${strong}\n` }).token).toBe(strong);
  });

  test('request deadlines have documented defaults and must be consistent', () => {
    expect(loadConfig(base)).toMatchObject({
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      embeddedMaxRestarts: 5,
      deadlines: { livenessTimeoutMs: 5000, graceMs: 5000, acquisitionTimeoutMs: 3000 },
    });
    expect(() => loadConfig({ ...base, REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' })).toThrow(
      /HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS/,
    );
  });
});
