// Question 1: Who accused North Korea of sending troops to Russia, and when?
//
// Returns one row per accusation, oldest first (date, then how late it is certainly known,
// then the accuser's name): every CLAIMED or CONFIRMED stance on the statement and, when
// $includeSupporting is true, on the statements that SUPPORT it (up to 3 links away).
// `statement` is the proposition the accuser put forward; `via` is null for the statement
// itself and the supporting statement's id otherwise.
//
// Parameters: statementId — the accusation; includeSupporting — also count claims that
// support it; limit — at most this many rows.
// GraphQL: stanceBreakdown(statementId) { claimed confirmed } for the direct accusations.
:param statementId => 'dprk-troops-to-russia';
:param includeSupporting => true;
:param limit => 100;

MATCH (target:Statement {id: $statementId})
MATCH p = (s:Statement)-[:SUPPORTS]->{0,3}(target)
WHERE $includeSupporting OR length(p) = 0
WITH DISTINCT target, s
MATCH (a:Actor)-[r:CLAIMED|CONFIRMED]->(s)
RETURN r.date AS date,
       r.precision AS precision,
       r.dateText AS dateAsGiven,
       a.name AS accuser,
       type(r) AS stance,
       s.text AS statement,
       CASE WHEN s = target THEN null ELSE s.id END AS via
ORDER BY r.date, r.knownBy, a.name, type(r), s.id
LIMIT toInteger($limit);
