import { expect } from '@jest/globals';
import { AmbiguousReferenceError, ErrorCode, InvalidBundleError } from '../../../src/errors';
import { parseBundle } from '../../../src/ingest/bundleSchema';
import { aliasQuestions, collectReferences, idQuestions } from '../../../src/ingest/collectReferences';
import { EMPTY_LOOKUP, planBundle as planTyped, type GraphLookup } from '../../../src/ingest/planBundle';
import { at, loadSeedBundle } from '../../support/bundles';

/** The graph after the seed: a few of its actors and ids, as lookupGraph would report them. */
/** Checks the schema first (planning takes only schema-valid bundles), then plans. */
function planBundle(bundle: unknown, graph: GraphLookup) {
  const parsed = parseBundle(bundle);
  if (!parsed.ok) throw new InvalidBundleError(parsed.problems);
  return planTyped(parsed.bundle, graph);
}

const EMPTY_GRAPH = EMPTY_LOOKUP;

const SEEDED: GraphLookup = {
  partOf: { actors: [], events: [] },
  labels: new Map([
    ['north-korea', ['Actor']],
    ['united-states', ['Actor']],
    ['south-korea-nis', ['Actor']],
    ['dprk-troops-to-russia', ['Statement']],
    ['dprk-troop-deployment-to-russia', ['Event']],
    ['article-2024-10-22-dprk-denial', ['Article']],
  ]),
  actors: [
    { id: 'north-korea', name: 'North Korea', aliasKeys: ['north korea', 'dprk', 'pyongyang'] },
    { id: 'united-states', name: 'United States', aliasKeys: ['united states', 'us', 'washington'] },
    {
      id: 'south-korea-nis',
      name: 'National Intelligence Service',
      aliasKeys: [
        'national intelligence service',
        'nis',
        'south koreas national intelligence service',
        'south korean intelligence',
      ],
    },
  ],
};

const LATER = {
  format: 'claimgraph-bundle/1',
  article: { id: 'article-later', title: 'Later', published: '2024-11-05', cites: [] as string[] },
};

function problemsOf(work: () => unknown): { code: unknown; problems: unknown } {
  try {
    work();
  } catch (error) {
    if (error instanceof InvalidBundleError) return { code: error.extensions.code, problems: error.problems };
    if (error instanceof AmbiguousReferenceError)
      return { code: error.extensions.code, problems: error.references };
    throw error;
  }
  throw new Error('expected the bundle to be refused');
}

describe('planBundle on the seed bundle and an empty graph', () => {
  const plan = planBundle(loadSeedBundle(), EMPTY_GRAPH);

  it('plans every item', () => {
    expect(plan.article).toEqual({
      id: 'article-2024-10-22-dprk-denial',
      title: 'North Korea calls accusations of sending troops to help Russia "groundless rumours"',
      published: '2024-10-22',
      publisher: null,
      url: null,
      body: expect.stringContaining('North Korea has called the accusations'),
    });
    expect(plan.actors).toHaveLength(16);
    expect(plan.actors.filter((a) => a.agency).map((a) => a.id)).toEqual([
      'south-korea-nis',
      'south-korea-mod',
      'ukraine-defence-intelligence',
      'kremlin',
      'yonhap',
      'un-first-committee',
    ]);
    expect(plan.events).toHaveLength(5);
    expect(plan.statements).toHaveLength(12);
    expect(plan.stances).toHaveLength(19);
    const count = (kind: string) => plan.edges.filter((e) => e.kind === kind).length;
    expect(count('SUPPORTS') + count('REFUTES')).toBe(11);
    expect([
      plan.reports.length,
      plan.cites.length,
      count('ABOUT'),
      count('EVENT_PART_OF'),
      count('PARTICIPATED_IN'),
    ]).toEqual([12, 1, 11, 3, 3]);
    expect([count('LEADS'), count('REPRESENTS'), count('PART_OF')]).toEqual([2, 3, 4]);
    expect(plan.warnings).toEqual([]);
  });

  it('resolves aliases and relative dates in stances', () => {
    expect(
      plan.stances.find((s) => s.statementId === 'dprk-troops-to-russia' && s.actorId === 'south-korea-nis'),
    ).toMatchObject({
      type: 'CLAIMED',
      actorId: 'south-korea-nis',
      statementId: 'dprk-troops-to-russia',
      date: { date: '2024-10-14', precision: 'WEEK', knownBy: '2024-10-20', text: 'last week' },
      quote: null,
      paraphrase: null,
      venue: null,
      eventId: null,
      relayOf: null,
    });
    const washington = plan.stances.find((s) => s.actorId === 'united-states');
    expect(washington?.date).toEqual({
      date: '2024-10-22',
      precision: 'ON_OR_BEFORE',
      knownBy: '2024-10-22',
      text: null,
    });
    expect(plan.stances.find((s) => s.actorId === 'kremlin')?.date).toMatchObject({
      date: '2024-10-21',
      precision: 'DAY',
      text: 'On Monday',
    });
  });

  it('keeps actor aliases and their keys', () => {
    expect(plan.actors.find((a) => a.id === 'kremlin')).toEqual({
      id: 'kremlin',
      name: 'Kremlin',
      kind: 'GOVERNMENT_OFFICE',
      aliases: ['the Kremlin'],
      aliasKeys: ['kremlin'],
      description: null,
      agency: true,
    });
  });

  it('dates statements and events', () => {
    expect(plan.statements.find((s) => s.id === 'dprk-troops-combat-ready-by-1-november')).toMatchObject({
      refersTo: {
        date: '2024-11-01',
        precision: 'ON_OR_BEFORE',
        knownBy: '2024-11-01',
        text: 'by 1 November',
      },
      figure: null,
    });
    expect(plan.statements.find((s) => s.id === 'dprk-decided-to-send-12000')?.figure).toEqual({
      qualifier: 'APPROXIMATE',
      value: 12000,
      low: null,
      high: null,
      phrase: null,
      unit: 'troops',
      kind: 'OBSERVED',
      target: null,
    });
    expect(plan.events.find((e) => e.id === 'unga-first-committee-meeting')?.date).toEqual({
      date: '2024-10-22',
      precision: 'ON_OR_BEFORE',
      knownBy: '2024-10-22',
      text: null,
    });
  });
});

describe('planBundle refuses bad bundles whole, naming JSON paths', () => {
  it('collects schema, reference and date problems together', () => {
    const bundle = loadSeedBundle();
    at(bundle.stances, 3).actor = 'Atlantis';
    at(bundle.stances, 5).date = { date: '2024-02-30' };
    at(bundle.stances, 6).date = { text: 'soon' };
    at(bundle.stances, 7).statement = 'no-such-statement';
    at(bundle.statements, 0).about = ['no-such-event'];
    at(bundle.links, 0).to = 'no-such-statement';
    expect(problemsOf(() => planBundle(bundle, EMPTY_GRAPH))).toEqual({
      code: ErrorCode.INVALID_BUNDLE,
      problems: [
        {
          path: '$.statements[0].about[0]',
          message: 'unknown event "no-such-event": not in the bundle or the graph',
        },
        {
          path: '$.stances[3].actor',
          message:
            'unknown actor "Atlantis": not an id, name or alias of an actor in the bundle or the graph',
        },
        {
          path: '$.stances[7].statement',
          message: 'unknown statement "no-such-statement": not in the bundle or the graph',
        },
        {
          path: '$.links[0].to',
          message: 'unknown statement "no-such-statement": not in the bundle or the graph',
        },
        {
          path: '$.stances[5].date.date',
          message: '2024-02-30 is not a calendar date (YYYY-MM-DD, years 0001–9999)',
        },
        {
          path: '$.stances[6].date.text',
          message: expect.stringMatching(/^cannot read the date phrase "soon"/),
        },
      ],
    });
    // Semantic checks run only on a bundle the schema accepts: a schema problem comes alone.
    Object.assign(at(bundle.stances, 4), { stance: 'SAID' });
    expect(problemsOf(() => planBundle(bundle, EMPTY_GRAPH)).problems).toEqual([
      {
        path: '$.stances[4].stance',
        message:
          'must be one of CLAIMED, CONFIRMED, DENIED, DECLINED_TO_CONFIRM, DID_NOT_DENY, DECLINED_TO_COMMENT, RETRACTED',
      },
    ]);
  });

  it('refuses duplicate ids, ids used for two kinds, self-references and a bad article date', () => {
    const bundle = {
      format: 'claimgraph-bundle/1',
      article: { id: 'article-x', title: 'X', published: '2024-02-30' },
      actors: [
        { id: 'kremlin', name: 'Kremlin', kind: 'GOVERNMENT_OFFICE', aliases: ['the Kremlin'] },
        { id: 'kremlin', name: 'Moscow', kind: 'GOVERNMENT_OFFICE' },
      ],
      relations: [{ from: 'kremlin', type: 'PART_OF', to: 'The Kremlin' }],
      events: [{ id: 'war', name: 'War', type: 'ARMED_CONFLICT', partOf: ['war'] }],
      statements: [
        { id: 'war', text: 'A statement reusing an event id.' },
        { id: 'claim', text: 'A claim.' },
      ],
      stances: [{ actor: 'kremlin', statement: 'war', stance: 'DENIED', relayOf: 'Kremlin' }],
      links: [{ from: 'claim', type: 'SUPPORTS', to: 'claim' }],
    };
    expect(problemsOf(() => planBundle(bundle, EMPTY_GRAPH)).problems).toEqual([
      { path: '$.actors[1].id', message: 'duplicate id "kremlin" (first at $.actors[0].id)' },
      { path: '$.statements[0].id', message: 'id "war" is already used by an event at $.events[0].id' },
      { path: '$.stances[0].statement', message: '"war" is an event, not a statement' },
      { path: '$.article.published', message: '2024-02-30 is not a calendar date' },
      { path: '$.relations[0].to', message: 'an actor cannot be in a PART_OF relation with itself' },
      { path: '$.events[0].partOf[0]', message: 'an event cannot be part of itself' },
      { path: '$.stances[0].relayOf', message: 'an actor cannot relay itself' },
      { path: '$.links[0].to', message: 'a statement cannot support itself' },
    ]);
  });

  it('refuses a repeated stance and a repeated link', () => {
    const bundle = loadSeedBundle();
    bundle.stances.push({ ...at(bundle.stances, 0), quote: 'again' });
    bundle.links.push({ ...at(bundle.links, 1) });
    expect(problemsOf(() => planBundle(bundle, EMPTY_GRAPH)).problems).toEqual([
      {
        path: '$.stances[19]',
        message: 'repeats $.stances[0] (same actor, stance and statement, at a date that may be the same)',
      },
      { path: '$.links[11]', message: 'repeats $.links[1] (the same link)' },
    ]);
  });

  it('refuses an id that belongs to another kind of node in the graph', () => {
    const bundle = { ...LATER, statements: [{ id: 'north-korea', text: 'A statement with an actor id.' }] };
    expect(problemsOf(() => planBundle(bundle, SEEDED)).problems).toEqual([
      { path: '$.statements[0].id', message: 'id "north-korea" already belongs to an actor in the graph' },
    ]);
  });
});

describe('planBundle resolves references against the graph', () => {
  it('attaches stances to graph statements by id and to graph actors by alias', () => {
    const bundle = {
      ...LATER,
      article: { ...LATER.article, cites: ['NIS'] },
      stances: [
        {
          actor: 'Pyongyang',
          statement: 'dprk-troops-to-russia',
          stance: 'DENIED',
          date: { text: 'last week' },
        },
        {
          actor: 'washington',
          statement: 'dprk-troops-to-russia',
          stance: 'CONFIRMED',
          date: { text: 'on Monday' },
        },
      ],
    };
    const plan = planBundle(bundle, SEEDED);
    expect(plan.stances.map((s) => `${s.actorId}:${s.type}:${s.statementId}:${s.date.date}`)).toEqual([
      'north-korea:DENIED:dprk-troops-to-russia:2024-10-28',
      'united-states:CONFIRMED:dprk-troops-to-russia:2024-11-04',
    ]);
    expect(plan.cites).toEqual(['south-korea-nis']);
    expect(plan.reports).toEqual(['dprk-troops-to-russia']);
    expect(plan.edges).toEqual([]);
    // The statement is only reported, not redefined.
    expect(plan.statements).toEqual([]);
    expect(plan.mentions).toEqual({
      actors: ['north-korea', 'south-korea-nis', 'united-states'],
      events: [],
      statements: ['dprk-troops-to-russia'],
    });
  });

  it('extends a known actor declared again with new aliases', () => {
    const bundle = {
      ...LATER,
      actors: [
        {
          id: 'north-korea',
          name: 'North Korea',
          kind: 'STATE',
          aliases: ['Democratic People’s Republic of Korea'],
        },
      ],
      stances: [
        {
          actor: 'Democratic People’s Republic of Korea',
          statement: 'dprk-troops-to-russia',
          stance: 'DENIED',
        },
      ],
    };
    const plan = planBundle(bundle, SEEDED);
    expect(plan.actors[0]?.aliasKeys).toEqual(['north korea', 'democratic peoples republic of korea']);
    expect(plan.stances[0]?.actorId).toBe('north-korea');
    expect(plan.warnings).toEqual([]);
  });

  it('keeps a new actor that shares a known name apart, and calls references by that name ambiguous', () => {
    const bundle = {
      ...LATER,
      actors: [
        {
          id: 'dprk-government',
          name: 'Government of North Korea',
          kind: 'GOVERNMENT_OFFICE',
          aliases: ['Pyongyang'],
        },
      ],
      stances: [
        { actor: 'Pyongyang', statement: 'dprk-troops-to-russia', stance: 'DENIED' },
        { actor: 'dprk-government', statement: 'dprk-troops-to-russia', stance: 'DENIED' },
      ],
    };
    const error = (() => {
      try {
        planBundle(bundle, SEEDED);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AmbiguousReferenceError);
    const ambiguous = error as AmbiguousReferenceError;
    expect(ambiguous.extensions.code).toBe('AMBIGUOUS_REFERENCE');
    expect(ambiguous.references).toEqual([
      { path: '$.stances[0].actor', reference: 'Pyongyang', candidates: ['dprk-government', 'north-korea'] },
    ]);
    expect(ambiguous.message).toBe(
      'Ambiguous reference: $.stances[0].actor: "Pyongyang" matches dprk-government, north-korea; refer to one of them by id',
    );

    bundle.stances[0] = { actor: 'north-korea', statement: 'dprk-troops-to-russia', stance: 'DENIED' };
    const plan = planBundle(bundle, SEEDED);
    expect(plan.stances.map((s) => s.actorId)).toEqual(['north-korea', 'dprk-government']);
    expect(plan.warnings).toEqual([
      {
        path: '$.actors[0]',
        message:
          'new actor "dprk-government" shares a name or alias with north-korea in the graph; it is kept apart (ids are the identity), and references by the shared name are ambiguous',
      },
    ]);
  });

  it('lists ambiguous references among the problems when there are others', () => {
    const bundle = {
      ...LATER,
      actors: [
        {
          id: 'dprk-government',
          name: 'Government of North Korea',
          kind: 'GOVERNMENT_OFFICE',
          aliases: ['Pyongyang'],
        },
      ],
      stances: [{ actor: 'Pyongyang', statement: 'nothing-like-it', stance: 'DENIED' }],
    };
    expect(problemsOf(() => planBundle(bundle, SEEDED))).toEqual({
      code: 'INVALID_BUNDLE',
      problems: [
        {
          path: '$.stances[0].statement',
          message: 'unknown statement "nothing-like-it": not in the bundle or the graph',
        },
        {
          path: '$.stances[0].actor',
          message:
            'ambiguous reference "Pyongyang": matches dprk-government, north-korea; refer to one by id',
        },
      ],
    });
  });

  it('names a reference to a node of the wrong kind', () => {
    const bundle = {
      ...LATER,
      stances: [{ actor: 'dprk-troops-to-russia', statement: 'north-korea', stance: 'CLAIMED' }],
    };
    expect(problemsOf(() => planBundle(bundle, SEEDED)).problems).toEqual([
      { path: '$.stances[0].actor', message: '"dprk-troops-to-russia" is a statement, not an actor' },
      { path: '$.stances[0].statement', message: '"north-korea" is an actor, not a statement' },
    ]);
  });
});

describe('graph questions', () => {
  const parsed = parseBundle({
    ...LATER,
    article: { ...LATER.article, cites: ['Yonhap'] },
    actors: [{ id: 'kcna', name: 'Korean Central News Agency', kind: 'NEWS_AGENCY', aliases: ['KCNA'] }],
    stances: [
      { actor: 'The Kremlin', statement: 'x', stance: 'CLAIMED', relayOf: 'NIS', event: 'e' },
      { actor: 'kcna', statement: 'y', stance: 'DENIED' },
    ],
    links: [{ from: 'x', type: 'SUPPORTS', to: 'y' }],
  });
  if (!parsed.ok) throw new Error('expected a valid bundle');
  const refs = collectReferences(parsed.bundle);

  it('collects every reference with its path in one walk, and asks about every id', () => {
    expect(refs.references).toEqual([
      { path: '$.article.cites[0]', kind: 'actor', ref: 'Yonhap' },
      { path: '$.stances[0].actor', kind: 'actor', ref: 'The Kremlin' },
      { path: '$.stances[0].statement', kind: 'statement', ref: 'x' },
      { path: '$.stances[0].event', kind: 'event', ref: 'e' },
      { path: '$.stances[0].relayOf', kind: 'actor', ref: 'NIS' },
      { path: '$.stances[1].actor', kind: 'actor', ref: 'kcna' },
      { path: '$.stances[1].statement', kind: 'statement', ref: 'y' },
      { path: '$.links[0].from', kind: 'statement', ref: 'x' },
      { path: '$.links[0].to', kind: 'statement', ref: 'y' },
    ]);
    expect(idQuestions(refs)).toEqual([
      'NIS',
      'The Kremlin',
      'Yonhap',
      'article-later',
      'e',
      'kcna',
      'x',
      'y',
    ]);
  });

  it('asks for the keys of references that are no actor id, and of new actors’ names', () => {
    expect(aliasQuestions(parsed.bundle, refs, new Set())).toEqual([
      'kcna',
      'korean central news agency',
      'kremlin',
      'nis',
      'yonhap',
    ]);
  });

  it('asks nothing about references the graph knows as actor ids, nor about known actors’ names', () => {
    expect(aliasQuestions(parsed.bundle, refs, new Set(['NIS', 'Yonhap', 'kcna']))).toEqual(['kremlin']);
  });
});
