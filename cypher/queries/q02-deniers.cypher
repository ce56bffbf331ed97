// Question 2: Who denied it, where, and in what words?
//
// Returns one row per denial, oldest first: every DENIED stance on the statement and, when
// $includeRefuting is true, every claim or confirmation of a statement that REFUTES it, with
// the venue, the event it was made at, and the verbatim quote (or the source's paraphrase).
//
// Parameters: statementId — the statement denied; includeRefuting — also list claims that
// refute it.
// GraphQL: stanceBreakdown(statementId) { denied { actor venue event quote } refutedBy }.
:param statementId => 'dprk-troops-to-russia';
:param includeRefuting => true;

MATCH (target:Statement {id: $statementId})
CALL (target) {
  MATCH (a:Actor)-[r:DENIED]->(target)
  RETURN a, r, target AS s
  UNION
  MATCH (a:Actor)-[r:CLAIMED|CONFIRMED]->(s:Statement)-[:REFUTES]->(target)
  WHERE $includeRefuting
  RETURN a, r, s
}
OPTIONAL MATCH (e:Event {id: r.eventId})
RETURN r.date AS date,
       r.precision AS precision,
       a.name AS denier,
       type(r) AS stance,
       s.text AS statement,
       r.venue AS venue,
       e.name AS event,
       r.quote AS quote,
       r.paraphrase AS paraphrase
ORDER BY r.date, r.knownBy, a.name, type(r), s.id
LIMIT 100;
