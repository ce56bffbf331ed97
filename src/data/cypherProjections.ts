/**
 * Cypher map projections shared by every query that returns a row of the same kind, so each
 * row shape is written once. Each takes the variable name of the node or relationship.
 */

export const actorProjection = (v: string): string =>
  `${v} { .id, .name, .kind, aliases: coalesce(${v}.aliases, []), .description }`;

export const statementProjection = (v: string): string =>
  `${v} { .id, .text, figure: CASE WHEN ${v}.figureValue IS NULL THEN null ELSE { value: ${v}.figureValue, unit: ${v}.figureUnit, approximate: coalesce(${v}.figureApproximate, false) } END,
     refersTo: CASE WHEN ${v}.refersToDate IS NULL THEN null ELSE { date: ${v}.refersToDate, precision: ${v}.refersToPrecision, knownBy: ${v}.refersToKnownBy, text: ${v}.refersToText } END }`;

/**
 * `r` is the stance relationship, `a` its actor, `s` its statement. The actor and statement
 * rows can ride along (`embed`), saving the round trip that `Stance.actor` / `Stance.statement`
 * would otherwise cost; the side the query started from is left out, since it is known.
 */
export const stanceProjection = (
  r: string,
  a: string,
  s: string,
  embed: { actor?: boolean; statement?: boolean } = {},
): string =>
  `{ id: ${r}.id, type: type(${r}), actorId: ${a}.id, statementId: ${s}.id,
     date: { date: ${r}.date, precision: ${r}.precision, knownBy: ${r}.knownBy, text: ${r}.dateText },
     quote: ${r}.quote, paraphrase: ${r}.paraphrase, venue: ${r}.venue, eventId: ${r}.eventId,
     sources: coalesce(${r}.sources, []), relayOf: ${r}.relayOf${embed.actor ? `, actor: ${actorProjection(a)}` : ''}${
       embed.statement ? `, statement: ${statementProjection(s)}` : ''
     } }`;

export const eventProjection = (v: string): string =>
  `${v} { .id, .name, .type, .place, date: CASE WHEN ${v}.date IS NULL THEN null ELSE { date: ${v}.date, precision: ${v}.datePrecision, knownBy: ${v}.dateKnownBy, text: ${v}.dateText } END }`;

export const articleProjection = (v: string): string => `${v} { .id, .title, .published, .publisher, .url }`;

/** The stance relationship types; the only ones a stance pattern may name (one home: src/domain). */
export { STANCE_TYPES, STANCE_PATTERN } from '../domain/stanceTypes';
/** Date order of stances bound as `a`-[`r`]->`s` (docs/graph-model.md), ties broken by statement. */
export const STANCE_ORDER = 'ORDER BY r.date, r.knownBy, a.name, type(r), s.id';
