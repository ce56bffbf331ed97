import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import type { Db } from '../db';
import { appendTo } from './appendTo';

/**
 * Near-duplicate actors: names that probably mean the same actor although they are not equal
 * once normalised (exact alias matches are entity resolution's job). Rules, each a `reason`:
 * - ACCENTS: equal once transliterated to ASCII (Łódź / Lodz, Erdoğan / Erdogan);
 * - TRANSLITERATION: equal once spelling variants are folded (Zelensky / Zelenskyy / Zelenskiy,
 *   Mueller / Müller, Kharkiv / Harkiv);
 * - TITLE: equal once honorifics and titles are dropped (President Zelensky / Zelensky);
 * - WORD_ORDER: the same words in another order (Kim Jong Un / Jong Un Kim);
 * - ACRONYM: one is written as an acronym of the other (NIS / National Intelligence Service);
 * - PART_OF_NAME: every word of one (of at least 4 letters) is a word of the other
 *   (Zelensky / Volodymyr Zelenskyy);
 * - SPELLING: a small edit distance between the folded names (Zelenkyy / Zelenskyy): 1 edit up
 *   to 8 letters, 2 beyond.
 * Matching is by keys (`actorMatchKeys`), stored on `:Actor` as `matchKeys` and indexed by the
 * `claimgraph_actor_keys` full-text index, plus a fuzzy query on names and aliases in the
 * actors-only `claimgraph_actor_names` index.
 */
export type NearDuplicateReason =
  'ACCENTS' | 'TRANSLITERATION' | 'TITLE' | 'WORD_ORDER' | 'ACRONYM' | 'PART_OF_NAME' | 'SPELLING';

export interface NearDuplicateCandidate {
  id: string;
  name: string;
  reason: NearDuplicateReason;
}

export interface NewActor {
  /** JSON path of the actor in its bundle (`$.actors[2]`), for the warning. */
  path: string;
  id: string;
  name: string;
  aliases?: readonly string[] | null;
}

export interface NearDuplicates {
  path: string;
  id: string;
  /** Known actors (graph) and other new actors of the same bundle, by id. */
  candidates: NearDuplicateCandidate[];
}

/** Honorifics and titles dropped before comparing (leading words only). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof professor sir dame lord lady king queen prince princess sheikh ayatollah imam ' +
    'president vice prime deputy minister foreign defence defense interior secretary chancellor premier ' +
    'senator sen rep representative gov governor mayor general gen lt lieutenant col colonel maj major ' +
    'capt captain sgt sergeant adm admiral marshal field commander chief spokesman spokeswoman spokesperson ' +
    'ambassador envoy pope rev hon the'
  ).split(' '),
);
/** Words that take no initial in an acronym. */
const ACRONYM_SKIP = new Set([
  'of',
  'the',
  'and',
  'for',
  'de',
  'du',
  'la',
  'le',
  'del',
  'des',
  'on',
  'in',
  'to',
]);

/** Lower-case ASCII words: transliterated, punctuation dropped (apostrophes join). */
function asciiWords(text: string): string[] {
  return transliterate(text)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

function withoutTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i] as string)) i++;
  return words.slice(i);
}

/** Folds spelling variants of transliteration: y/j/i, doubled letters, kh/h, ph/f, w/v, ue/u… */
export function foldSpelling(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/ck/g, 'k')
    .replace(/tch/g, 'ch')
    .replace(/(?<=[a-z])(ue|ae|oe)/g, (m) => m[0] as string)
    .replace(/y/g, 'i')
    .replace(/(?<=i)j$/, '')
    .replace(/(.)\1+/g, '$1');
}

/** The parts of one name that keys and comparisons use. */
interface NameForms {
  /** transliterated words, titles kept */
  ascii: string;
  /** folded words without titles */
  words: string[];
  /** the name as written is an acronym (NIS, N.I.S.) */
  acronym: string | null;
  /** initials of a name of 2+ significant words */
  initials: string | null;
}

function formsOf(name: string): NameForms {
  const all = asciiWords(name);
  const words = withoutTitles(all).map(foldSpelling);
  const compact = name.replace(/\./g, '').trim();
  const acronym = /^[A-Z0-9]{2,6}$/.test(compact) ? compact.toLowerCase() : null;
  const significant = withoutTitles(all).filter((w) => !ACRONYM_SKIP.has(w));
  const initials = significant.length >= 2 ? significant.map((w) => w[0]).join('') : null;
  return { ascii: all.join(' '), words, acronym, initials };
}

/**
 * The match keys of an actor, stored on `:Actor.matchKeys` at ingest: `n:` the folded name
 * without titles, `o:` its words sorted, `w:` each folded word of 4+ letters, `a:` the name
 * written as an acronym, `i:` the initials of a name of several words. Words are joined by `_`.
 */
export function actorMatchKeys(name: string, aliases: readonly string[] = []): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const f = formsOf(n);
    if (f.words.length === 0) continue;
    keys.add(`n:${f.words.join('_')}`);
    keys.add(`o:${[...f.words].sort().join('_')}`);
    for (const w of f.words) if (w.length >= 4) keys.add(`w:${w}`);
    if (f.acronym) keys.add(`a:${f.acronym}`);
    if (f.initials) keys.add(`i:${f.initials}`);
  }
  return [...keys].sort();
}

/** Forms of names, each computed once: a check compares every new actor with many candidates. */
type FormsMemo = Map<string, NameForms & { titled: string; raw: string; digits: string }>;

function memoForms(memo: FormsMemo, name: string) {
  let forms = memo.get(name);
  if (!forms) {
    const f = formsOf(name);
    forms = {
      ...f,
      titled: withoutTitles(asciiWords(name)).join(' '),
      raw: name.normalize('NFC').toLowerCase().trim(),
      // The digits, in order: names that number different things are different actors.
      digits: f.ascii.replace(/[^0-9]+/g, ' ').trim(),
    };
    memo.set(name, forms);
  }
  return forms;
}

/** Why `a` and `b` (one name or alias each) look like the same actor, or null. Ordered strongest first. */
export function nearDuplicateReason(
  a: string,
  b: string,
  memo: FormsMemo = new Map(),
): NearDuplicateReason | null {
  const fa = memoForms(memo, a);
  const fb = memoForms(memo, b);
  if (fa.words.length === 0 || fb.words.length === 0) return null;
  if (fa.raw === fb.raw) return null; // an exact name is entity resolution's business
  // Unit 8200 / Unit 8201, Resolution 2231 / Resolution 2232: one digit apart, not one actor.
  if (fa.digits !== fb.digits) return null;
  if (fa.ascii === fb.ascii) return 'ACCENTS';
  const na = fa.words.join(' ');
  const nb = fb.words.join(' ');
  if (fa.titled === fb.titled) return 'TITLE';
  if (na === nb) return 'TRANSLITERATION';
  if ([...fa.words].sort().join(' ') === [...fb.words].sort().join(' ')) return 'WORD_ORDER';
  if ((fa.acronym && fa.acronym === fb.initials) || (fb.acronym && fb.acronym === fa.initials))
    return 'ACRONYM';
  const [short, long] = fa.words.length <= fb.words.length ? [fa.words, fb.words] : [fb.words, fa.words];
  if (short.length < long.length && short.every((w) => w.length >= 4 && long.includes(w)))
    return 'PART_OF_NAME';
  const limit = Math.min(na.length, nb.length) > 8 ? 2 : 1;
  if (Math.min(na.length, nb.length) >= 5 && distance(na, nb) <= limit) return 'SPELLING';
  return null;
}

const REASON_ORDER: readonly NearDuplicateReason[] = [
  'ACCENTS',
  'TITLE',
  'TRANSLITERATION',
  'WORD_ORDER',
  'ACRONYM',
  'PART_OF_NAME',
  'SPELLING',
];

/** The strongest reason over every pair of names and aliases of two actors. */
function actorsReason(
  a: { name: string; aliases: readonly string[] },
  b: { name: string; aliases: readonly string[] },
  memo: FormsMemo,
) {
  let best: NearDuplicateReason | null = null;
  const namesA = [a.name, ...a.aliases];
  const namesB = [b.name, ...b.aliases];
  // An exact shared name or alias is entity resolution's warning, not ours.
  const exact = new Set(namesA.map((n) => memoForms(memo, n).raw));
  if (namesB.some((n) => exact.has(memoForms(memo, n).raw))) return null;
  for (const x of namesA)
    for (const y of namesB) {
      const r = nearDuplicateReason(x, y, memo);
      if (r && (best === null || REASON_ORDER.indexOf(r) < REASON_ORDER.indexOf(best))) best = r;
    }
  return best;
}

/** Index of actor match keys (cypher/schema/03-fulltext.cypher). */
export const ACTOR_KEYS_INDEX = 'claimgraph_actor_keys';
/** Index of actor names and aliases, for the fuzzy probe (cypher/schema/03-fulltext.cypher). */
const ACTOR_NAMES_INDEX = 'claimgraph_actor_names';
/** Candidates fetched per new actor and index: bounds the work whatever the graph holds. */
const CANDIDATES_PER_ACTOR = 25;
/** New actors compared per call (a bundle larger than this is checked in chunks). */
const MAX_ACTORS_PER_QUERY = 500;

/** A key no actor has: keeps the query valid for a name with no words. */
const NOTHING = 'n\\:_';
const luceneTerm = (s: string) => s.replace(/[+\-&|!(){}[\]^"~*?:\\/ ]/g, (c) => `\\${c}`);

// Two probes per new actor, in one statement: its match keys against the stored keys, and its
// folded words, fuzzily, against names and aliases (which finds actors stored before
// matchKeys existed). Each probe is capped.
const QUERY = `UNWIND $probes AS probe
CALL (probe) {
  CALL db.index.fulltext.queryNodes($keysIndex, probe.keys, { limit: $perActor }) YIELD node
  RETURN node
  UNION
  CALL db.index.fulltext.queryNodes($namesIndex, probe.fuzzy, { limit: $perActor }) YIELD node
  RETURN node
}
WITH probe, node WHERE NOT node.id IN $newIds
RETURN probe.path AS path, node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`;

/** A match key shared by more new actors than this says nothing (a common word): not compared on. */
const MAX_BLOCK = 64;

/** The keys under which two actors are compared: a: and i: meet (NIS / National Intelligence Service). */
const blockingKeys = (a: NewActor) =>
  actorMatchKeys(a.name, a.aliases ?? []).map((k) => (k.startsWith('a:') ? `i:${k.slice(2)}` : k));

/**
 * For each new actor, the other new actors that share one of its match keys: the pairs worth
 * comparing, found without comparing every pair (a bundle may define tens of thousands).
 */
function sameBundleCandidates(actors: readonly NewActor[]): Map<string, NewActor[]> {
  const blocks = new Map<string, NewActor[]>();
  for (const actor of actors) for (const key of blockingKeys(actor)) appendTo(blocks, key, actor);
  const others = new Map<string, Map<string, NewActor>>();
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > MAX_BLOCK) continue;
    for (const a of block)
      for (const b of block) {
        if (a.id === b.id) continue;
        const mine = others.get(a.path) ?? new Map<string, NewActor>();
        mine.set(b.id, b);
        others.set(a.path, mine);
      }
  }
  return new Map([...others].map(([path, m]) => [path, [...m.values()]]));
}

export interface FindOptions {
  /** Also compare the new actors with each other (off for ingestion, which reports only known ones). */
  withinBundle?: boolean;
}

/**
 * For each new actor of a bundle, the known actors and (unless `withinBundle` is false) the
 * other new actors that it probably duplicates, with the reason. One read query per 500 actors;
 * new actors are compared with each other only where they share a match key.
 */
export async function findNearDuplicateActors(
  db: Db,
  actors: readonly NewActor[],
  options: FindOptions = {},
): Promise<NearDuplicates[]> {
  const sameBundle =
    options.withinBundle === false ? new Map<string, NewActor[]>() : sameBundleCandidates(actors);
  const newIds = actors.map((a) => a.id);
  const results: NearDuplicates[] = [];
  const memo: FormsMemo = new Map();
  for (let i = 0; i < actors.length; i += MAX_ACTORS_PER_QUERY) {
    const chunk = actors.slice(i, i + MAX_ACTORS_PER_QUERY);
    results.push(...(await findChunk(db, chunk, newIds, sameBundle, memo)));
  }
  return results;
}

async function findChunk(
  db: Db,
  chunk: readonly NewActor[],
  newIds: readonly string[],
  sameBundle: ReadonlyMap<string, readonly NewActor[]>,
  memo: FormsMemo,
): Promise<NearDuplicates[]> {
  const probes = chunk.map((a) => {
    const keys = actorMatchKeys(a.name, a.aliases ?? []);
    // n:/o:/w: keys find their equals; a: finds i: and i: finds a: (NIS / National Intelligence Service).
    const wanted = keys.flatMap((k) =>
      k.startsWith('a:') ? [`i:${k.slice(2)}`] : k.startsWith('i:') ? [`a:${k.slice(2)}`] : [k],
    );
    // Numbers are matched exactly, by the keys: a number one digit apart is another actor.
    const words = [...new Set([a.name, ...(a.aliases ?? [])].flatMap(asciiWords))].filter(
      (w) => w.length >= 4 && !/[0-9]/.test(w),
    );
    return {
      path: a.path,
      keys: wanted.length > 0 ? wanted.map(luceneTerm).join(' OR ') : NOTHING,
      // The edits SPELLING allows (1 up to 8 letters, 2 beyond): a wider probe expands to many
      // more index terms and finds nothing the rules would keep.
      fuzzy:
        words.length > 0
          ? words.map((w) => `${luceneTerm(w)}~${w.length > 8 ? 2 : 1}`).join(' OR ')
          : NOTHING,
    };
  });
  const rows = await db.read(QUERY, {
    probes,
    keysIndex: ACTOR_KEYS_INDEX,
    namesIndex: ACTOR_NAMES_INDEX,
    perActor: CANDIDATES_PER_ACTOR,
    newIds,
  });
  const known = new Map<string, Array<{ id: string; name: string; aliases: string[] }>>();
  for (const row of rows) {
    const path = row.path as string;
    appendTo(known, path, {
      id: row.id as string,
      name: row.name as string,
      aliases: row.aliases as string[],
    });
  }
  return chunk.map((actor) => {
    const me = { name: actor.name, aliases: actor.aliases ?? [] };
    const candidates: NearDuplicateCandidate[] = [];
    const seen = new Set<string>([actor.id]);
    const others = [
      ...(known.get(actor.path) ?? []),
      ...(sameBundle.get(actor.path) ?? []).map((o) => ({
        id: o.id,
        name: o.name,
        aliases: o.aliases ?? [],
      })),
    ];
    for (const other of others) {
      if (seen.has(other.id)) continue;
      seen.add(other.id);
      const reason = actorsReason(me, other, memo);
      if (reason) candidates.push({ id: other.id, name: other.name, reason });
    }
    candidates.sort(
      (x, y) => REASON_ORDER.indexOf(x.reason) - REASON_ORDER.indexOf(y.reason) || x.id.localeCompare(y.id),
    );
    return { path: actor.path, id: actor.id, candidates };
  });
}
