// Question 8: Which claims are disputed (supported by some, denied or refuted by others)?
//
// Returns one row per CONTESTED statement, most contested first: by the size of the smaller
// side (supporting = claims + confirmations + supporting statements; opposing = denials +
// refuting statements), then by both sides together, then by id. Each row has the same
// breakdown as q12-contested-breakdown.cypher, whose "as of" rules it follows: a stance
// counts when its knownBy is on or before asOf, a link when its source statement had been
// claimed or confirmed by then; a null asOf takes everything.
// Starts from the opposing side (denials, refutations), which is the smaller one.
//
// Parameters: asOf (ISO date or null); limit.
// GraphQL: contestedStatements(asOf, first).
:param asOf => null;
:param limit => 20;

CALL () {
  MATCH (:Actor)-[r:DENIED]->(s:Statement)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  RETURN s
  UNION
  MATCH (source:Statement)-[:REFUTES]->(s:Statement)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  RETURN s
}
CALL (s) {
  OPTIONAL MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM]->(s)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  WITH a, r ORDER BY r.date, r.knownBy, a.name, type(r)
  WITH type(r) AS position, {actor: a.name, date: r.date, precision: r.precision, stanceId: r.id} AS holder
  RETURN collect(CASE position WHEN 'CLAIMED' THEN holder END) AS claimed,
         collect(CASE position WHEN 'CONFIRMED' THEN holder END) AS confirmed,
         collect(CASE position WHEN 'DENIED' THEN holder END) AS denied,
         collect(CASE position WHEN 'DECLINED_TO_CONFIRM' THEN holder END) AS declinedToConfirm
}
CALL (s) {
  OPTIONAL MATCH (source:Statement)-[l:SUPPORTS|REFUTES]->(s)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  WITH source, l ORDER BY source.id
  RETURN collect(CASE type(l) WHEN 'SUPPORTS' THEN source.id END) AS supportedBy,
         collect(CASE type(l) WHEN 'REFUTES' THEN source.id END) AS refutedBy
}
WITH s, claimed, confirmed, denied, declinedToConfirm, supportedBy, refutedBy,
     size(claimed) + size(confirmed) + size(supportedBy) AS supporting,
     size(denied) + size(refutedBy) AS opposing
WHERE supporting > 0 AND opposing > 0
RETURN s.text AS statement,
       'CONTESTED' AS status,
       supporting,
       opposing,
       claimed, confirmed, denied, declinedToConfirm, supportedBy, refutedBy,
       s.id AS statementId,
       $asOf AS asOf
ORDER BY CASE WHEN supporting < opposing THEN supporting ELSE opposing END DESC,
         supporting + opposing DESC,
         statementId
LIMIT toInteger($limit);
