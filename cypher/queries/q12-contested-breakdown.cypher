// Question 12: Is the deployment claim contested, and what is the breakdown (claimed /
// confirmed / denied / declined to confirm), with the dates of each position?
//
// Returns one row for the statement: its contested status and, per position, who holds it
// and since when (oldest first), plus the statements on record that support or refute it.
// "On record as of D": a stance whose knownBy is on or before D; a SUPPORTS / REFUTES link
// whose source statement someone had claimed or confirmed by D. A null asOf takes everything.
// Status: CONTESTED when claimed, confirmed or supported AND denied or refuted; ASSERTED when
// only the first; DENIED when only the second; UNCONFIRMED when only declines to confirm are
// on record; UNADDRESSED when nothing is.
//
// Parameters: statementId; asOf (ISO date or null).
// GraphQL: stanceBreakdown(statementId, asOf).
:param statementId => 'dprk-troops-to-russia';
:param asOf => null;

MATCH (s:Statement {id: $statementId})
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
RETURN s.text AS statement,
       CASE WHEN supporting > 0 AND opposing > 0 THEN 'CONTESTED'
            WHEN supporting > 0 THEN 'ASSERTED'
            WHEN opposing > 0 THEN 'DENIED'
            WHEN size(declinedToConfirm) > 0 THEN 'UNCONFIRMED'
            ELSE 'UNADDRESSED' END AS status,
       claimed, confirmed, denied, declinedToConfirm, supportedBy, refutedBy,
       s.id AS statementId,
       $asOf AS asOf;
