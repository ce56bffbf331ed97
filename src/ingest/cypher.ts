/**
 * Every Cypher statement of ingestion, in one place. Values always travel as parameters; the
 * only text that varies is a label or relationship type, taken from the fixed maps below,
 * never from a bundle. Reads ask only about the ids and alias keys a bundle mentions; writes
 * are batches (`$rows`) of CREATE, SET by id or element id, and DELETE, computed in memory by
 * diffState.ts.
 */
import { STANCE_PATTERN } from '../domain/stanceTypes';
import { EDGE_KINDS, type EdgeKind, type NodeLabel } from './planBundle';

/**
 * Existing nodes with any of `$ids`, per label (one multi-valued seek in each id constraint's
 * index; an id may name nodes of several labels, which planning reports as a clash), and
 * whether the graph holds any actor (from the count store: a first load skips the alias lookup).
 */
export const LOOKUP_IDS = `
RETURN COLLECT { MATCH (n:Actor) WHERE n.id IN $ids RETURN [n.id, n.name, n.aliasKeys] } AS actors,
       COLLECT { MATCH (n:Statement) WHERE n.id IN $ids RETURN n.id } AS Statement,
       COLLECT { MATCH (n:Event) WHERE n.id IN $ids RETURN n.id } AS Event,
       COLLECT { MATCH (n:Article) WHERE n.id IN $ids RETURN n.id } AS Article,
       COUNT { (:Actor) } AS actorCount`;

/**
 * Actors whose name or an alias normalises to one of `$keys`: a lookup in the text index on
 * `aliasKeyText` (`|key1|key2|`), never a scan of every actor.
 */
export const LOOKUP_ALIASES = `
UNWIND $keys AS key
MATCH (n:Actor) WHERE n.aliasKeyText CONTAINS ('|' + key + '|')
RETURN DISTINCT n.id AS id, n.name AS name, n.aliasKeys AS aliasKeys`;

/** PART_OF edges reachable from `$ids` (bounded), for the cycle check. */
const lookupPartOf = (label: 'Actor' | 'Event') => `
MATCH (a:${label}) WHERE a.id IN $ids
MATCH p = (a)-[:PART_OF*1..25]->(:${label})
UNWIND relationships(p) AS r
WITH DISTINCT r LIMIT 20000
RETURN startNode(r).id AS from, endNode(r).id AS to`;
export const LOOKUP_PART_OF = { Actor: lookupPartOf('Actor'), Event: lookupPartOf('Event') } as const;

/**
 * Which of `$ids` are actors in the graph (new actors are checked for near-duplicates), and
 * whether the graph holds any actor at all (from the count store: a first load skips the check).
 */
export const ACTORS_KNOWN = `
OPTIONAL MATCH (n:Actor) WHERE n.id IN $ids
RETURN collect(n.id) AS ids, COUNT { (:Actor) } AS actorCount`;

/** Whether the database holds any article (seed loading). */
export const HAS_ARTICLE = `RETURN EXISTS { MATCH (:Article) } AS any`;

/** The article's node, and the statements it reports and the actors it cites. */
export const READ_ARTICLE = `
OPTIONAL MATCH (a:Article {id: $id})
RETURN properties(a) AS props,
       [(a)-[:REPORTS]->(s:Statement) | s.id] AS reports,
       [(a)-[:CITES]->(c:Actor) | c.id] AS cites`;

/** Locks the article node first, so that two revisions of one article queue up. */
export const LOCK_ARTICLE = `
MATCH (a:Article {id: $id}) SET a._lock = true REMOVE a._lock RETURN count(a) AS n`;

/** Structural edge types out of nodes of one label (relations, participation, ABOUT, PART_OF, links). */
export const edgeTypesFrom = (from: NodeLabel): string[] => [
  ...new Set(
    (Object.keys(EDGE_KINDS) as EdgeKind[])
      .filter((k) => EDGE_KINDS[k].from === from)
      .map((k) => EDGE_KINDS[k].type),
  ),
];

const readLabel = (label: Exclude<NodeLabel, 'Article'>, lock: boolean) => `
  UNWIND $${label} AS id
  MATCH (n:${label} {id: id})
  WITH n ORDER BY n.id
  ${lock ? 'SET n._lock = true REMOVE n._lock' : ''}
  RETURN '${label}' AS label, n.id AS id, properties(n) AS props, n:Agency AS agency, COUNT { (n)--() } AS degree,
         [(n)-[r:${edgeTypesFrom(label).join('|')}]->(y) |
           {eid: elementId(r), type: type(r), to: y.id, toLabels: labels(y), props: properties(r)}] AS edges,
         ${
           label === 'Statement'
             ? `[(a:Actor)-[r:${STANCE_PATTERN}]->(n) | {eid: elementId(r), type: type(r), from: a.id, props: properties(r)}]`
             : '[]'
         } AS stances`;

/**
 * The nodes `$Actor`, `$Event` and `$Statement` (ids), one row each, with their degree, their
 * structural edges out and, for statements, every stance on them whichever article reported
 * it. With `lock`, their write locks are taken in a fixed order (actors, events, statements;
 * each by id, like every ingest) so that what is read stays true until commit.
 */
export const readNodes = (lock: boolean) => `
CALL () {${readLabel('Actor', lock)}
  UNION ALL${readLabel('Event', lock)}
  UNION ALL${readLabel('Statement', lock)}
}
RETURN label, id, props, agency, degree, edges, stances`;

/** Properties that hold dates: planned as ISO strings, written as Cypher dates (`withDates`). */
export const DATE_FIELDS: Record<NodeLabel | 'Stance', string[]> = {
  Article: ['published'],
  Actor: [],
  Event: ['date', 'dateKnownBy'],
  Statement: ['refersToDate', 'refersToKnownBy', 'figureTargetDate', 'firstStanceDate'],
  Stance: ['date', 'knownBy'],
};

export const CREATE_NODES = (label: NodeLabel, agency: boolean) => `
UNWIND $rows AS row
CREATE (n:${label}${agency ? ':Agency' : ''})
SET n = row.props`;

/** `row.props` holds the changed properties only; a null removes one. */
export const UPDATE_NODES = (label: NodeLabel, agency: boolean | null) => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n += row.props
${agency === null ? '' : agency ? 'SET n:Agency' : 'REMOVE n:Agency'}`;

export const DELETE_NODES = (label: NodeLabel) => `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
DETACH DELETE n`;

/** Creates relationships of one type between two labels. */
export const CREATE_RELS = (type: string, from: NodeLabel, to: NodeLabel) => `
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.props`;

/** `row.props` holds the changed properties only; a null removes one. */
export const UPDATE_RELS = `
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r += row.props`;

export const DELETE_RELS = `
UNWIND $eids AS eid
MATCH ()-[r]->() WHERE elementId(r) = eid
DELETE r`;

/** Removes REPORTS or CITES edges of the article `$id`. */
export const DELETE_ARTICLE_RELS = (type: 'REPORTS' | 'CITES', to: NodeLabel) => `
MATCH (a:Article {id: $id})-[r:${type}]->(n:${to})
WHERE n.id IN $ids
DELETE r`;
