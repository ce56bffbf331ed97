/**
 * Every Cypher statement of ingestion, in one place. Values always travel as parameters; the
 * only text that varies is a label or relationship type, and those come from the fixed maps
 * below, never from a bundle. Each write takes a batch `$rows` (UNWIND), MERGEs on ids (backed
 * by the uniqueness constraints of cypher/schema/), and returns how many of its nodes or
 * relationships it created, updated or left unchanged, by comparing properties before and
 * after its SET. The `_new` marker never outlives the statement that sets it.
 */
import type { LinkType, RelationType, StanceType } from './bundleTypes';

/** The node labels ingestion writes. */
export type NodeLabel = 'Actor' | 'Statement' | 'Event' | 'Article';

/** Existing nodes with any of `$ids`, whatever their label (for references and id clashes). */
export const LOOKUP_IDS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Actor {id: id}) RETURN 'Actor' AS label, n.name AS name, n.aliasKeys AS aliasKeys
  UNION ALL
  MATCH (n:Statement {id: id}) RETURN 'Statement' AS label, null AS name, null AS aliasKeys
  UNION ALL
  MATCH (n:Event {id: id}) RETURN 'Event' AS label, null AS name, null AS aliasKeys
  UNION ALL
  MATCH (n:Article {id: id}) RETURN 'Article' AS label, null AS name, null AS aliasKeys
}
RETURN id, label, name, aliasKeys`;

/** Actors whose name or an alias normalises to one of `$keys` (entity resolution). */
export const LOOKUP_ALIASES = `
MATCH (n:Actor)
WHERE any(key IN n.aliasKeys WHERE key IN $keys)
RETURN n.id AS id, n.name AS name, n.aliasKeys AS aliasKeys`;

/** Whether the database holds any article (seed loading). */
export const HAS_ARTICLE = `RETURN EXISTS { MATCH (:Article) } AS any`;

const COUNTS = `
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND before <> after THEN 1 END) AS updated,
       count(CASE WHEN NOT created AND before = after THEN 1 END) AS unchanged`;

/** MERGE on id, remembering whether it created the node; the ON MATCH write also locks it. */
const mergeNode = (label: NodeLabel, variable: string, key: string) => `
MERGE (${variable}:${label} {id: ${key}})
  ON CREATE SET ${variable}._new = true
  ON MATCH SET ${variable}._new = false
WITH ${variable}, row, ${variable}._new AS created
REMOVE ${variable}._new`;

export const UPSERT_ARTICLE = `
UNWIND $rows AS row
${mergeNode('Article', 'n', 'row.id')}
WITH n, row, created, properties(n) AS before
SET n.title = row.title,
    n.published = date(row.published),
    n.publisher = coalesce(row.publisher, n.publisher),
    n.url = coalesce(row.url, n.url)
WITH created, before, properties(n) AS after
${COUNTS}`;

/**
 * Actors: a known id keeps its node and gains the bundle's aliases (union, first-seen order;
 * a replaced name stays on as an alias), and its alias keys are kept in step.
 */
const upsertActor = (agency: boolean) => `
UNWIND $rows AS row
${mergeNode('Actor', 'n', 'row.id')}
WITH n, row, created, properties(n) AS before, n:Agency AS wasAgency,
     CASE WHEN n.name IS NOT NULL AND n.name <> row.name THEN [n.name] ELSE [] END AS oldName
SET n.name = row.name,
    n.kind = row.kind,
    n.aliases = reduce(acc = [], a IN coalesce(n.aliases, []) + oldName + row.aliases |
      CASE WHEN a IN acc OR a = row.name THEN acc ELSE acc + a END),
    n.aliasKeys = reduce(acc = [], k IN coalesce(n.aliasKeys, []) + row.aliasKeys |
      CASE WHEN k IN acc THEN acc ELSE acc + k END),
    n.description = coalesce(row.description, n.description)
${agency ? 'SET n:Agency' : 'REMOVE n:Agency'}
WITH created, before, wasAgency, properties(n) AS after, n:Agency AS isAgency
RETURN count(CASE WHEN created THEN 1 END) AS created,
       count(CASE WHEN NOT created AND (before <> after OR wasAgency <> isAgency) THEN 1 END) AS updated,
       count(CASE WHEN NOT created AND before = after AND wasAgency = isAgency THEN 1 END) AS unchanged`;

/** Actors of an agency kind (INTELLIGENCE_SERVICE on) carry `:Agency`; others do not. */
export const UPSERT_ACTOR = { agency: upsertActor(true), other: upsertActor(false) } as const;

export const UPSERT_EVENT = `
UNWIND $rows AS row
${mergeNode('Event', 'n', 'row.id')}
WITH n, row, created, properties(n) AS before
SET n.name = row.name,
    n.type = row.type,
    n.place = coalesce(row.place, n.place),
    n.date = CASE WHEN row.date IS NULL THEN n.date ELSE date(row.date) END,
    n.datePrecision = CASE WHEN row.date IS NULL THEN n.datePrecision ELSE row.datePrecision END,
    n.dateKnownBy = CASE WHEN row.date IS NULL THEN n.dateKnownBy ELSE date(row.dateKnownBy) END,
    n.dateText = CASE WHEN row.date IS NULL THEN n.dateText ELSE row.dateText END
WITH created, before, properties(n) AS after
${COUNTS}`;

/**
 * First pass over statements: make every statement the bundle defines or takes a stance on
 * exist and lock it, remembering which are new. Their properties are set by
 * UPDATE_STATEMENTS once the stances are in, so that one comparison covers both.
 */
export const ENSURE_STATEMENTS = `
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
  ON CREATE SET s._new = true
  ON MATCH SET s._new = false`;

/** Statement properties, and the derived `quotes` and `firstStanceDate` from all its stances. */
export const UPDATE_STATEMENTS = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
SET s._new = coalesce(s._new, false)
WITH s, row, s._new AS created
REMOVE s._new
WITH s, row, created, properties(s) AS before
CALL (s) {
  OPTIONAL MATCH (:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM]->(s)
  WITH r ORDER BY r.quote
  RETURN min(r.date) AS firstStanceDate, collect(DISTINCT r.quote) AS quotes
}
SET s.text = coalesce(row.text, s.text),
    s.figureValue = CASE
      WHEN NOT coalesce(row.hasFigure, false) THEN s.figureValue
      // JavaScript numbers arrive as floats; whole numbers are stored as integers (12000, not 12000.0).
      WHEN row.figureValue = toInteger(row.figureValue) THEN toInteger(row.figureValue)
      ELSE row.figureValue
    END,
    s.figureUnit = CASE WHEN row.hasFigure THEN row.figureUnit ELSE s.figureUnit END,
    s.figureApproximate = CASE WHEN row.hasFigure THEN row.figureApproximate ELSE s.figureApproximate END,
    s.refersToDate = CASE WHEN row.refersToDate IS NULL THEN s.refersToDate ELSE date(row.refersToDate) END,
    s.refersToPrecision = CASE WHEN row.refersToDate IS NULL THEN s.refersToPrecision ELSE row.refersToPrecision END,
    s.refersToKnownBy = CASE WHEN row.refersToDate IS NULL THEN s.refersToKnownBy ELSE date(row.refersToKnownBy) END,
    s.refersToText = CASE WHEN row.refersToDate IS NULL THEN s.refersToText ELSE row.refersToText END,
    s.quotes = quotes,
    s.firstStanceDate = firstStanceDate
WITH created, before, properties(s) AS after
${COUNTS}`;

/** MERGE a relationship, remembering whether it created it. */
const mergeRel = (pattern: string) => `
MERGE ${pattern}
  ON CREATE SET r._new = true
  ON MATCH SET r._new = false
WITH r, row, r._new AS created
REMOVE r._new
WITH r, row, created, properties(r) AS before`;

const ADD_SOURCE = `r.sources = CASE WHEN row.articleId IN coalesce(r.sources, []) THEN r.sources
                     ELSE coalesce(r.sources, []) + row.articleId END`;

/** Stance edges, keyed by their stable id; `sources` is the union of reporting articles. */
const upsertStance = (type: StanceType) => `
UNWIND $rows AS row
MATCH (a:Actor {id: row.actorId})
MATCH (s:Statement {id: row.statementId})
${mergeRel(`(a)-[r:${type} {id: row.id}]->(s)`)}
SET r.date = date(row.date),
    r.precision = row.precision,
    r.knownBy = date(row.knownBy),
    r.dateText = coalesce(row.dateText, r.dateText),
    r.quote = coalesce(row.quote, r.quote),
    r.paraphrase = coalesce(row.paraphrase, r.paraphrase),
    r.venue = coalesce(row.venue, r.venue),
    r.eventId = coalesce(row.eventId, r.eventId),
    r.relayOf = coalesce(row.relayOf, r.relayOf),
    ${ADD_SOURCE}
WITH created, before, properties(r) AS after
${COUNTS}`;

export const UPSERT_STANCE: Record<StanceType, string> = {
  CLAIMED: upsertStance('CLAIMED'),
  CONFIRMED: upsertStance('CONFIRMED'),
  DENIED: upsertStance('DENIED'),
  DECLINED_TO_CONFIRM: upsertStance('DECLINED_TO_CONFIRM'),
};

const upsertLink = (type: LinkType) => `
UNWIND $rows AS row
MATCH (a:Statement {id: row.from})
MATCH (b:Statement {id: row.to})
${mergeRel(`(a)-[r:${type}]->(b)`)}
SET ${ADD_SOURCE}
WITH created, before, properties(r) AS after
${COUNTS}`;

export const UPSERT_LINK: Record<LinkType, string> = {
  SUPPORTS: upsertLink('SUPPORTS'),
  REFUTES: upsertLink('REFUTES'),
};

/** The structural edges: which labels they join, and whether they carry a `role`. */
export const EDGES = {
  REPORTS: { from: 'Article', type: 'REPORTS', to: 'Statement', role: false },
  CITES: { from: 'Article', type: 'CITES', to: 'Actor', role: false },
  ABOUT: { from: 'Statement', type: 'ABOUT', to: 'Event', role: false },
  EVENT_PART_OF: { from: 'Event', type: 'PART_OF', to: 'Event', role: false },
  PARTICIPATED_IN: { from: 'Actor', type: 'PARTICIPATED_IN', to: 'Event', role: true },
  LEADS: { from: 'Actor', type: 'LEADS', to: 'Actor', role: true },
  REPRESENTS: { from: 'Actor', type: 'REPRESENTS', to: 'Actor', role: true },
  PART_OF: { from: 'Actor', type: 'PART_OF', to: 'Actor', role: true },
} as const satisfies Record<string, { from: NodeLabel; type: string; to: NodeLabel; role: boolean }>;
export type EdgeKind = keyof typeof EDGES;

/** Actor relations by bundle type. */
export const RELATION_EDGE: Record<RelationType, EdgeKind> = {
  LEADS: 'LEADS',
  REPRESENTS: 'REPRESENTS',
  PART_OF: 'PART_OF',
};

const upsertEdge = (kind: EdgeKind) => {
  const spec = EDGES[kind];
  return `
UNWIND $rows AS row
MATCH (a:${spec.from} {id: row.from})
MATCH (b:${spec.to} {id: row.to})
${mergeRel(`(a)-[r:${spec.type}]->(b)`)}
${spec.role ? 'SET r.role = coalesce(row.role, r.role)' : ''}
WITH created, before, properties(r) AS after
${COUNTS}`;
};

export const UPSERT_EDGE = Object.fromEntries(
  (Object.keys(EDGES) as EdgeKind[]).map((kind) => [kind, upsertEdge(kind)]),
) as Record<EdgeKind, string>;
