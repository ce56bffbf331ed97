/**
 * Test bundles written from reporting on the Nord Stream pipeline explosions of September 2022
 * (not the seed story): a first version of an article, its correction, and other articles
 * reporting some of the same stances.
 */
import type { Bundle, BundleActor } from '../../../../src/ingest/bundleFormat';
import { at, type FullBundle } from '../../../support/bundles';

const ACTORS: BundleActor[] = [
  { id: 'sweden', name: 'Sweden', kind: 'STATE' },
  { id: 'russia', name: 'Russia', kind: 'STATE', aliases: ['Moscow', 'the Kremlin'] },
  { id: 'united-states', name: 'United States', kind: 'STATE', aliases: ['US', 'Washington'] },
  {
    id: 'swedish-security-service',
    name: 'Swedish Security Service',
    kind: 'INTELLIGENCE_SERVICE',
    aliases: ['Säpo'],
  },
  { id: 'danish-energy-agency', name: 'Danish Energy Agency', kind: 'GOVERNMENT_OFFICE' },
];

/** Version 1 of an article of 30 September 2022. */
export function nordStreamV1(): FullBundle {
  return {
    format: 'claimgraph-bundle/2',
    article: {
      id: 'article-nord-stream-leaks',
      title: 'Sweden says Nord Stream leaks were caused by detonations',
      published: '2022-09-30',
      publisher: 'Test Wire',
      cites: ['Säpo'],
    },
    actors: ACTORS,
    relations: [{ from: 'swedish-security-service', type: 'PART_OF', to: 'sweden' }],
    events: [
      {
        id: 'nord-stream-explosions',
        name: 'Nord Stream pipeline explosions',
        type: 'ATTACK',
        place: 'Baltic Sea, off Bornholm',
        date: { date: '2022-09-26' },
        participants: [{ actor: 'sweden', role: 'investigating state' }],
      },
    ],
    statements: [
      {
        id: 'nord-stream-sabotage',
        text: 'The Nord Stream leaks were caused by deliberate sabotage.',
        about: ['nord-stream-explosions'],
      },
      {
        id: 'nord-stream-gas-released',
        text: 'The leaks released about 500 million cubic metres of gas.',
        about: ['nord-stream-explosions'],
        figure: { qualifier: 'APPROXIMATE', value: 500, unit: 'million cubic metres' },
      },
      {
        id: 'nord-stream-us-behind',
        text: 'The United States was behind the explosions.',
        about: ['nord-stream-explosions'],
      },
    ],
    stances: [
      {
        actor: 'Sweden',
        statement: 'nord-stream-sabotage',
        stance: 'CLAIMED',
        date: { text: 'on Tuesday' },
        quote: 'detonations',
      },
      {
        actor: 'danish-energy-agency',
        statement: 'nord-stream-gas-released',
        stance: 'CLAIMED',
        date: { date: '2022-09-28' },
      },
      {
        actor: 'Moscow',
        statement: 'nord-stream-us-behind',
        stance: 'CLAIMED',
        date: { date: '2022-09-29' },
      },
      {
        actor: 'Washington',
        statement: 'nord-stream-us-behind',
        stance: 'DENIED',
        date: { date: '2022-09-29' },
        quote: 'preposterous',
      },
    ],
    links: [{ from: 'nord-stream-us-behind', type: 'REFUTES', to: 'nord-stream-sabotage' }],
  };
}

/**
 * The corrected article: the figure corrected (778, exact), Russia's claim and the link
 * dropped, the security service's relation dropped, Denmark's stance now a non-denial.
 */
export function nordStreamV2(): FullBundle {
  const b = nordStreamV1();
  b.article.title = 'Sweden says Nord Stream leaks were caused by detonations (corrected)';
  at(b.statements, 1).text = 'The leaks released 778 million cubic metres of gas.';
  at(b.statements, 1).figure = { qualifier: 'EXACT', value: 778, unit: 'million cubic metres' };
  b.stances = b.stances.filter((s) => s.actor !== 'Moscow');
  b.stances.push({
    actor: 'danish-energy-agency',
    statement: 'nord-stream-sabotage',
    stance: 'DID_NOT_DENY',
    date: { date: '2022-09-29' },
  });
  b.relations = [];
  b.links = [];
  b.actors = b.actors.filter((a) => a.id !== 'russia');
  return b;
}

/** Another article defining and reporting the sabotage statement. */
export function nordStreamOther(): Bundle {
  return {
    format: 'claimgraph-bundle/2',
    article: {
      id: 'article-nord-stream-denmark',
      title: 'Denmark also points to sabotage',
      published: '2022-10-18',
    },
    actors: [{ id: 'denmark', name: 'Denmark', kind: 'STATE' }],
    statements: [
      { id: 'nord-stream-sabotage', text: 'The Nord Stream leaks were caused by deliberate sabotage.' },
    ],
    stances: [
      {
        actor: 'denmark',
        statement: 'nord-stream-sabotage',
        stance: 'CLAIMED',
        date: { date: '2022-10-18' },
      },
      { actor: 'sweden', statement: 'nord-stream-sabotage', stance: 'CLAIMED', date: { date: '2022-09-27' } },
    ],
  };
}

/** A later article reporting the US denial again, with a coarser date ("last week"). */
export function nordStreamWeekLater(): Bundle {
  return {
    format: 'claimgraph-bundle/2',
    article: { id: 'article-nord-stream-week-later', title: 'A week of denials', published: '2022-10-06' },
    stances: [
      {
        actor: 'united-states',
        statement: 'nord-stream-us-behind',
        stance: 'DENIED',
        date: { text: 'last week' },
      },
    ],
  };
}

/** Months later: the United States denies again, a new stance. */
export function nordStreamFebruary(): Bundle {
  return {
    format: 'claimgraph-bundle/2',
    article: {
      id: 'article-nord-stream-february',
      title: 'White House rejects report',
      published: '2023-02-09',
    },
    stances: [
      {
        actor: 'united-states',
        statement: 'nord-stream-us-behind',
        stance: 'DENIED',
        date: { date: '2023-02-08' },
        quote: 'utterly false and complete fiction',
      },
    ],
  };
}
