import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../../src/db';
import { createHttpServer } from '../../../src/http/createHttpServer';
import { Readiness } from '../../../src/http/readiness';
import { createLogger } from '../../../src/observability/logger';
import { Metrics } from '../../../src/observability/metrics';
import { createServer, type ClaimgraphServer } from '../../../src/server';
import { testDatabase } from '../../support/database';
import { testConfig } from '../../support/server';
import { NEO4J_WORDS } from './harness';

// Issue 13's reproductions of client input that answered 500, a stack overflow, a 16 s wait,
// an empty 431 or a body held open: each now gets a coded refusal, over the real HTTP server
// (src/http/createHttpServer.ts) as src/index.ts builds it.

let db: Database;
let server: ClaimgraphServer;
let httpServer: http.Server;
let base: string;

beforeAll(async () => {
  db = testDatabase();
  const config = testConfig({ REQUEST_TIMEOUT_MS: '1500', HEADERS_TIMEOUT_MS: '1000' });
  const readiness = new Readiness(db);
  readiness.schemaApplied = true;
  server = await createServer({
    config,
    database: db,
    readiness,
    logger: createLogger('silent'),
    metrics: new Metrics(),
  });
  httpServer = createHttpServer(config);
  httpServer.on('request', server.app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  httpServer.closeAllConnections();
  await new Promise((resolve) => httpServer.close(resolve));
  await server.apollo.stop();
  await db.close();
});

interface Answer {
  status: number;
  body: { errors?: { message: string; extensions: Record<string, unknown> }[] };
  text: string;
}

async function post(body: unknown): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Answer['body'], text };
}

function only(response: Awaited<ReturnType<typeof post>>) {
  expect(response.body.errors).toHaveLength(1);
  const [error] = response.body.errors ?? [];
  expect(response.text).not.toMatch(NEO4J_WORDS);
  return { status: response.status, message: error?.message, code: error?.extensions.code };
}

test('a subscription is refused as an unsupported operation, not an internal error', async () => {
  expect(only(await post({ query: 'subscription { x }' }))).toEqual({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'This service does not support subscription operations',
  });
});

test('a list literal 2,990 levels deep is refused by the nesting limit, not a stack overflow', async () => {
  const deep = `${'['.repeat(2990)}${']'.repeat(2990)}`;
  expect(only(await post({ query: `{ actors(first: 1, kinds: ${deep}) { totalCount } }` }))).toEqual({
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Document nests brackets, braces or parentheses deeper than 64 levels',
  });
});

test('the token limit answers without a "Syntax Error:" prefix', async () => {
  expect(only(await post({ query: `{ ${'__typename '.repeat(3001)}}` }))).toEqual({
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Document contains more than 3000 tokens (MAX_TOKENS)',
  });
});

test('450,000 stance types in a variable are refused early, naming the variable and argument', async () => {
  const response = await post({
    query: 'query Big($t: [StanceType!]) { stances(filter: { types: $t }) { totalCount } }',
    variables: { t: Array(450_000).fill('CLAIMED') },
  });
  expect(only(response)).toEqual({
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      'Variable "$t" (argument stances(filter)) holds a list of 450000 items at $t; at most 100 are accepted (MAX_LIST_ITEMS)',
  });
});

test('an oversized list inside an input-object variable is found by its path', async () => {
  const response = await post({
    query: 'query Big($f: StanceFilter) { stances(filter: $f) { totalCount } }',
    variables: { f: { types: Array(101).fill('DENIED') } },
  });
  expect(only(response)).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
  expect(response.body.errors?.[0]?.extensions).toMatchObject({
    variable: 'f',
    path: '$f.types',
    argument: 'stances(filter)',
  });
});

test('a list literal over MAX_LIST_ITEMS is refused naming the argument; 100 items still run', async () => {
  const list = (n: number) => `[${Array(n).fill('CLAIMED').join(' ')}]`;
  expect(only(await post({ query: `{ stances(filter: { types: ${list(101)} }) { totalCount } }` }))).toEqual({
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Argument "filter" holds a list of 101 items; at most 100 are accepted (MAX_LIST_ITEMS)',
  });
  const fine = await post({ query: `{ stances(filter: { types: ${list(100)} }) { totalCount } }` });
  expect(fine.body.errors).toBeUndefined();
});

/** Sends raw bytes and reads the whole answer until the server closes the connection. */
function raw(request: string, { endAfterWrite = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const { port } = httpServer.address() as AddressInfo;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(request);
      if (endAfterWrite) socket.end();
    });
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('close', () => {
      resolve(answer);
    });
    socket.on('error', reject);
    // The client's own bound: far above REQUEST_TIMEOUT_MS, it must never be what ends the test.
    socket.setTimeout(20_000, () => {
      reject(new Error('the server held the connection open'));
    });
  });
}

function parseAnswer(answer: string): { status: number; contentType: string | undefined; body: unknown } {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  const contentType = /content-type: ([^\r\n]+)/i.exec(head)?.[1];
  return { status, contentType, body: JSON.parse(body) };
}

test('headers over the limit answer 431 with a JSON body and a code', async () => {
  const answer = await raw(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
  expect(parseAnswer(answer)).toEqual({
    status: 431,
    contentType: 'application/json; charset=utf-8',
    body: {
      errors: [
        { message: 'Request headers are larger than the limit', extensions: { code: 'HEADERS_TOO_LARGE' } },
      ],
    },
  });
});

test('a body that never completes is cut after REQUEST_TIMEOUT_MS with 408 JSON', async () => {
  const answer = await raw(
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
  );
  expect(parseAnswer(answer)).toEqual({
    status: 408,
    contentType: 'application/json; charset=utf-8',
    body: {
      errors: [
        {
          message: 'The request did not arrive in time (REQUEST_TIMEOUT_MS / HEADERS_TIMEOUT_MS)',
          extensions: { code: 'REQUEST_TIMEOUT' },
        },
      ],
    },
  });
});

test('a malformed request line answers 400 JSON with a code', async () => {
  const answer = await raw('NONSENSE\r\n\r\n');
  expect(parseAnswer(answer)).toMatchObject({
    status: 400,
    body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] },
  });
});
