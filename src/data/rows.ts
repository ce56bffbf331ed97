/**
 * Plain rows returned by the data-access layer. Resolvers receive these as parents (see the
 * mappers in codegen.ts); nested fields are fetched through the request's loaders.
 */

export type ActorTypename = 'State' | 'Person' | 'Organisation' | 'Agency';

export interface FuzzyDateRow {
  date: string;
  precision: string;
  knownBy: string;
  text: string | null;
}

export interface ActorRow {
  __typename: ActorTypename;
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  description: string | null;
}

export interface StatementRow {
  __typename: 'Statement';
  id: string;
  text: string;
  figure: { value: number; unit: string; approximate: boolean } | null;
  refersTo: FuzzyDateRow | null;
}

export interface StanceRow {
  __typename: 'Stance';
  id: string;
  type: string;
  actorId: string;
  statementId: string;
  date: FuzzyDateRow;
  quote: string | null;
  paraphrase: string | null;
  venue: string | null;
  eventId: string | null;
  sources: string[];
  relayOf: string | null;
  /** The actor's row, when the query that found the stance brought it along. */
  actor?: ActorRow;
  /** The statement's row, when the query that found the stance brought it along. */
  statement?: StatementRow;
}

export interface EventRow {
  __typename: 'Event';
  id: string;
  name: string;
  type: string;
  place: string | null;
  date: FuzzyDateRow | null;
}

export interface ArticleRow {
  __typename: 'Article';
  id: string;
  title: string;
  published: string;
  publisher: string | null;
  url: string | null;
}

export interface StatementLinkRow {
  type: 'SUPPORTS' | 'REFUTES';
  fromId: string;
  toId: string;
}

export interface ActorRelationRow {
  type: string;
  role: string | null;
  /** The actor at the other end. */
  actorId: string;
}

export interface ParticipationRow {
  actorId: string;
  eventId: string;
  role: string | null;
}

export type NodeRow = ActorRow | StatementRow | StanceRow | EventRow | ArticleRow;

/** A node for drawing; `node` is filled in by the resolver through the loaders. */
export interface GraphNodeRow {
  id: string;
  labels: string[];
  caption: string;
}

/** Actor kinds that make an actor an Agency (label `:Agency`, GraphQL type `Agency`). */
export const AGENCY_KIND_LIST = [
  'INTELLIGENCE_SERVICE',
  'MINISTRY',
  'GOVERNMENT_OFFICE',
  'MILITARY',
  'NEWS_AGENCY',
  'INTERNATIONAL_BODY',
] as const;
export const AGENCY_KINDS: ReadonlySet<string> = new Set(AGENCY_KIND_LIST);

/** The GraphQL object type of an actor of this kind. */
export function actorTypename(kind: string): ActorTypename {
  if (AGENCY_KINDS.has(kind)) return 'Agency';
  if (kind === 'STATE') return 'State';
  if (kind === 'PERSON') return 'Person';
  return 'Organisation';
}
