import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { InvalidBundleError } from '../../../src/errors';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { at } from '../../support/bundles';
import { countEverything, resetDatabase, testDatabase } from '../../support/database';
import {
  nordStreamFebruary,
  nordStreamOther,
  nordStreamV1,
  nordStreamV2,
  nordStreamWeekLater,
} from './bundles/nordStream';
import { fingerprint } from './fingerprint';

let db: Database;

jest.setTimeout(180_000);

beforeAll(() => {
  db = testDatabase({ queryTimeoutMs: 120_000 });
});

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await resetDatabase(db);
});

const ingest = (bundle: unknown, options: { dryRun?: boolean } = {}) =>
  ingestBundle(db, bundle, { timeoutMs: 120_000, ...options });

test('v1 then v2 leaves exactly the graph that v2 alone leaves', async () => {
  await ingest(nordStreamV2());
  const alone = await fingerprint(db);

  await resetDatabase(db);
  await ingest(nordStreamV1());
  const revision = await ingest(nordStreamV2());
  expect(await fingerprint(db)).toEqual(alone);
  // Russia (only in v1) goes; the article and the corrected gas statement change.
  expect(revision.nodes).toEqual({ created: 0, updated: 2, unchanged: 7, removed: 1 });
  // Removed: Russia's claim, the link, PART_OF; created: the non-denial; unchanged: 3 REPORTS,
  // 3 ABOUT, CITES, PARTICIPATED_IN and 3 stances.
  expect(revision.relationships).toEqual({ created: 1, updated: 0, unchanged: 11, removed: 3 });
});

test('a corrected figure leaves only the new figure', async () => {
  await ingest(nordStreamV1());
  await ingest(nordStreamV2());
  const rows = await db.read(
    "MATCH (s:Statement {id: 'nord-stream-gas-released'}) RETURN properties(s) AS p",
  );
  const props = rows[0]?.p as Record<string, unknown>;
  expect(Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('figure')))).toEqual({
    figureValue: 778,
    figureUnit: 'million cubic metres',
    figureQualifier: 'EXACT',
    figureKind: 'OBSERVED',
  });
});

test('a statement shared with another article survives the revision of one of them', async () => {
  await ingest(nordStreamV1());
  await ingest(nordStreamOther());
  const v2 = nordStreamV2();
  // The revision no longer mentions sabotage at all.
  v2.statements = v2.statements.filter((s) => s.id !== 'nord-stream-sabotage');
  v2.stances = v2.stances.filter((s) => s.statement !== 'nord-stream-sabotage');
  await ingest(v2);
  const [statement] = await db.read(
    `MATCH (s:Statement {id: 'nord-stream-sabotage'})
     RETURN s.sources AS sources, [(a:Article)-[:REPORTS]->(s) | a.id] AS reportedBy,
            [(x)-[r:CLAIMED]->(s) | x.id + ' ' + reduce(t = '', i IN r.sources | t + i)] AS claims`,
  );
  expect(statement).toEqual({
    sources: ['article-nord-stream-denmark'],
    reportedBy: ['article-nord-stream-denmark'],
    claims: expect.arrayContaining([
      'denmark article-nord-stream-denmark',
      'sweden article-nord-stream-denmark',
    ]),
  });
  expect((statement?.claims as string[]).length).toBe(2);
});

test('a dry run writes nothing, and its counts are those of the real run that follows', async () => {
  await ingest(nordStreamV1());
  const before = await fingerprint(db);
  const dry = await ingest(nordStreamV2(), { dryRun: true });
  expect(await fingerprint(db)).toEqual(before);
  const real = await ingest(nordStreamV2());
  expect(dry.dryRun).toBe(true);
  expect(real.dryRun).toBe(false);
  expect({ nodes: dry.nodes, relationships: dry.relationships }).toEqual({
    nodes: real.nodes,
    relationships: real.relationships,
  });
  expect(dry.dates.find((d) => d.path === '$.stances[0].date')).toEqual({
    path: '$.stances[0].date',
    date: '2022-09-27',
    precision: 'DAY',
    knownBy: '2022-09-27',
    text: 'on Tuesday',
  });
  expect(dry.resolutions.filter((r) => r.via === 'alias')).toEqual([
    { path: '$.article.cites[0]', reference: 'Säpo', id: 'swedish-security-service', via: 'alias' },
    { path: '$.stances[0].actor', reference: 'Sweden', id: 'sweden', via: 'alias' },
    { path: '$.stances[2].actor', reference: 'Washington', id: 'united-states', via: 'alias' },
  ]);
});

test('a later report of a known stance with a coarser date joins it; a genuinely new one does not', async () => {
  await ingest(nordStreamV1());
  const joined = await ingest(nordStreamWeekLater());
  expect(joined.relationships).toEqual({ created: 1, updated: 1, unchanged: 0, removed: 0 });
  const denials = () =>
    db.read(
      `MATCH (:Actor {id: 'united-states'})-[r:DENIED]->(:Statement {id: 'nord-stream-us-behind'})
       RETURN r.id AS id, r.date AS date, r.precision AS precision, r.sources AS sources ORDER BY r.date`,
    );
  expect(await denials()).toEqual([
    {
      id: 'united-states:DENIED:nord-stream-us-behind:2022-09-29',
      date: '2022-09-29',
      precision: 'DAY',
      sources: ['article-nord-stream-leaks', 'article-nord-stream-week-later'],
    },
  ]);
  await ingest(nordStreamFebruary());
  expect(await denials()).toEqual([
    {
      id: 'united-states:DENIED:nord-stream-us-behind:2022-09-29',
      date: '2022-09-29',
      precision: 'DAY',
      sources: ['article-nord-stream-leaks', 'article-nord-stream-week-later'],
    },
    {
      id: 'united-states:DENIED:nord-stream-us-behind:2023-02-08',
      date: '2023-02-08',
      precision: 'DAY',
      sources: ['article-nord-stream-february'],
    },
  ]);
});

describe('cycles are refused with the path of the edge that closes them, writing nothing', () => {
  const refusal = async (bundle: unknown) => {
    const before = await countEverything(db);
    const error = await ingest(bundle).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidBundleError);
    expect(await countEverything(db)).toEqual(before);
    return (error as InvalidBundleError).problems;
  };

  test('PART_OF within the bundle and through the graph', async () => {
    const inBundle = nordStreamV1();
    inBundle.relations.push({ from: 'sweden', type: 'PART_OF', to: 'Säpo' });
    expect(await refusal(inBundle)).toEqual([
      {
        path: '$.relations[1]',
        message: 'closes a PART_OF cycle: swedish-security-service already leads back to sweden',
      },
    ]);
    await ingest(nordStreamV1());
    const later = {
      format: 'claimgraph-bundle/2',
      article: { id: 'article-cycle', title: 'Cycle', published: '2022-10-01' },
      relations: [{ from: 'sweden', type: 'PART_OF', to: 'swedish-security-service' }],
    };
    expect(await refusal(later)).toEqual([
      {
        path: '$.relations[0]',
        message: 'closes a PART_OF cycle: swedish-security-service already leads back to sweden',
      },
    ]);
  });

  test('relays', async () => {
    const bundle = nordStreamV1();
    at(bundle.stances, 2).relayOf = 'sweden';
    bundle.stances.push({
      actor: 'sweden',
      statement: 'nord-stream-us-behind',
      stance: 'CLAIMED',
      date: { date: '2022-09-29' },
      relayOf: 'russia',
    });
    expect(await refusal(bundle)).toEqual([
      {
        path: '$.stances[4].relayOf',
        message:
          'closes a relay cycle: russia on nord-stream-us-behind already leads back to sweden on nord-stream-us-behind',
      },
    ]);
  });
});
