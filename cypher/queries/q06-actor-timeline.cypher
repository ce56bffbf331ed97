// Question 6: What did Zelenskyy claim between 13 and 17 October 2024?
//
// Returns an actor's stances in date order. A stance falls within [from, to] when its date is
// on or after `from` and it had certainly been taken by `to` (its knownBy is on or before
// `to`), so "last week" counts only when the whole week lies inside the range. Either bound
// may be null. `words` is the verbatim quote, or the source's paraphrase.
//
// Parameters: actorId; from; to (ISO dates or null); limit.
// GraphQL: actorTimeline(actorId, from, to, first).
:param actorId => 'zelenskyy';
:param from => '2024-10-13';
:param to => '2024-10-17';
:param limit => 100;

MATCH (a:Actor {id: $actorId})-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s:Statement)
WHERE ($from IS NULL OR r.date >= date($from))
  AND ($to IS NULL OR r.knownBy <= date($to))
RETURN r.date AS date,
       r.precision AS precision,
       type(r) AS stance,
       s.text AS statement,
       coalesce(r.quote, r.paraphrase) AS words,
       r.venue AS venue,
       r.id AS stanceId
ORDER BY r.date, r.knownBy, type(r), s.id
LIMIT toInteger($limit);
