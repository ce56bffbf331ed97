import { transliterate } from 'transliteration';
import type { Db } from '../db';
import { BadUserInputError } from '../errors';
import type { PageWindow, Page } from './pagination';

export const SEARCH_INDEX = 'claimgraph_text';

/** GraphQL SearchableType -> node label; the only labels a search may filter on. */
export const SEARCH_LABELS = {
  ACTOR: 'Actor',
  STATEMENT: 'Statement',
  EVENT: 'Event',
  ARTICLE: 'Article',
} as const;
export type SearchableType = keyof typeof SEARCH_LABELS;

export interface SearchHitRow {
  id: string;
  label: string;
  score: number;
}

const MAX_QUERY_LENGTH = 200;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns user text into a Lucene query that matches it literally: every operator character is
 * escaped and the keywords AND / OR / NOT are lower-cased into plain words.
 */
export function toLiteralLuceneQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BadUserInputError('"query" must not be empty', 'query');
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`"query" must be at most ${MAX_QUERY_LENGTH} characters`, 'query');
  }
  return trimmed
    .split(/\s+/)
    .map((word) =>
      /^(AND|OR|NOT)$/.test(word) ? word.toLowerCase() : word.replace(LUCENE_SPECIAL, (c) => `\\${c}`),
    )
    .join(' ');
}

/** Words shorter than this are matched exactly only: a fuzzy "NIS" would match every 3-letter word. */
const MIN_FUZZY_LENGTH = 4;

/**
 * The Lucene query for typo- and variant-tolerant search: each word literally, and for words of
 * 4+ letters also fuzzily (edit distance up to 2, so "Zelensky" finds "Zelenskyy") and in its
 * ASCII transliteration ("Erdoğan" also asks for "erdogan").
 */
export function toTolerantLuceneQuery(text: string): string {
  const literal = toLiteralLuceneQuery(text).split(' ');
  const terms = new Set<string>();
  for (const word of literal) {
    terms.add(word);
    const ascii = transliterate(word.replace(/\\(.)/g, '$1'))
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase();
    if (ascii.length >= MIN_FUZZY_LENGTH) {
      terms.add(`${ascii}~`);
    }
  }
  return [...terms].join(' ');
}

// Ranked: an exact name (case-insensitive) first, then an exact alias, then everything else by
// Lucene score (literal word matches score above fuzzy ones); ties by id.
const QUERY = `CALL db.index.fulltext.queryNodes($index, $lucene) YIELD node, score
WITH node, score, [l IN labels(node) WHERE l IN ['Actor', 'Statement', 'Event', 'Article']][0] AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label,
     CASE WHEN toLower(coalesce(node.name, node.title, '')) = $exact THEN 0
          WHEN any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact) THEN 1
          ELSE 2 END AS tier
ORDER BY tier, score DESC, node.id
WITH collect({ id: node.id, label: label, score: score }) AS hits
RETURN size(hits) AS totalCount, hits[$skip..($skip + $limit)] AS rows`;

/**
 * Full-text search across actors, statements (with their quotes), events and articles,
 * tolerant of typos and transliteration variants; ranked exact name, exact alias, then score.
 */
export async function search(
  db: Db,
  text: string,
  types: SearchableType[] | null,
  window: PageWindow,
): Promise<Page<SearchHitRow>> {
  const labels = types ? types.map((t) => SEARCH_LABELS[t]) : null;
  const lucene = toTolerantLuceneQuery(text);
  const exact = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const [row] = await db.read(QUERY, { index: SEARCH_INDEX, lucene, exact, labels, ...window });
  return { rows: row?.rows as SearchHitRow[], totalCount: Number(row?.totalCount), skip: window.skip };
}
