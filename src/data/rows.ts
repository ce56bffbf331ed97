/**
 * Plain rows shared by the research queries. Node and relationship objects of the core types
 * come from the compiler as `CompiledRow`s (src/data/compile/compiledRow.ts).
 */

export interface FuzzyDateRow {
  date: string;
  precision: string;
  knownBy: string;
  text: string | null;
}

export interface StatementLinkRow {
  type: 'SUPPORTS' | 'REFUTES';
  fromId: string;
  toId: string;
}

/** A node for drawing; `node` is compiled from its selection by the resolver. */
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
