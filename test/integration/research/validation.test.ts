import type { Database } from '../../../src/db';
import { testDatabase } from '../../support/database';
import { resetToSeed } from '../../support/seed';
import { testServer, type TestServer } from '../../support/server';
import { DEPLOYMENT } from './fixtures';

// Every research traversal is bounded: arguments over the configured caps are refused with
// BAD_USER_INPUT naming the argument; unknown ids are NOT_FOUND.

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
  // Caps other than the defaults (yet above the schema's default arguments), so that the
  // tests show the configured values are what is enforced.
  server = await testServer(db, { MAX_TRAVERSAL_HOPS: '6', MAX_SUBGRAPH_NODES: '120', MAX_PAGE_SIZE: '100' });
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

/** A failed root field is null: the whole `data` for a non-null field, the field for a nullable one. */
function expectNoData(data: Record<string, unknown> | null): void {
  if (data !== null) expect(Object.values(data)).toEqual([null]);
}

async function errorOf(query: string): Promise<{ code: unknown; field: unknown; message: string }> {
  const { data, errors } = await server.run(query);
  expect(errors).toHaveLength(1);
  expectNoData(data);
  const [error] = errors ?? [];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message ?? '' };
}

describe('over the caps: BAD_USER_INPUT naming the argument', () => {
  test.each([
    [
      'linkChains maxDepth',
      `{ linkChains(statementId: "${DEPLOYMENT}", maxDepth: 7) { depth } }`,
      'maxDepth',
    ],
    [
      'linkChains maxDepth 0',
      `{ linkChains(statementId: "${DEPLOYMENT}", maxDepth: 0) { depth } }`,
      'maxDepth',
    ],
    ['linkChains first', `{ linkChains(statementId: "${DEPLOYMENT}", first: 101) { depth } }`, 'first'],
    [
      'shortestPath maxHops',
      `{ shortestPath(fromId: "kyrylo-budanov", toId: "kremlin", maxHops: 7) { length } }`,
      'maxHops',
    ],
    ['neighbourhood depth', `{ neighbourhood(id: "${DEPLOYMENT}", depth: 7) { truncated } }`, 'depth'],
    ['neighbourhood limit', `{ neighbourhood(id: "${DEPLOYMENT}", limit: 121) { truncated } }`, 'limit'],
    [
      'neighbourhood negative limit',
      `{ neighbourhood(id: "${DEPLOYMENT}", limit: -1) { truncated } }`,
      'limit',
    ],
    ['contestedStatements first', `{ contestedStatements(first: 101) { status } }`, 'first'],
    ['actorTimeline first', `{ actorTimeline(actorId: "zelenskyy", first: 101) { id } }`, 'first'],
    [
      'actorTimeline from after to',
      `{ actorTimeline(actorId: "zelenskyy", from: "2024-10-18", to: "2024-10-13") { id } }`,
      'from',
    ],
    [
      'positionChanges from after to',
      `{ positionChanges(actorId: "zelenskyy", from: "2024-10-18", to: "2024-10-13") { actor { id } } }`,
      'from',
    ],
    [
      'positionChanges first',
      `{ positionChanges(actorId: "zelenskyy", first: 101) { actor { id } } }`,
      'first',
    ],
  ])('%s', async (_name, query, field) => {
    const error = await errorOf(query);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
  });

  test('at the caps, the traversals run', async () => {
    const { errors } = await server.run(`{
      linkChains(statementId: "${DEPLOYMENT}", maxDepth: 6, first: 100) { depth }
      shortestPath(fromId: "kyrylo-budanov", toId: "kremlin", maxHops: 6) { length }
      neighbourhood(id: "${DEPLOYMENT}", depth: 6, limit: 120) { truncated }
    }`);
    expect(errors).toBeUndefined();
  });
});

describe('unknown ids: NOT_FOUND', () => {
  test.each([
    [
      'stanceBreakdown',
      `{ stanceBreakdown(statementId: "no-such-statement") { status } }`,
      'no-such-statement',
    ],
    ['linkChains', `{ linkChains(statementId: "no-such-statement") { depth } }`, 'no-such-statement'],
    [
      'provenance',
      `{ provenance(statementId: "no-such-statement") { records { origin { id } } } }`,
      'no-such-statement',
    ],
    ['figureTimeline', `{ figureTimeline(eventId: "no-such-event") { stance } }`, 'no-such-event'],
    [
      'figureTimeline (an actor is no event)',
      `{ figureTimeline(eventId: "zelenskyy") { stance } }`,
      'zelenskyy',
    ],
    ['actorTimeline', `{ actorTimeline(actorId: "no-such-actor") { id } }`, 'no-such-actor'],
    [
      'shortestPath from',
      `{ shortestPath(fromId: "no-such-node", toId: "kremlin") { length } }`,
      'no-such-node',
    ],
    [
      'shortestPath to',
      `{ shortestPath(fromId: "kremlin", toId: "no-such-node") { length } }`,
      'no-such-node',
    ],
    ['neighbourhood', `{ neighbourhood(id: "no-such-node") { truncated } }`, 'no-such-node'],
    [
      'independentOrigins',
      `{ independentOrigins(statementId: "no-such-statement") { count } }`,
      'no-such-statement',
    ],
  ])('%s', async (_name, query, id) => {
    const { data, errors } = await server.run(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(errors?.[0]?.extensions?.id).toBe(id);
    expectNoData(data);
  });

  test('a known statement with nothing to show is an empty answer, not NOT_FOUND', async () => {
    const { data, errors } = await server.run(`{
      linkChains(statementId: "dprk-supplies-factory-workers") { depth }
      figureTimeline(eventId: "unga-first-committee-meeting") { stance }
      actorTimeline(actorId: "yonhap") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ linkChains: [], figureTimeline: [], actorTimeline: [] });
  });
});

test('an invalid asOf date is BAD_USER_INPUT', async () => {
  const { errors } = await server.run(
    `{ stanceBreakdown(statementId: "${DEPLOYMENT}", asOf: "2024-02-30") { status } }`,
  );
  expect(errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
});
