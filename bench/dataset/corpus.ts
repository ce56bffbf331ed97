/**
 * The benchmark corpus: a deterministic generator of `claimgraph-bundle/1` article bundles, the
 * one both `npm run bench` and `npm run bench:ingest` use. Same options, same bytes, every run.
 *
 * Shape (N statements):
 * - 50 states, of which 5 are supernodes: 60 % of statements get one stance from one of them,
 *   so at N = 200,000 each holds about 24,000 stances;
 * - N / 4 other actors (people, ministries, agencies), each PART_OF or REPRESENTS a state; each
 *   statement gets 1 to 3 stances from them (about 8 per actor on average);
 * - 10 hub statements with 80 stances each; SUPPORTS / REFUTES links from a quarter of the
 *   statements to earlier ones, skewed towards the first ones;
 * - N / 100 events; words from two small vocabularies in texts and quotes, for full-text search.
 *
 * Bundle 0 defines every actor, relation and event (above 400,000 statements the first actors
 * come before it, in bundles of definitions: a bundle holds at most 100,000); statement i lives in bundle ⌊i·B/N⌋ with its
 * stances and outgoing links (to earlier statements), so bundles ingest in name order. Only
 * long-stable bundle fields are used (no figures), so the corpus stays valid while the format
 * grows. Bump GENERATOR_VERSION whenever the output changes: cached stores are keyed by it.
 */
export const GENERATOR_VERSION = 2;

export interface CorpusOptions {
  statements: number;
  /** Article bundles (default: one per 200 statements). */
  bundles?: number;
  /** Id prefix, so several corpora can share a database. */
  prefix?: string;
  seed?: number;
}

export type JsonBundle = {
  format: 'claimgraph-bundle/1';
  article: { id: string; title: string; published: string; publisher: string };
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  events: Record<string, unknown>[];
  statements: Record<string, unknown>[];
  stances: Record<string, unknown>[];
  links: Record<string, unknown>[];
};

export const SUPERNODES = 5;
const STATES = 50;
const HUB_STATEMENTS = 10;
const HUB_STANCES = 80;
/** Actors (and relations) one bundle may define (the format's maxItems). */
const MAX_DEFINITIONS = 100_000;

export interface CorpusIds {
  actor(i: number): string;
  state(i: number): string;
  statement(i: number): string;
  event(i: number): string;
  article(k: number): string;
}

export function corpusIds(prefix = 'bench'): CorpusIds {
  return {
    state: (i) => `${prefix}-state-${pad(i, 2)}`,
    actor: (i) => `${prefix}-actor-${pad(i, 6)}`,
    statement: (i) => `${prefix}-statement-${pad(i, 7)}`,
    event: (i) => `${prefix}-event-${pad(i, 5)}`,
    article: (k) => `${prefix}-article-${pad(k, 5)}`,
  };
}

/** Sizes derived from the statement count (the report prints them). */
export function corpusSizes(o: CorpusOptions) {
  const statements = Math.max(20, Math.floor(o.statements));
  return {
    statements,
    actors: Math.max(100, Math.floor(statements / 4)),
    states: STATES,
    events: Math.max(20, Math.floor(statements / 100)),
    bundles: Math.max(1, Math.min(statements, o.bundles ?? Math.ceil(statements / 200))),
  };
}

/** mulberry32: a tiny seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ADJECTIVES =
  'Amber Arctic Azure Bold Bright Cobalt Coral Crimson Distant Eastern Emerald Fading Golden Granite Hidden Iron Ivory Jade Lunar Misty Northern Onyx Pale Quiet Rapid Scarlet Silent Silver Solar Southern Steady Stone Swift Tidal Umber Violet Western Winter Yellow Zephyr'.split(
    ' ',
  );
export const NOUNS =
  'Anchor Badger Beacon Bridge Canyon Cedar Comet Condor Delta Ember Falcon Fjord Forge Garden Harbour Heron Island Juniper Kestrel Lantern Maple Meadow Mesa Orchard Otter Pioneer Quarry Raven Ridge River Sentinel Summit Tower Tundra Valley Vector Willow Wolf Yarrow Zenith'.split(
    ' ',
  );
const OTHER_KINDS = [
  'PERSON',
  'PERSON',
  'PERSON',
  'ORGANISATION',
  'MINISTRY',
  'INTELLIGENCE_SERVICE',
  'MILITARY',
];
const EVENT_TYPES = ['DEPLOYMENT', 'TRAINING', 'TROOP_MOVEMENT', 'MEETING', 'SUPPLY', 'ATTACK', 'OTHER'];

const pad = (i: number, width: number) => String(i).padStart(width, '0');
const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2024, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function stanceType(u: number): string {
  if (u < 0.5) return 'CLAIMED';
  if (u < 0.65) return 'CONFIRMED';
  if (u < 0.9) return 'DENIED';
  return 'DECLINED_TO_CONFIRM';
}

/** The bundles, one at a time (a 1,000-bundle corpus never sits in memory whole). */
export function* corpusBundles(options: CorpusOptions): Generator<JsonBundle> {
  const size = corpusSizes(options);
  const ids = corpusIds(options.prefix);
  const rand = prng(options.seed ?? 20241022);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const bundleOf = (i: number) => Math.floor((i * size.bundles) / size.statements);

  const empty = (k: number): JsonBundle => ({
    format: 'claimgraph-bundle/1',
    article: {
      id: ids.article(k),
      title: `Benchmark article ${k}: ${pick(ADJECTIVES)} ${pick(NOUNS)}`,
      published: isoDay(Date.UTC(2025, 0, 1) + (k % 3000) * DAY_MS),
      publisher: 'claimgraph bench',
    },
    actors: [],
    relations: [],
    events: [],
    statements: [],
    stances: [],
    links: [],
  });

  let bundle = empty(0);
  for (let i = 0; i < STATES; i++) {
    bundle.actors.push({ id: ids.state(i), name: `State ${pick(NOUNS)} ${pad(i, 2)}`, kind: 'STATE' });
  }
  for (let i = 0; i < size.actors; i++) {
    const kind = pick(OTHER_KINDS);
    const actor: Record<string, unknown> = {
      id: ids.actor(i),
      name: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pad(i, 6)}`,
      kind,
    };
    if (rand() < 0.2) actor.aliases = [`BA${pad(i, 6)}`];
    bundle.actors.push(actor);
    bundle.relations.push({
      from: ids.actor(i),
      type: kind === 'PERSON' ? 'REPRESENTS' : 'PART_OF',
      to: ids.state(i % STATES),
    });
  }
  for (let e = 0; e < size.events; e++) {
    bundle.events.push({
      id: ids.event(e),
      name: `${pick(ADJECTIVES)} ${pick(NOUNS)} operation ${pad(e, 5)}`,
      type: pick(EVENT_TYPES),
      date: { date: isoDay(YEAR_START + Math.floor(rand() * 366) * DAY_MS), precision: 'DAY' },
    });
  }

  // The format caps a bundle at 100,000 actors and relations. Above that (more than 400,000
  // statements) the first actors, states included, are defined in bundles of their own that
  // come first; smaller corpora are unchanged.
  for (let d = 0; bundle.actors.length > MAX_DEFINITIONS; d++) {
    const actors = bundle.actors.splice(0, MAX_DEFINITIONS);
    const defined = new Set(actors.map((actor) => actor.id));
    yield {
      ...bundle,
      article: { ...bundle.article, id: `${options.prefix ?? 'bench'}-definitions-${pad(d, 2)}` },
      actors,
      relations: bundle.relations.filter((r) => defined.has(r.from)),
      events: [],
      statements: [],
      stances: [],
      links: [],
    };
    bundle.relations = bundle.relations.filter((r) => !defined.has(r.from));
  }

  let current = 0;
  for (let s = 0; s < size.statements; s++) {
    const k = bundleOf(s);
    if (k !== current) {
      yield bundle;
      bundle = empty(k);
      current = k;
    }
    bundle.statements.push({
      id: ids.statement(s),
      text: `${pick(ADJECTIVES)} ${pick(NOUNS)} forces moved toward ${pick(NOUNS)} ${pick(NOUNS)} (claim ${s}).`,
      about: [ids.event(Math.floor(rand() * size.events))],
    });
    const seen = new Set<string>();
    const stance = (actor: string) => {
      const type = stanceType(rand());
      const date = isoDay(YEAR_START + Math.floor(rand() * 366) * DAY_MS);
      const key = `${actor}|${type}|${date}`;
      if (seen.has(key)) return;
      seen.add(key);
      const row: Record<string, unknown> = {
        actor,
        statement: ids.statement(s),
        stance: type,
        date: { date, precision: 'DAY' },
      };
      if (rand() < 0.3) row.quote = `Quote ${s}: "${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(NOUNS)}".`;
      bundle.stances.push(row);
    };
    const others = s < HUB_STATEMENTS ? HUB_STANCES : 1 + Math.floor(rand() * 3);
    for (let j = 0; j < others; j++) stance(ids.actor(Math.floor(rand() * size.actors)));
    if (rand() < 0.6) stance(ids.state(Math.floor(SUPERNODES * rand())));
    if (s > 0 && rand() < 0.25) {
      const to = Math.floor(s * rand() ** 2);
      bundle.links.push({
        from: ids.statement(s),
        type: rand() < 0.7 ? 'SUPPORTS' : 'REFUTES',
        to: ids.statement(to),
      });
    }
  }
  yield bundle;
}
