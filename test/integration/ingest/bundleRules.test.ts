import { expect } from '@jest/globals';
import type { Database } from '../../../src/db';
import { InvalidBundleError } from '../../../src/errors';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { countEverything, resetDatabase, testDatabase } from '../../support/database';

let db: Database;

jest.setTimeout(180_000);

beforeAll(async () => {
  db = testDatabase({ queryTimeoutMs: 120_000 });
  await resetDatabase(db);
});

afterAll(async () => {
  await db.close();
});

const TEXT =
  'Kyiv, 24 February. President Volodymyr Zelenskyy said on Thursday: \u201cWe will defend our country.\u201d ' +
  'The Kremlin said the same day that it had \u201cno plans to occupy\u201d Ukraine.';

/** An article on the first day of Russia's full-scale invasion of Ukraine (24 February 2022). */
const invasion = () => ({
  format: 'claimgraph-bundle/2',
  article: { id: 'article-invasion-day', title: 'Invasion day', published: '2022-02-24', text: TEXT },
  actors: [
    { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', kind: 'PERSON', aliases: ['Zelenskyy'] },
    { id: 'kremlin', name: 'Kremlin', kind: 'GOVERNMENT_OFFICE' },
  ],
  statements: [
    { id: 'ukraine-will-fight', text: 'Ukraine will defend itself.' },
    { id: 'russia-will-occupy', text: 'Russia intends to occupy Ukraine.' },
  ],
  stances: [
    {
      actor: 'zelenskyy',
      statement: 'ukraine-will-fight',
      stance: 'CLAIMED',
      date: { text: 'on Thursday' },
      quote: '"We will defend   our country."',
    },
    {
      actor: 'kremlin',
      statement: 'russia-will-occupy',
      stance: 'DENIED',
      date: { text: 'the same day', sameAs: '$.stances[0]' },
      quote: 'no plans to occupy',
    },
  ],
});

test('quotes are anchored in the article text; a quote not in it is refused at its path', async () => {
  const bad = invasion();
  bad.stances = bad.stances.map((s, i) => (i === 1 ? { ...s, quote: 'no plans to invade' } : s));
  const error = await ingestBundle(db, bad).catch((e: unknown) => e);
  expect((error as InvalidBundleError).problems).toEqual([
    {
      path: '$.stances[1].quote',
      message:
        "does not occur in the article's text ($.article.text), even with whitespace and typographic quotes normalised",
    },
  ]);
  expect(await countEverything(db)).toEqual({ nodes: 0, relationships: 0 });

  const summary = await ingestBundle(db, invasion());
  // "the same day" follows `sameAs` to the first stance's Thursday.
  expect(summary.dates.map((d) => [d.path, d.date, d.precision])).toEqual([
    ['$.stances[0].date', '2022-02-24', 'DAY'],
    ['$.stances[1].date', '2022-02-24', 'DAY'],
  ]);
  const [stance] = await db.read(
    "MATCH (:Actor {id: 'kremlin'})-[r:DENIED]->() RETURN r.quoteStart AS start, r.quotePrefix AS prefix, r.quoteSuffix AS suffix",
  );
  const normalised = TEXT.replace(/[\u201c\u201d]/g, '"');
  expect(stance).toEqual({
    start: normalised.indexOf('no plans to occupy'),
    prefix: ' said the same day that it had "',
    suffix: '" Ukraine.',
  });
});

test('a new actor resembling a known one is a warning, and refused in strict mode', async () => {
  const bundle = {
    format: 'claimgraph-bundle/2',
    article: { id: 'article-zelensky-variant', title: 'Variant spelling', published: '2022-03-01' },
    actors: [{ id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'PERSON' }],
  };
  const before = await countEverything(db);
  const refused = await ingestBundle(db, bundle, { strict: true }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(InvalidBundleError);
  expect((refused as InvalidBundleError).problems).toEqual([
    {
      path: '$.actors[0]',
      message: expect.stringMatching(/^new actor "volodymyr-zelensky" resembles zelenskyy/),
    },
  ]);
  expect(await countEverything(db)).toEqual(before);

  const summary = await ingestBundle(db, bundle);
  expect(summary.warnings).toEqual([
    {
      path: '$.actors[0]',
      message: expect.stringMatching(/^new actor "volodymyr-zelensky" resembles zelenskyy/),
    },
  ]);
});
