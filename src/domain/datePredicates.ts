/**
 * The "as of" and "within" date predicates of docs/graph-model.md, the one home of their
 * Cypher text. `r` is a dated relationship or node variable, `param` a `$parameter` name
 * holding an ISO date. The `.cypher` files cannot import, so test/unit/api/datePredicates
 * checks that every such predicate in them reads exactly as these functions write it.
 */

/** A stance is on record as of day D when it was certainly taken by D. */
export const onRecordAsOf = (r: string, param: string): string => `${r}.knownBy <= date($${param})`;

/** A stance is within [from, to] when it started on or after `from` ... */
export const withinFrom = (r: string, param: string): string => `${r}.date >= date($${param})`;

/** ... and was certainly taken by `to` (the same test as "as of"). */
export const withinTo = onRecordAsOf;
