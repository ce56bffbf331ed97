import { transliterate } from 'transliteration';
import { BadUserInputError } from '../errors';
import { CypherWriter, type CompiledQuery } from './compile/cypherWriter';
import type { FieldPlan } from './compile/planSelection';
import { projectAnyNode, type Bounds } from './compile/projectNode';
import type { PageWindow } from './pagination';

export const SEARCH_INDEX = 'claimgraph_text';

/** GraphQL SearchableType -> node label; the only labels a search may filter on. */
export const SEARCH_LABELS = {
  ACTOR: 'Actor',
  STATEMENT: 'Statement',
  EVENT: 'Event',
  ARTICLE: 'Article',
} as const;
export type SearchableType = keyof typeof SEARCH_LABELS;

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

/** The two Lucene queries of one search: `exact` first, `fuzzy` only when `exact` finds nothing. */
export interface LuceneQueries {
  exact: string;
  fuzzy: string | null;
}

/**
 * The Lucene queries for variant- and typo-tolerant search. `exact`: each word literally and in
 * its ASCII transliteration ("Erdoğan" also asks for "erdogan"). `fuzzy`, asked only when
 * `exact` matches nothing: the same plus, for words of 4+ letters, edit distance up to 2
 * ("Zelensky" finds "Zelenskyy"). A fuzzy term costs Lucene a term-dictionary walk and the
 * service a scored hit for every near-spelling, so a word that is found as written does not
 * pay for it.
 */
export function toLuceneQueries(text: string): LuceneQueries {
  const literal = toLiteralLuceneQuery(text).split(' ');
  const exact = new Set<string>();
  const fuzzy = new Set<string>();
  for (const word of literal) {
    exact.add(word);
    const ascii = transliterate(word.replace(/\\(.)/g, '$1'))
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase();
    if (ascii.length > 0 && ascii !== word.toLowerCase()) exact.add(ascii);
    if (ascii.length >= MIN_FUZZY_LENGTH) fuzzy.add(`${ascii}~`);
  }
  return {
    exact: [...exact].join(' '),
    fuzzy: fuzzy.size === 0 ? null : [...exact, ...fuzzy].join(' '),
  };
}

// Both search statements count first, in memory bounded by the page whatever the number of
// hits: the hits are counted as they stream from Lucene, and the fuzzy query replaces the exact
// one only when the exact one found nothing. `wanted` is the label test (null: none needed).
const countThenPick = (p: Record<'index' | 'exact' | 'fuzzy', string>, wanted: string | null) => {
  const filter = wanted === null ? '' : `\n  WITH node WHERE ${wanted}`;
  return `
CALL () {
  CALL db.index.fulltext.queryNodes(${p.index}, ${p.exact}) YIELD node${filter}
  RETURN count(*) AS exactCount
}
CALL (exactCount) {
  WITH exactCount WHERE exactCount = 0 AND ${p.fuzzy} IS NOT NULL
  CALL db.index.fulltext.queryNodes(${p.index}, ${p.fuzzy}) YIELD node${filter}
  RETURN count(*) AS fuzzyCount
}
WITH CASE WHEN fuzzyCount > 0 THEN ${p.fuzzy} ELSE ${p.exact} END AS lucene, exactCount + fuzzyCount AS totalCount`;
};

// The page is asked for again and only it kept in order (Top). Ranked: an exact name
// (case-insensitive) first, then an exact alias, then by Lucene score; ties by element id
// (stable, and unlike `id` no property read per hit). Statements have neither name nor alias,
// so their tier costs no property read; only the page's nodes are projected.
const hitsInOrder = (
  p: Record<'index' | 'exact' | 'fuzzy' | 'name' | 'skip' | 'limit' | 'node' | 'wanted', string>,
) => `${countThenPick(p, p.wanted)}
CALL (lucene) {
  CALL db.index.fulltext.queryNodes(${p.index}, lucene) YIELD node, score
  WITH node, score WHERE ${p.wanted}
  WITH node, score,
       CASE WHEN node:Statement THEN 2
            WHEN toLower(coalesce(node.name, node.title, '')) = ${p.name} THEN 0
            WHEN any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = ${p.name}) THEN 1
            ELSE 2 END AS tier
  ORDER BY tier, score DESC, elementId(node)
  SKIP ${p.skip} LIMIT ${p.limit}
  RETURN collect({ score: score, node: ${p.node} }) AS rows
}
RETURN totalCount, rows`;

// Statements alone (`types: [STATEMENT]`, the common question "which claims mention …"): all
// hits share one tier, so the order is Lucene's own (score, then index order) and Lucene keeps
// the page itself (`skip` / `limit` options: a top-k collector, no sort of every hit in Cypher).
// The query is restricted to the fields only statements carry, so no hit needs a label test and
// the page is never short of statements.
const statementHitsInOrder = (
  p: Record<'index' | 'exact' | 'fuzzy' | 'skip' | 'limit' | 'node', string>,
) => `${countThenPick(p, null)}
CALL (lucene) {
  CALL db.index.fulltext.queryNodes(${p.index}, lucene, { skip: ${p.skip}, limit: ${p.limit} }) YIELD node, score
  RETURN collect({ score: score, node: ${p.node} }) AS rows
}
RETURN totalCount, rows`;

/**
 * Index fields that statements alone carry (the index is defined in
 * cypher/schema/03-fulltext.cypher): a Lucene query confined to them matches statements only.
 */
export const STATEMENT_SEARCH_FIELDS = ['text', 'quotes'] as const;

/** `lucene` confined to the statements' fields; scores are unchanged (other fields add nothing to a statement). */
function inStatementFields(lucene: string): string {
  return STATEMENT_SEARCH_FIELDS.map((field) => `${field}:(${lucene})`).join(' ');
}

const onlyStatements = (types: SearchableType[] | null): boolean =>
  types !== null && types.length > 0 && types.every((t) => t === 'STATEMENT');

/** The label test for `types` (labels from the fixed map, never client text): null is any. */
function wantedLabels(types: SearchableType[] | null): string {
  if (types === null) return 'true';
  if (types.length === 0) return 'false';
  return [...new Set(types)].map((t) => `node:${SEARCH_LABELS[t]}`).join(' OR ');
}

/**
 * Full-text search across actors, statements (with their quotes), events and articles,
 * tolerant of transliteration variants and, when nothing matches as written, of typos; one
 * statement that returns `totalCount` and the page's rows `{score, node}`, each node projected
 * for the selection `fields` (edges.node.node).
 */
export function compileSearch(
  text: string,
  types: SearchableType[] | null,
  window: PageWindow,
  fields: readonly FieldPlan[],
  bounds: Bounds,
): CompiledQuery {
  const { exact, fuzzy } = toLuceneQueries(text);
  const w = new CypherWriter();
  if (onlyStatements(types)) {
    const statement = statementHitsInOrder({
      index: w.param(SEARCH_INDEX),
      exact: w.param(inStatementFields(exact)),
      fuzzy: w.param(fuzzy && inStatementFields(fuzzy)),
      skip: w.param(window.skip),
      limit: w.param(window.limit),
      node: projectAnyNode({ w, bounds }, 'node', fields),
    });
    return { text: statement, params: w.params };
  }
  const statement = hitsInOrder({
    index: w.param(SEARCH_INDEX),
    exact: w.param(exact),
    fuzzy: w.param(fuzzy),
    name: w.param(text.trim().replace(/\s+/g, ' ').toLowerCase()),
    wanted: wantedLabels(types),
    skip: w.param(window.skip),
    limit: w.param(window.limit),
    node: projectAnyNode({ w, bounds }, 'node', fields),
  });
  return { text: statement, params: w.params };
}
