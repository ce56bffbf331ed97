// Question 12: Is the deployment claim contested, and what is the breakdown (claimed /
// confirmed / denied / declined to confirm / did not deny / declined to comment / retracted),
// with each actor's current position and history?
//
// Returns one row for the statement: its contested status and, per position, the actors whose
// current position it is (oldest first), plus the statements on record that support or refute it.
// Positions over time: each actor counts once, by its current position: the latest of its
// stances on record (by date, then knownBy, then stance id), with its history in date order.
// Effects (src/domain/stanceTypes.ts): CLAIMED and CONFIRMED support; DENIED opposes;
// DECLINED_TO_CONFIRM, DID_NOT_DENY and DECLINED_TO_COMMENT take no side (a non-denial is not
// opposition); RETRACTED withdraws the actor's earlier position, so it counts on no side.
// "On record as of D": a stance whose knownBy is on or before D; a SUPPORTS / REFUTES link
// whose source statement someone had claimed or confirmed by D. A null asOf takes everything.
// Status: CONTESTED when some actor currently supports (or a statement supports) AND some
// actor currently denies (or a statement refutes); ASSERTED when only the first; DENIED when
// only the second; UNCONFIRMED when only non-committal positions are held; UNADDRESSED when
// none is (nothing on record, or everything retracted).
// Bounded: every list (and each actor's history) returns its first $first items; `counts`
// (and each actor's historyCount) says how many it holds in full. Status is taken over all.
//
// Parameters: statementId; asOf (ISO date or null); first (items per list; the service passes
// MAX_PAGE_SIZE and slices each field to its own `first`).
// GraphQL: stanceBreakdown(statementId, asOf).
:param statementId => 'dprk-troops-to-russia';
:param asOf => null;
:param first => 100;

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
WITH s, positions, supportedBy, refutedBy,
     {claimed: size([p IN positions WHERE p.position = 'CLAIMED']),
      confirmed: size([p IN positions WHERE p.position = 'CONFIRMED']),
      denied: size([p IN positions WHERE p.position = 'DENIED']),
      declinedToConfirm: size([p IN positions WHERE p.position = 'DECLINED_TO_CONFIRM']),
      didNotDeny: size([p IN positions WHERE p.position = 'DID_NOT_DENY']),
      declinedToComment: size([p IN positions WHERE p.position = 'DECLINED_TO_COMMENT']),
      retracted: size([p IN positions WHERE p.position = 'RETRACTED']),
      positions: size(positions), supportedBy: size(supportedBy), refutedBy: size(refutedBy)} AS counts
WITH s, positions, supportedBy, refutedBy, counts,
     counts.claimed + counts.confirmed + counts.supportedBy AS supporting,
     counts.denied + counts.refutedBy AS opposing,
     counts.declinedToConfirm + counts.didNotDeny + counts.declinedToComment AS nonCommittal
RETURN s.text AS statement,
       CASE WHEN supporting > 0 AND opposing > 0 THEN 'CONTESTED'
            WHEN supporting > 0 THEN 'ASSERTED'
            WHEN opposing > 0 THEN 'DENIED'
            WHEN nonCommittal > 0 THEN 'UNCONFIRMED'
            ELSE 'UNADDRESSED' END AS status,
       counts,
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
       $asOf AS asOf;
