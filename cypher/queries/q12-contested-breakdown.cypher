// Question 12: Is the deployment claim contested, and what is the breakdown (claimed /
// confirmed / denied / declined to confirm / did not deny / declined to comment / retracted),
// with each actor's current position and history?
//
// Returns one row for the statement: its contested status and, per position, the actors whose
// current position it is (oldest first), plus the statements on record that support or refute it.
// Positions over time: each actor counts once, by its current position: the latest of its
// stances on record (by date, then knownBy, then stance id), with its whole history in date
// order. Effects (src/domain/stanceTypes.ts): CLAIMED and CONFIRMED support; DENIED opposes;
// DECLINED_TO_CONFIRM, DID_NOT_DENY and DECLINED_TO_COMMENT take no side (a non-denial is not
// opposition); RETRACTED withdraws the actor's earlier position, so it counts on no side.
// "On record as of D": a stance whose knownBy is on or before D; a SUPPORTS / REFUTES link
// whose source statement someone had claimed or confirmed by D. A null asOf takes everything.
// Status: CONTESTED when some actor currently supports (or a statement supports) AND some
// actor currently denies (or a statement refutes); ASSERTED when only the first; DENIED when
// only the second; UNCONFIRMED when only non-committal positions are held; UNADDRESSED when
// none is (nothing on record, or everything retracted).
//
// Parameters: statementId; asOf (ISO date or null).
// GraphQL: stanceBreakdown(statementId, asOf).
:param statementId => 'dprk-troops-to-russia';
:param asOf => null;

MATCH (s:Statement {id: $statementId})
CALL (s) {
  MATCH (a:Actor)-[r:CLAIMED|CONFIRMED|DENIED|DECLINED_TO_CONFIRM|DID_NOT_DENY|DECLINED_TO_COMMENT|RETRACTED]->(s)
  WHERE $asOf IS NULL OR r.knownBy <= date($asOf)
  WITH a, r ORDER BY r.date, r.knownBy, r.id
  WITH a, collect(r) AS history
  WITH a, history, last(history) AS current
  ORDER BY current.date, current.knownBy, a.name
  RETURN collect({actor: a.name, actorId: a.id, position: type(current), date: current.date,
                  precision: current.precision, stanceId: current.id,
                  history: [h IN history | h.id]}) AS positions
}
CALL (s) {
  OPTIONAL MATCH (source:Statement)-[l:SUPPORTS|REFUTES]->(s)
  WHERE $asOf IS NULL
     OR EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
  WITH source, l ORDER BY source.id
  RETURN collect(CASE type(l) WHEN 'SUPPORTS' THEN source.id END) AS supportedBy,
         collect(CASE type(l) WHEN 'REFUTES' THEN source.id END) AS refutedBy
}
WITH s, positions, supportedBy, refutedBy,
     size([p IN positions WHERE p.position IN ['CLAIMED', 'CONFIRMED']]) + size(supportedBy) AS supporting,
     size([p IN positions WHERE p.position IN ['DENIED']]) + size(refutedBy) AS opposing,
     size([p IN positions WHERE p.position IN ['DECLINED_TO_CONFIRM', 'DID_NOT_DENY', 'DECLINED_TO_COMMENT']]) AS nonCommittal
RETURN s.text AS statement,
       CASE WHEN supporting > 0 AND opposing > 0 THEN 'CONTESTED'
            WHEN supporting > 0 THEN 'ASSERTED'
            WHEN opposing > 0 THEN 'DENIED'
            WHEN nonCommittal > 0 THEN 'UNCONFIRMED'
            ELSE 'UNADDRESSED' END AS status,
       [p IN positions WHERE p.position = 'CLAIMED'] AS claimed,
       [p IN positions WHERE p.position = 'CONFIRMED'] AS confirmed,
       [p IN positions WHERE p.position = 'DENIED'] AS denied,
       [p IN positions WHERE p.position = 'DECLINED_TO_CONFIRM'] AS declinedToConfirm,
       [p IN positions WHERE p.position = 'DID_NOT_DENY'] AS didNotDeny,
       [p IN positions WHERE p.position = 'DECLINED_TO_COMMENT'] AS declinedToComment,
       [p IN positions WHERE p.position = 'RETRACTED'] AS retracted,
       positions, supportedBy, refutedBy,
       s.id AS statementId,
       $asOf AS asOf;
