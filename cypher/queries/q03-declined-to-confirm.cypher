// Question 3: Who declined to confirm it?
//
// Returns one row per DECLINED_TO_CONFIRM stance on the statement, oldest first, with the
// date as the source gave it and the actor's words (quote, or the source's paraphrase).
//
// Parameters: statementId — the statement.
// GraphQL: stanceBreakdown(statementId) { declinedToConfirm { actor date paraphrase } }.
:param statementId => 'dprk-troops-to-russia';

MATCH (a:Actor)-[r:DECLINED_TO_CONFIRM]->(s:Statement {id: $statementId})
RETURN r.date AS date,
       r.precision AS precision,
       r.dateText AS dateAsGiven,
       a.name AS actor,
       r.quote AS quote,
       r.paraphrase AS paraphrase
ORDER BY r.date, r.knownBy, a.name
LIMIT 100;
