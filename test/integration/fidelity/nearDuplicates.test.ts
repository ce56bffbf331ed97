import type { Database } from '../../../src/db';
import { actorMatchKeys, findNearDuplicateActors } from '../../../src/ingest/nearDuplicates';
import { resetDatabase, testDatabase } from '../../support/database';

// Known actors from reporting beyond the seed story; one of them (`erdogan`) stored without
// match keys, as actors ingested before the keys existed are.
const KNOWN = [
  { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy'] },
  { id: 'kr-nis', name: 'National Intelligence Service', aliases: [] },
  { id: 'kim-jong-un', name: 'Kim Jong Un', aliases: [] },
  { id: 'iaea', name: 'IAEA', aliases: ['International Atomic Energy Agency'] },
];

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await db.write(
    `UNWIND $actors AS a CREATE (:Actor { id: a.id, name: a.name, aliases: a.aliases, matchKeys: a.keys })`,
    { actors: KNOWN.map((a) => ({ ...a, keys: actorMatchKeys(a.name, a.aliases) })) },
  );
  await db.write(`CREATE (:Actor { id: 'erdogan', name: 'Recep Tayyip Erdoğan', aliases: [] })`);
  await db.write('CALL db.awaitIndexes(60)');
});
afterAll(async () => {
  await resetDatabase(db);
  await db.close();
});

describe('findNearDuplicateActors', () => {
  it('names the known and same-bundle candidates of each new actor with the reason', async () => {
    const found = await findNearDuplicateActors(db, [
      {
        path: '$.actors[0]',
        id: 'volodymyr-zelensky',
        name: 'Volodymyr Zelensky',
        aliases: ['President Zelensky'],
      },
      { path: '$.actors[1]', id: 'nis', name: 'NIS', aliases: [] },
      { path: '$.actors[2]', id: 'jong-un-kim', name: 'Jong Un Kim' },
      { path: '$.actors[3]', id: 'erdogan-2', name: 'Recep Tayyip Erdogan' },
      { path: '$.actors[4]', id: 'zelensky-office', name: 'Zelenskiy', aliases: [] },
      { path: '$.actors[5]', id: 'hamas', name: 'Hamas', aliases: [] },
    ]);
    expect(found).toEqual([
      {
        path: '$.actors[0]',
        id: 'volodymyr-zelensky',
        candidates: [
          { id: 'zelensky-office', name: 'Zelenskiy', reason: 'TRANSLITERATION' },
          { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', reason: 'TRANSLITERATION' },
        ],
      },
      {
        path: '$.actors[1]',
        id: 'nis',
        candidates: [{ id: 'kr-nis', name: 'National Intelligence Service', reason: 'ACRONYM' }],
      },
      {
        path: '$.actors[2]',
        id: 'jong-un-kim',
        candidates: [{ id: 'kim-jong-un', name: 'Kim Jong Un', reason: 'WORD_ORDER' }],
      },
      {
        path: '$.actors[3]',
        id: 'erdogan-2',
        candidates: [{ id: 'erdogan', name: 'Recep Tayyip Erdoğan', reason: 'ACCENTS' }],
      },
      {
        path: '$.actors[4]',
        id: 'zelensky-office',
        candidates: [
          { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', reason: 'TRANSLITERATION' },
          { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', reason: 'TRANSLITERATION' },
        ],
      },
      { path: '$.actors[5]', id: 'hamas', candidates: [] },
    ]);
  });

  it('answers an empty list with no query', async () => {
    expect(await findNearDuplicateActors(db, [])).toEqual([]);
  });
});
