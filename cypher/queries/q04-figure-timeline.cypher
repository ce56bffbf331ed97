// Question 4: Which troop numbers were claimed, by whom, on which dates, in date order?
//
// Returns one row per figure given for the event or any of its parts (PART_OF, up to 5
// levels down): the number (`value`) or span (`low`..`high`), its unit, its qualifier
// (EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE, VAGUE with its phrase), its kind (OBSERVED,
// CUMULATIVE, PLANNED with a target date), who claimed or confirmed it, when, and the (most
// specific) event the statement is about. Oldest first. Statements stored before qualifiers
// existed read as EXACT or APPROXIMATE (from figureApproximate) and OBSERVED.
// The id columns (stanceId, actorId, statementId, eventId) are what the GraphQL field reads.
//
// Parameters: eventId — the event; first — at most this many rows.
// GraphQL: figureTimeline(eventId, first).
:param eventId => 'dprk-troop-deployment-to-russia';
:param first => 100;

MATCH (root:Event {id: $eventId})
MATCH p = (e:Event)-[:PART_OF]->{0,5}(root)
MATCH (s:Statement)-[:ABOUT]->(e)
WHERE s.figureValue IS NOT NULL OR s.figureLow IS NOT NULL
WITH s, e ORDER BY length(p) DESC, e.id
WITH s, head(collect(e)) AS e
MATCH (a:Actor)-[r:CLAIMED|CONFIRMED]->(s)
RETURN r.date AS date,
       r.precision AS precision,
       s.figureValue AS value,
       s.figureLow AS low,
       s.figureHigh AS high,
       s.figureUnit AS unit,
       coalesce(s.figureQualifier, CASE WHEN s.figureApproximate THEN 'APPROXIMATE' ELSE 'EXACT' END) AS qualifier,
       s.figurePhrase AS phrase,
       coalesce(s.figureKind, 'OBSERVED') AS kind,
       s.figureTargetDate AS targetDate,
       s.figureTargetPrecision AS targetPrecision,
       a.name AS actor,
       type(r) AS stance,
       e.name AS event,
       r.knownBy AS knownBy,
       r.dateText AS dateAsGiven,
       r.id AS stanceId,
       a.id AS actorId,
       s.id AS statementId,
       e.id AS eventId
ORDER BY r.date, r.knownBy, a.name, type(r), s.id
LIMIT toInteger($first);
