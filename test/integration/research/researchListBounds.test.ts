import { expect } from '@jest/globals';
import { ingestBundle } from '../../../src/ingest/ingestBundle';
import { useSeededServer } from '../../support/seededServer';

// The research result lists are bounded like every nested list: figureTimeline, a provenance's
// records, a record's articles and cited agencies, the independent origins and an origin's
// speakers take `first` (at most MAX_PAGE_SIZE) and return their first items in the order
// described; the counts (recordCount, articleCount, citedAgencyCount, count, speakerCount) stay
// exact whatever `first` is. On a small harbour story of its own, beside the seed graph: five
// actors of three states claim one statement, reported by three articles citing three agencies.

const seeded = useSeededServer();

const CLAIM = 'harbour-closed';
/** The claimants in date order, 1 to 5 May 2025, with their root state. */
const CLAIMANTS = [
  ['harbour-aland-ministry', 'Aland Ministry', 'MINISTRY', 'harbour-aland'],
  ['harbour-aland-navy', 'Aland Navy', 'MILITARY', 'harbour-aland'],
  ['harbour-aland-port', 'Aland Port Authority', 'GOVERNMENT_OFFICE', 'harbour-aland'],
  ['harbour-borduria-envoy', 'Borduria Envoy', 'PERSON', 'harbour-borduria'],
  ['harbour-carpathia', 'Carpathia', 'STATE', null],
] as const;
const stanceOf = (i: number) => `${CLAIMANTS[i]?.[0]}:CLAIMED:${CLAIM}:2025-05-0${i + 1}`;
/** Articles oldest first, with the agencies each cites. */
const ARTICLES = [
  ['harbour-article-1', '2025-05-06', ['harbour-wire-one', 'harbour-wire-two']],
  ['harbour-article-2', '2025-05-07', ['harbour-wire-three']],
  ['harbour-article-3', '2025-05-08', []],
] as const;
const AGENCIES = ['harbour-wire-one', 'harbour-wire-two', 'harbour-wire-three'];
/** Figures for the blockade, each claimed by one claimant: [statement, value, claimant index]. */
const FIGURES = [
  ['harbour-ships-12', 12, 1],
  ['harbour-ships-20', 20, 3],
  ['harbour-ships-30', 30, 4],
] as const;

beforeAll(async () => {
  for (const [id, published, cites] of ARTICLES) {
    // Every article reports all five claims; the first also the figures.
    const first = id === ARTICLES[0][0];
    await ingestBundle(seeded.db(), {
      format: 'claimgraph-bundle/2',
      article: { id, title: `Harbour report ${id.slice(-1)}`, published, cites: [...cites] },
      actors: [
        { id: 'harbour-aland', name: 'Aland', kind: 'STATE' },
        { id: 'harbour-borduria', name: 'Borduria', kind: 'STATE' },
        ...CLAIMANTS.map(([actor, name, kind]) => ({ id: actor, name, kind })),
        { id: 'harbour-wire-one', name: 'Wire One', kind: 'NEWS_AGENCY' },
        { id: 'harbour-wire-two', name: 'Wire Two', kind: 'NEWS_AGENCY' },
        { id: 'harbour-wire-three', name: 'Wire Three', kind: 'NEWS_AGENCY' },
      ],
      relations: CLAIMANTS.flatMap(([actor, , kind, root]) =>
        root ? [{ from: actor, type: kind === 'PERSON' ? 'REPRESENTS' : 'PART_OF', to: root }] : [],
      ),
      events: first ? [{ id: 'harbour-blockade', name: 'Harbour blockade', type: 'OTHER' }] : [],
      statements: [
        { id: CLAIM, text: 'The harbour is closed.' },
        ...(first
          ? FIGURES.map(([statement, value]) => ({
              id: statement,
              text: `${value} ships block the harbour.`,
              about: ['harbour-blockade'],
              figure: { qualifier: 'EXACT', value, unit: 'ships' },
            }))
          : []),
      ],
      stances: [
        ...CLAIMANTS.map(([actor], i) => ({
          actor,
          statement: CLAIM,
          stance: 'CLAIMED',
          date: { date: `2025-05-0${i + 1}` },
        })),
        ...(first
          ? FIGURES.map(([statement, , i]) => ({
              actor: CLAIMANTS[i][0],
              statement,
              stance: 'CLAIMED',
              date: { date: `2025-05-0${i + 1}` },
            }))
          : []),
      ],
    });
  }
});

const ask = <T>(query: string): Promise<T> => seeded.ask<T>(query);
const idsOf = (ids: readonly string[]) => ids.map((id) => ({ id }));

describe('provenance', () => {
  type Out = {
    provenance: {
      recordCount: number;
      records: {
        stance: { id: string };
        articleCount: number;
        articles: { id: string }[];
        citedAgencyCount: number;
        citedAgencies: { id: string }[];
      }[];
    };
  };
  const query = (records: string, articles: string, agencies: string) => `{
    provenance(statementId: "${CLAIM}") {
      recordCount
      records${records} {
        stance { id }
        articleCount articles${articles} { id }
        citedAgencyCount citedAgencies${agencies} { id }
      }
    }
  }`;
  const record = (i: number, articles: number, agencies: number) => ({
    stance: { id: stanceOf(i) },
    articleCount: 3,
    articles: idsOf(ARTICLES.slice(0, articles).map(([id]) => id)),
    citedAgencyCount: 3,
    citedAgencies: idsOf(AGENCIES.slice(0, agencies)),
  });

  test('by default: every record, article and agency (fewer than 20 of each)', async () => {
    const data = await ask<Out>(query('', '', ''));
    expect(data.provenance).toEqual({ recordCount: 5, records: [0, 1, 2, 3, 4].map((i) => record(i, 3, 3)) });
  });

  test('`first` cuts each list; the counts stay exact', async () => {
    const data = await ask<Out>(query('(first: 2)', '(first: 1)', '(first: 2)'));
    expect(data.provenance).toEqual({ recordCount: 5, records: [0, 1].map((i) => record(i, 1, 2)) });
  });

  test('`first: 0` returns no records but their count', async () => {
    const data = await ask<Out>(query('(first: 0)', '', ''));
    expect(data.provenance).toEqual({ recordCount: 5, records: [] });
  });
});

describe('independentOrigins', () => {
  type Out = {
    independentOrigins: {
      count: number;
      origins: { root: { id: string }; speakerCount: number; speakers: { id: string }[] }[];
    };
  };
  const query = (origins: string, speakers: string) => `{
    independentOrigins(statementId: "${CLAIM}") {
      count
      origins${origins} { root { id } speakerCount speakers${speakers} { id } }
    }
  }`;
  const ALAND = ['harbour-aland-ministry', 'harbour-aland-navy', 'harbour-aland-port'];

  test('by default: every origin with every speaker, by name', async () => {
    const data = await ask<Out>(query('', ''));
    expect(data.independentOrigins).toEqual({
      count: 3,
      origins: [
        { root: { id: 'harbour-aland' }, speakerCount: 3, speakers: idsOf(ALAND) },
        { root: { id: 'harbour-borduria' }, speakerCount: 1, speakers: idsOf(['harbour-borduria-envoy']) },
        { root: { id: 'harbour-carpathia' }, speakerCount: 1, speakers: idsOf(['harbour-carpathia']) },
      ],
    });
  });

  test('`first` cuts the origins and the speakers; count and speakerCount stay exact', async () => {
    const data = await ask<Out>(query('(first: 2)', '(first: 2)'));
    expect(data.independentOrigins).toEqual({
      count: 3,
      origins: [
        { root: { id: 'harbour-aland' }, speakerCount: 3, speakers: idsOf(ALAND.slice(0, 2)) },
        { root: { id: 'harbour-borduria' }, speakerCount: 1, speakers: idsOf(['harbour-borduria-envoy']) },
      ],
    });
  });
});

test('figureTimeline returns its first `first` figures in date order (100 by default)', async () => {
  const query = (args: string) =>
    `{ figureTimeline(eventId: "harbour-blockade"${args}) { statement { id } } }`;
  const statements = (n: number) =>
    idsOf(FIGURES.slice(0, n).map(([id]) => id)).map((s) => ({ statement: s }));
  expect(await ask(query(''))).toEqual({ figureTimeline: statements(3) });
  expect(await ask(query(', first: 2'))).toEqual({ figureTimeline: statements(2) });
  expect(await ask(query(', first: 0'))).toEqual({ figureTimeline: [] });
});

describe("a research list's `first` is refused as every nested list's is", () => {
  test.each([
    [
      'Provenance.records',
      `provenance(statementId: "${CLAIM}") { records(first: 101) { origin { id } } }`,
      101,
    ],
    [
      'ProvenanceRecord.articles',
      `provenance(statementId: "${CLAIM}") { records { articles(first: -1) { id } } }`,
      -1,
    ],
    [
      'ProvenanceRecord.citedAgencies',
      `provenance(statementId: "${CLAIM}") { records { citedAgencies(first: 101) { id } } }`,
      101,
    ],
    [
      'IndependentOrigins.origins',
      `independentOrigins(statementId: "${CLAIM}") { origins(first: -1) { root { id } } }`,
      -1,
    ],
    [
      'Origin.speakers',
      `independentOrigins(statementId: "${CLAIM}") { origins { speakers(first: 101) { id } } }`,
      101,
    ],
  ])('%s', async (field, query, value) => {
    const { data, errors } = await seeded.server().run(`{ ${query} }`);
    expect(data === null || Object.values(data).every((v) => v === null)).toBe(true);
    expect(errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field])).toEqual([
      [`"${field}(first)" must be between 0 and 100, got ${value}`, 'BAD_USER_INPUT', `${field}.first`],
    ]);
  });

  test.each([101, -1])('figureTimeline(first: %d), as a root list', async (first) => {
    const { data, errors } = await seeded
      .server()
      .run(`{ figureTimeline(eventId: "harbour-blockade", first: ${first}) { stance } }`);
    expect(data).toBeNull();
    expect(errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field])).toEqual([
      [`"first" must be an integer between 0 and 100, got ${first}`, 'BAD_USER_INPUT', 'first'],
    ]);
  });
});
