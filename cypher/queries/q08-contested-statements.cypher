// Question 8: Which claims are disputed (supported by some, denied or refuted by others)?
//
// Returns one row per CONTESTED statement, most contested first: by the size of the smaller
// side (supporting = actors currently claiming or confirming + supporting statements;
// opposing = actors currently denying + refuting statements), then by both sides together,
// then by id. Each row has the same breakdown as q12-contested-breakdown.cypher, whose rules
// it follows.
// Positions over time: each actor counts once, by its current position: the latest of its
// stances on record (by date, then knownBy, then stance id), with its history in date order.
// Effects (src/domain/stanceTypes.ts): CLAIMED and CONFIRMED support; DENIED opposes;
// DECLINED_TO_CONFIRM, DID_NOT_DENY and DECLINED_TO_COMMENT take no side (a non-denial is not
// opposition); RETRACTED withdraws the actor's earlier position, so it counts on no side.
// Starts from the opposing side (denials, refutations), which is the smaller one. Ranks every
// candidate by its two counts first, and builds the full breakdown for the page's rows only.
// DENIED is scanned by relationship type: only actors deny, and the scan reads each denial once.
// Bounded: every list of a row (and each actor's history) returns its first $first items;
// `counts` (and each actor's historyCount) says how many it holds in full.
//
// Parameters: asOf (ISO date or null); limit (rows); first (items per list; the service
// passes MAX_PAGE_SIZE and slices each field to its own `first`).
// GraphQL: contestedStatements(asOf, first).
:param asOf => null;
:param limit => 20;
:param first => 100;

CALL () {
  MATCH ()-[r:DENIED]->(s)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  RETURN s
  UNION
  MATCH (source:Statement)-[:REFUTES]->(s:Statement)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  RETURN s
}
CALL (s) {
  MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  WITH a, r ORDER BY r.date, r.knownBy, r.id
  WITH a, last(collect(type(r))) AS position
  RETURN count(CASE WHEN position IN ['CLAIMED', 'CONFIRMED'] THEN 1 END) AS supportingActors,
         count(CASE WHEN position = 'DENIED' THEN 1 END) AS opposingActors
}
CALL (s) {
  OPTIONAL MATCH (source:Statement)-[l:SUPPORTS|REFUTES]->(s)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  RETURN count(CASE type(l) WHEN 'SUPPORTS' THEN 1 END) AS supportingLinks,
         count(CASE type(l) WHEN 'REFUTES' THEN 1 END) AS refutingLinks
}
WITH s, supportingActors + supportingLinks AS supporting, opposingActors + refutingLinks AS opposing
WHERE supporting > 0 AND opposing > 0
WITH s, supporting, opposing
ORDER BY CASE WHEN supporting < opposing THEN supporting ELSE opposing END DESC,
         supporting + opposing DESC,
         s.id
LIMIT toInteger($limit)
CALL (s) {
  MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  WITH a, r ORDER BY r.date, r.knownBy, r.id
  WITH a, collect(r) AS history
  WITH a, history, last(history) AS current
  ORDER BY current.date, current.knownBy, a.name
  RETURN collect({actor: a.name, actorId: a.id, position: type(current), date: current.date,
                  precision: current.precision, stanceId: current.id,
                  history: [h IN history[..$first] | h.id], historyCount: size(history)}) AS positions
}
CALL (s) {
  OPTIONAL MATCH (source:Statement)-[l:SUPPORTS|REFUTES]->(s)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  WITH source, l ORDER BY source.id
  RETURN collect(CASE type(l) WHEN 'SUPPORTS' THEN source.id END) AS supportedBy,
         collect(CASE type(l) WHEN 'REFUTES' THEN source.id END) AS refutedBy
}
RETURN s.text AS statement,
       'CONTESTED' AS status,
       supporting,
       opposing,
       {claimed: size([p IN positions WHERE p.position = 'CLAIMED']),
        confirmed: size([p IN positions WHERE p.position = 'CONFIRMED']),
        denied: size([p IN positions WHERE p.position = 'DENIED']),
        declinedToConfirm: size([p IN positions WHERE p.position = 'DECLINED_TO_CONFIRM']),
        didNotDeny: size([p IN positions WHERE p.position = 'DID_NOT_DENY']),
        declinedToComment: size([p IN positions WHERE p.position = 'DECLINED_TO_COMMENT']),
        retracted: size([p IN positions WHERE p.position = 'RETRACTED']),
        positions: size(positions), supportedBy: size(supportedBy), refutedBy: size(refutedBy)} AS counts,
       [p IN positions WHERE p.position = 'CLAIMED'][..$first] AS claimed,
       [p IN positions WHERE p.position = 'CONFIRMED'][..$first] AS confirmed,
       [p IN positions WHERE p.position = 'DENIED'][..$first] AS denied,
       [p IN positions WHERE p.position = 'DECLINED_TO_CONFIRM'][..$first] AS declinedToConfirm,
       [p IN positions WHERE p.position = 'DID_NOT_DENY'][..$first] AS didNotDeny,
       [p IN positions WHERE p.position = 'DECLINED_TO_COMMENT'][..$first] AS declinedToComment,
       [p IN positions WHERE p.position = 'RETRACTED'][..$first] AS retracted,
       positions[..$first] AS positions, supportedBy[..$first] AS supportedBy,
       refutedBy[..$first] AS refutedBy,
       s.id AS statementId,
       $asOf AS asOf
ORDER BY CASE WHEN supporting < opposing THEN supporting ELSE opposing END DESC,
         supporting + opposing DESC,
         statementId;
