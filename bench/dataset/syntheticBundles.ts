import type {
  ActorKind,
  Bundle,
  BundleActor,
  BundleEvent,
  BundleLink,
  BundleRelation,
  BundleStance,
  BundleStatement,
  EventType,
  Precision,
  StanceType,
} from '../../src/ingest/bundleTypes';

/** How big the synthetic scale-up is. Defaults give N+1 somewhere to show. */
export interface DatasetSize {
  actors: number;
  statements: number;
  stances: number;
  links: number;
  events: number;
  /** Articles (one bundle each); every other item lives in one of them. */
  bundles: number;
}

export const DEFAULT_SIZE: DatasetSize = {
  actors: 2_000,
  statements: 5_000,
  stances: 20_000,
  links: 3_000,
  events: 200,
  bundles: 25,
};

/** Scales every count (not the bundle count) by `factor`; BENCH_SCALE=0.1 gives a quick run. */
export function scaledSize(factor: number): DatasetSize {
  const n = (v: number, min: number) => Math.max(min, Math.round(v * factor));
  return {
    actors: n(DEFAULT_SIZE.actors, 60),
    statements: n(DEFAULT_SIZE.statements, 60),
    stances: n(DEFAULT_SIZE.stances, 200),
    links: n(DEFAULT_SIZE.links, 20),
    events: n(DEFAULT_SIZE.events, 40),
    bundles: Math.max(5, Math.min(DEFAULT_SIZE.bundles, Math.round(DEFAULT_SIZE.bundles * factor))),
  };
}

/** mulberry32: a tiny seeded PRNG, so every run builds the same graph. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ADJECTIVES =
  'Amber Arctic Azure Bold Bright Cobalt Coral Crimson Distant Eastern Emerald Fading Golden Granite Hidden Iron Ivory Jade Lunar Misty Northern Onyx Pale Quiet Rapid Scarlet Silent Silver Solar Southern Steady Stone Swift Tidal Umber Violet Western Winter Yellow Zephyr'.split(
    ' ',
  );
const NOUNS =
  'Anchor Badger Beacon Bridge Canyon Cedar Comet Condor Delta Ember Falcon Fjord Forge Garden Harbour Heron Island Juniper Kestrel Lantern Maple Meadow Mesa Orchard Otter Pioneer Quarry Raven Ridge River Sentinel Summit Tower Tundra Valley Vector Willow Wolf Yarrow Zenith'.split(
    ' ',
  );
const OTHER_KINDS: ActorKind[] = [
  'PERSON',
  'PERSON',
  'PERSON',
  'ORGANISATION',
  'GROUP',
  'INTELLIGENCE_SERVICE',
  'MINISTRY',
  'GOVERNMENT_OFFICE',
  'MILITARY',
  'NEWS_AGENCY',
  'INTERNATIONAL_BODY',
];
const EVENT_TYPES: EventType[] = [
  'DEPLOYMENT',
  'TRAINING',
  'TROOP_MOVEMENT',
  'MEETING',
  'SUPPLY',
  'ATTACK',
  'OTHER',
];
const STATES = 50;

const pad = (i: number, width = 4) => String(i).padStart(width, '0');
export const benchActorId = (i: number) => `bench-actor-${pad(i)}`;
export const benchStatementId = (i: number) => `bench-statement-${pad(i, 5)}`;
const eventId = (i: number) => `bench-event-${pad(i)}`;
const articleId = (i: number) => `bench-article-${pad(i, 3)}`;

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2024, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date in 2024 already at the start of its period, as ingestion would store it. */
function stanceDate(rand: () => number): { date: string; precision: Precision } {
  const day = YEAR_START + Math.floor(rand() * 366) * DAY_MS;
  const p = rand();
  if (p < 0.8) return { date: isoDay(day), precision: 'DAY' };
  if (p < 0.9) {
    const weekday = (new Date(day).getUTCDay() + 6) % 7; // 0 = Monday
    return { date: isoDay(day - weekday * DAY_MS), precision: 'WEEK' };
  }
  const d = new Date(day);
  return { date: isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)), precision: 'MONTH' };
}

function stanceType(rand: () => number): StanceType {
  const p = rand();
  if (p < 0.5) return 'CLAIMED';
  if (p < 0.65) return 'CONFIRMED';
  if (p < 0.9) return 'DENIED';
  return 'DECLINED_TO_CONFIRM';
}

/**
 * Builds the synthetic scale-up as article bundles (format `claimgraph-bundle/1`), to be
 * ingested in order through `ingestBundle`. Deterministic (fixed seed). Skewed on purpose:
 * a few actors and statements carry many stances (actor index ~ n·u², statement index ~ n·u^1.4),
 * as in real news graphs, so that per-parent queries (N+1) would cost visibly. Actor names sort
 * in an order unrelated to their ids, so "the first 100 actors by name" is a spread sample.
 * Every item references only items of its own or an earlier bundle.
 */
export function syntheticBundles(size: DatasetSize = DEFAULT_SIZE, seed = 20241022): Bundle[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const bundleOf = (index: number, count: number) =>
    Math.min(size.bundles - 1, Math.floor((index * size.bundles) / count));
  const bundles: Bundle[] = Array.from({ length: size.bundles }, (_, k) => ({
    format: 'claimgraph-bundle/1',
    article: {
      id: articleId(k),
      title: `Synthetic benchmark article ${k}`,
      published: isoDay(Date.UTC(2025, 0, 1) + k * DAY_MS),
      publisher: 'claimgraph bench',
    },
    actors: [],
    relations: [],
    events: [],
    statements: [],
    stances: [],
    links: [],
  }));
  const into = (k: number) => bundles[k] as Required<Bundle>;

  for (let i = 0; i < size.actors; i++) {
    const kind: ActorKind = i < STATES ? 'STATE' : pick(OTHER_KINDS);
    const actor: BundleActor = {
      id: benchActorId(i),
      name: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pad(i)}`,
      kind,
      aliases: [],
    };
    if (rand() < 0.2) actor.aliases = [`BA${pad(i)}`];
    into(bundleOf(i, size.actors)).actors.push(actor);
    if (i >= STATES) {
      const relation: BundleRelation = {
        from: actor.id,
        type: kind === 'PERSON' ? 'REPRESENTS' : 'PART_OF',
        to: benchActorId(i % STATES),
        role: kind === 'PERSON' ? 'Spokesperson' : null,
      };
      into(bundleOf(i, size.actors)).relations.push(relation);
    }
  }

  const topEvents = Math.min(20, Math.floor(size.events / 2));
  for (let e = 0; e < size.events; e++) {
    const k = bundleOf(e, size.events);
    const event: BundleEvent = {
      id: eventId(e),
      name: `${pick(ADJECTIVES)} ${pick(NOUNS)} operation ${pad(e)}`,
      type: e < topEvents ? 'ARMED_CONFLICT' : pick(EVENT_TYPES),
      date: { date: isoDay(YEAR_START + Math.floor(rand() * 366) * DAY_MS) },
    };
    if (e >= topEvents) event.partOf = [eventId(e % topEvents)];
    // A participant from an actor already defined (same or earlier bundle).
    const lastActor = Math.floor(((k + 1) * size.actors) / size.bundles) - 1;
    event.participants = [{ actor: benchActorId(Math.floor(rand() * (lastActor + 1))), role: 'participant' }];
    into(k).events.push(event);
  }

  for (let s = 0; s < size.statements; s++) {
    const k = bundleOf(s, size.statements);
    const lastEvent = Math.floor(((k + 1) * size.events) / size.bundles) - 1;
    const statement: BundleStatement = {
      id: benchStatementId(s),
      text: `${pick(ADJECTIVES)} ${pick(NOUNS)} forces moved toward ${pick(NOUNS)} ${pick(NOUNS)} (synthetic claim ${s}).`,
      about: [eventId(Math.floor(rand() * (lastEvent + 1)))],
    };
    if (rand() < 0.3)
      statement.figure = {
        value: 100 * (1 + Math.floor(rand() * 150)),
        unit: 'troops',
        approximate: rand() < 0.5,
      };
    into(k).statements.push(statement);
  }

  const stanceIds = new Set<string>();
  while (stanceIds.size < size.stances) {
    const a = Math.floor(size.actors * rand() ** 2);
    const s = Math.floor(size.statements * rand() ** 1.4);
    const type = stanceType(rand);
    const { date, precision } = stanceDate(rand);
    const key = `${benchActorId(a)}:${type}:${benchStatementId(s)}:${date}`;
    if (stanceIds.has(key)) continue;
    stanceIds.add(key);
    const stance: BundleStance = {
      actor: benchActorId(a),
      statement: benchStatementId(s),
      stance: type,
      date: { date, precision },
    };
    if (rand() < 0.3)
      stance.quote = `Synthetic quote ${stanceIds.size}: "${pick(ADJECTIVES)} ${pick(NOUNS)}".`;
    if (rand() < 0.1) stance.venue = `${pick(NOUNS)} press conference`;
    const k = Math.max(
      bundleOf(a, size.actors),
      bundleOf(s, size.statements),
      Math.floor(rand() * size.bundles),
    );
    into(k).stances.push(stance);
  }

  const pairs = new Set<string>();
  while (pairs.size < size.links) {
    const from = Math.floor(size.statements * rand());
    const to = Math.floor(size.statements * rand() ** 1.4);
    if (from === to || pairs.has(`${from}>${to}`) || pairs.has(`${to}>${from}`)) continue;
    pairs.add(`${from}>${to}`);
    const link: BundleLink = {
      from: benchStatementId(from),
      type: rand() < 0.7 ? 'SUPPORTS' : 'REFUTES',
      to: benchStatementId(to),
    };
    const k = Math.max(
      bundleOf(from, size.statements),
      bundleOf(to, size.statements),
      Math.floor(rand() * size.bundles),
    );
    into(k).links.push(link);
  }

  return bundles;
}
