// Question 10: Each actor's stance on the deployment as of 2024-10-19, and as of 2024-10-22.
//
// Returns one row per stance on record as of $asOf, oldest first. A stance is on record as of
// day D when it had certainly been taken by D: its knownBy is on or before D (a claim made
// "last week" counts only once that week is over; an undated one reported in an article
// counts from the article's date). Run it once per date; a null asOf takes everything.
//
// Parameters: statementId; asOf (ISO date or null).
// GraphQL: stanceBreakdown(statementId, asOf) — the same rule, grouped by position.
:param statementId => 'dprk-troops-to-russia';
:param asOf => '2024-10-19';

MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s:Statement {id: $statementId})
WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
RETURN a.name AS actor,
       type(r) AS stance,
       r.date AS date,
       r.precision AS precision,
       r.knownBy AS knownBy,
       r.dateText AS dateAsGiven,
       r.id AS stanceId
ORDER BY r.date, r.knownBy, a.name, type(r)
LIMIT 500;
