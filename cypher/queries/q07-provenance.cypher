// Question 7: Where does the DPRK denial come from (article, cited agency)?
//
// Returns one row per stance on the statement, oldest first: the articles that report it
// (the stance's `sources`), the agencies those articles cite, and the relay chain from the
// speaker back to the origin. A stance with `relayOf` only relays that actor; when the relayed
// actor's own stance on the same statement is a relay too, the chain goes on (8 further hops
// at most, src/domain/relays.ts).
// Bounded: the stances are counted (`recordCount`), then ordered and cut to $first before
// anything else is read for them, so a statement with 20,000 stances costs one count and one
// sort, and the articles and chains of $first stances; each row's `articles` and
// `citedAgencies` hold their first $first, `articleCount` and `citedAgencyCount` all of them.
// The default statement is the DPRK's "groundless rumours" denial.
//
// Parameters: statementId; first (rows, and items per list; the service passes MAX_PAGE_SIZE
// and slices each field to its own `first`).
// GraphQL: provenance(statementId).
:param statementId => 'troop-accusations-are-groundless-rumours';
:param first => 100;

MATCH (s:Statement {id: $statementId})
CALL (s) {
  MATCH (:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  RETURN count(r) AS recordCount
}
CALL (s) {
  OPTIONAL MATCH (x:Actor)-[xr:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE xr.relayOf IS NOT NULL
  RETURN collect({actor: x.id, relayOf: xr.relayOf}) AS relays
}
MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
WITH recordCount, relays, a, r
ORDER BY r.date, r.knownBy, a.name, type(r), r.id
LIMIT toInteger($first)
WITH recordCount, a, r,
     CASE WHEN r.relayOf IS NULL THEN [a.id]
       ELSE reduce(chain = [a.id, r.relayOf], hop IN range(1, 8) |
         chain + [next IN [head([x IN relays WHERE x.actor = last(chain) | x.relayOf])]
                  WHERE next IS NOT NULL AND NOT next IN chain])
     END AS relayChainIds
CALL (relayChainIds) {
  UNWIND range(0, size(relayChainIds) - 1) AS i
  MATCH (x:Actor {id: relayChainIds[i]})
  WITH x ORDER BY i
  RETURN collect(x.name) AS relayChain
}
CALL (r) {
  OPTIONAL MATCH (article:Article) WHERE article.id IN r.sources
  OPTIONAL MATCH (article)-[:CITES]->(agency:Agency)
  WITH article, agency ORDER BY article.published, article.id, agency.name, agency.id
  // Nodes, not titles, are made distinct: two articles with one title stay two, in line with their ids.
  WITH collect(DISTINCT article) AS articles, collect(DISTINCT agency) AS agencies
  RETURN [x IN articles | x.title] AS articles, [x IN articles | x.id] AS articleIds,
         [x IN agencies | x.name] AS citedAgencies, [x IN agencies | x.id] AS citedAgencyIds
}
RETURN r.date AS date,
       r.precision AS precision,
       a.name AS actor,
       type(r) AS stance,
       articles[..$first] AS articles,
       citedAgencies[..$first] AS citedAgencies,
       relayChain,
       last(relayChain) AS origin,
       r.id AS stanceId,
       articleIds[..$first] AS articleIds,
       size(articleIds) AS articleCount,
       citedAgencyIds[..$first] AS citedAgencyIds,
       size(citedAgencyIds) AS citedAgencyCount,
       relayChainIds,
       last(relayChainIds) AS originId,
       recordCount
ORDER BY r.date, r.knownBy, a.name, type(r), r.id;
