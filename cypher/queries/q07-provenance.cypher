// Question 7: Where does the DPRK denial come from (article, cited agency)?
//
// Returns one row per stance on the statement, oldest first: the articles that report it
// (the stance's `sources`), the agencies those articles cite, and the relay chain from the
// speaker back to the origin. A stance with `relayOf` only relays that actor; when the relayed
// actor's own stance on the same statement is a relay too, the chain goes on (8 hops at most).
// The default statement is the DPRK's "groundless rumours" denial.
//
// Parameters: statementId.
// GraphQL: provenance(statementId).
:param statementId => 'troop-accusations-are-groundless-rumours';

MATCH (s:Statement {id: $statementId})
CALL (s) {
  OPTIONAL MATCH (x:Actor)-[xr:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE xr.relayOf IS NOT NULL
  RETURN collect({actor: x.id, relayOf: xr.relayOf}) AS relays
}
MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
WITH s, a, r,
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
  WITH article, agency ORDER BY article.published, article.id, agency.name
  RETURN collect(DISTINCT article.title) AS articles, collect(DISTINCT article.id) AS articleIds,
         collect(DISTINCT agency.name) AS citedAgencies, collect(DISTINCT agency.id) AS citedAgencyIds
}
RETURN r.date AS date,
       r.precision AS precision,
       a.name AS actor,
       type(r) AS stance,
       articles,
       citedAgencies,
       relayChain,
       last(relayChain) AS origin,
       r.id AS stanceId,
       articleIds,
       citedAgencyIds,
       relayChainIds,
       last(relayChainIds) AS originId
ORDER BY r.date, r.knownBy, a.name, type(r)
LIMIT 500;
