import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryPlanRecorder, paramShape, warmUpQueryPlans } from '../../../src/db';
import type { QueryInfo } from '../../../src/db/Database';

// The service remembers the reads it ran (texts, and parameters without their content) in a
// file, so that after a restart Neo4j plans them before a client asks (src/index.ts).

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-plans-'));
  file = path.join(dir, 'plans.json');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const text = (name: string) => `MATCH (n:${name}) RETURN n.id AS id // ${'padding '.repeat(12)}`;
const read = (query: string, params: Record<string, unknown> = {}): QueryInfo => ({
  mode: 'READ',
  ms: 3,
  ok: true,
  query,
  params,
});

test('a parameter keeps its type and size, not its content', () => {
  expect(
    paramShape({
      statementId: 'dprk-troops-to-russia',
      asOf: null,
      first: 20,
      ratio: 1.5,
      exact: true,
      ids: ['a', 'bb'],
      none: [],
      nested: { name: 'Kim', missing: undefined },
    }),
  ).toEqual({
    statementId: 'xxxxxxxxxxxxxxxxxxxxx',
    asOf: null,
    first: 0,
    ratio: 0.5,
    exact: true,
    ids: ['x', 'xx'],
    none: [],
    nested: { name: 'xxx', missing: null },
  });
  // A driver type (a Cypher date) is not plain JSON: the read is not kept.
  expect(paramShape({ day: new Date(0) })).toBeUndefined();
});

test('only successful reads long enough to be worth planning are kept, once each', () => {
  const recorder = new QueryPlanRecorder(file);
  recorder.onQuery(read(text('Actor'), { id: 'north-korea' }));
  recorder.onQuery(read(text('Actor'), { id: 'ukraine' }));
  recorder.onQuery({ ...read(text('Event')), ok: false });
  recorder.onQuery({ ...read(text('Article')), mode: 'WRITE' });
  recorder.onQuery(read('RETURN 1 AS ok'));
  recorder.onQuery({ mode: 'WRITE', ms: 1, ok: true });
  expect(recorder.recorded()).toEqual([{ query: text('Actor'), params: { id: 'xxxxxxxxxxx' } }]);
});

test('at most `capacity` texts, the least recently used dropped first', () => {
  const recorder = new QueryPlanRecorder(file, 2);
  recorder.onQuery(read(text('A')));
  recorder.onQuery(read(text('B')));
  recorder.onQuery(read(text('A')));
  recorder.onQuery(read(text('C')));
  expect(recorder.recorded().map((q) => q.query)).toEqual([text('A'), text('C')]);
});

test('saved to the file and read back by the next start; a damaged file is ignored', () => {
  const first = new QueryPlanRecorder(file);
  first.onQuery(read(text('Actor'), { first: 5 }));
  first.onQuery(read(text('Statement'), { q: 'troops' }));
  first.save();
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
    queries: [
      { query: text('Actor'), params: { first: 0 } },
      { query: text('Statement'), params: { q: 'xxxxxx' } },
    ],
  });
  expect(new QueryPlanRecorder(file).recorded()).toEqual(first.recorded());
  expect(new QueryPlanRecorder(file, 1).recorded()).toEqual([
    { query: text('Statement'), params: { q: 'xxxxxx' } },
  ]);

  writeFileSync(file, '{"queries": [{"query": 3}, null');
  expect(new QueryPlanRecorder(file).recorded()).toEqual([]);
  writeFileSync(file, JSON.stringify({ queries: [{ query: text('Event'), params: {} }, { query: 'x' }] }));
  expect(new QueryPlanRecorder(file).recorded()).toEqual([{ query: text('Event'), params: {} }]);
});

describe('warmUpQueryPlans', () => {
  const queries = ['A', 'B', 'C'].map((name) => ({ query: text(name), params: { id: 'x' } }));

  test('plans the most recently used first and counts what Neo4j refused', async () => {
    const asked: string[] = [];
    const database = {
      explain: (query: string) => {
        asked.push(query);
        return query === text('B') ? Promise.reject(new Error('unknown label')) : Promise.resolve();
      },
    };
    const outcome = await warmUpQueryPlans(database, queries, { planTimeoutMs: 1000, deadlineMs: 60_000 });
    expect(asked).toEqual([text('C'), text('B'), text('A')]);
    expect(outcome).toEqual({ planned: 2, failed: 1, skipped: 0 });
  });

  test('stops before the next text once the service stops or the time is up', async () => {
    let stopping = false;
    const database = {
      explain: () => {
        stopping = true;
        return Promise.resolve();
      },
    };
    const stopped = () => stopping;
    expect(
      await warmUpQueryPlans(database, queries, { planTimeoutMs: 1000, deadlineMs: 60_000, stopped }),
    ).toEqual({ planned: 1, failed: 0, skipped: 2 });
    expect(await warmUpQueryPlans(database, queries, { planTimeoutMs: 1000, deadlineMs: 0 })).toEqual({
      planned: 0,
      failed: 0,
      skipped: 3,
    });
  });
});
