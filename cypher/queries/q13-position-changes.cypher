// Question 13: Who changed position on the deployment claim — from what to what, and when?
//
// Returns one row per change: an actor's consecutive stances on one statement (in date order:
// date, then knownBy, then stance id) whose types differ, e.g. DECLINED_TO_CONFIRM then
// CONFIRMED, or CLAIMED then RETRACTED. A repeated type is not a change. Oldest change first.
// A change falls within [from, to] when its later stance does (date >= from, knownBy <= to).
// Bounded: a statement or an actor must be given (both may be).
//
// Parameters: statementId and/or actorId (ids or null); from, to (ISO dates or null); limit.
// GraphQL: positionChanges(statementId, actorId, from, to, first).
:param statementId => 'dprk-troops-to-russia';
:param actorId => null;
:param from => null;
:param to => null;
:param limit => 50;

MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s:Statement)
WHERE ($statementId IS NOT NULL OR $actorId IS NOT NULL)
  AND ($statementId IS NULL OR s.id = $statementId)
  AND ($actorId IS NULL OR a.id = $actorId)
WITH a, s, r ORDER BY r.date, r.knownBy, r.id
WITH a, s, collect(r) AS history
WHERE size(history) > 1
UNWIND range(1, size(history) - 1) AS i
WITH a, s, history[i - 1] AS before, history[i] AS after
WHERE type(before) <> type(after)
  AND ($from IS NULL OR after.date >= date($from))
  AND ($to IS NULL OR after.knownBy <= date($to))
RETURN a.name AS actor,
       type(before) AS fromPosition,
       type(after) AS toPosition,
       after.date AS date,
       after.precision AS precision,
       a.id AS actorId,
       s.id AS statementId,
       before.id AS fromStanceId,
       after.id AS toStanceId
ORDER BY after.date, after.knownBy, actor, statementId
LIMIT toInteger($limit);
