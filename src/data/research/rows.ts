/**
 * Rows returned by the research queries (cypher/queries/). They carry ids; the resolvers turn
 * ids into objects through the request's loaders (see the mappers in codegen.ts), so nested
 * fields cost one batched round trip per level, whatever the number of results. A breakdown's
 * direct fields are the exception: its own statement projects them (compileBreakdown.ts).
 */
import type { FuzzyDateRow, GraphNodeRow, StatementLinkRow } from '../rows';

export type ContestedStatusValue = 'CONTESTED' | 'ASSERTED' | 'DENIED' | 'UNCONFIRMED' | 'UNADDRESSED';
export type LinkTypeValue = 'SUPPORTS' | 'REFUTES';
export type DatePrecisionValue = import('../../domain/datePrecision').DatePrecision;

/** One actor's position on a statement: its current (latest on record) stance and its history. */
export interface ActorPositionRow {
  actorId: string;
  stanceId: string;
  position: import('../../domain/stanceTypes').StanceType;
  /** The first stance ids of its history in date order (at most MAX_PAGE_SIZE). */
  historyIds: string[];
  /** How many stances its history holds in full. */
  historyCount: number;
}

/** How many items each list of a breakdown holds in full (the research file's `counts`). */
export interface BreakdownCountsRow {
  claimed: number;
  confirmed: number;
  denied: number;
  declinedToConfirm: number;
  didNotDeny: number;
  declinedToComment: number;
  retracted: number;
  positions: number;
  supportedBy: number;
  refutedBy: number;
}

/** One change of position: consecutive stances of an actor on a statement whose types differ. */
export interface PositionChangeRow {
  actorId: string;
  statementId: string;
  fromStanceId: string;
  toStanceId: string;
}

/**
 * One statement's breakdown. Each list holds the first items of its field (at most
 * MAX_PAGE_SIZE, which the resolvers slice to each field's `first`); `counts` the full sizes.
 */
export interface StanceBreakdownRow {
  statementId: string;
  asOf: string | null;
  status: ContestedStatusValue;
  counts: BreakdownCountsRow;
  claimedIds: string[];
  confirmedIds: string[];
  deniedIds: string[];
  declinedToConfirmIds: string[];
  didNotDenyIds: string[];
  declinedToCommentIds: string[];
  retractedIds: string[];
  positions: ActorPositionRow[];
  supportedByIds: string[];
  refutedByIds: string[];
  /**
   * The objects the selection asked for under the breakdown's direct fields, by response key,
   * when its root field's statement projected them (compileBreakdown); absent otherwise.
   */
  selected?: Record<string, unknown>;
}

export interface LinkChainRow {
  depth: number;
  /** The statements along the chain, the one asked about first. */
  statementIds: string[];
  links: StatementLinkRow[];
  polarity: LinkTypeValue;
}

export interface ProvenanceRecordRow {
  stanceId: string;
  /** The first article ids (at most MAX_PAGE_SIZE), oldest first. */
  articleIds: string[];
  /** How many articles in full. */
  articleCount: number;
  /** The first cited agency ids (at most MAX_PAGE_SIZE). */
  citedAgencyIds: string[];
  /** How many cited agencies in full. */
  citedAgencyCount: number;
  /** The speaker first, the origin last. */
  relayChainIds: string[];
  originId: string;
}

export interface ProvenanceRow {
  statementId: string;
  /** The first records (at most MAX_PAGE_SIZE), oldest first. */
  records: ProvenanceRecordRow[];
  /** How many records in full: the stances on the statement. */
  recordCount: number;
}

/**
 * A figure as read from a statement. Statements stored before qualifiers existed carry only
 * `value`, `unit` and `approximate`; the Figure resolvers derive the rest.
 */
export interface FigureRow {
  value: number | null;
  unit: string;
  approximate?: boolean | null;
  low?: number | null;
  high?: number | null;
  qualifier?: import('../../domain/figures').FigureQualifier | null;
  phrase?: string | null;
  kind?: import('../../domain/figures').FigureKind | null;
  targetDate?: string | null;
  targetPrecision?: DatePrecisionValue | null;
}

export interface FigurePointRow {
  figure: FigureRow;
  statementId: string;
  actorId: string;
  /** The stance type: CLAIMED or CONFIRMED. */
  stance: string;
  date: FuzzyDateRow;
  eventId: string;
}

export interface GraphEdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  role: string | null;
  /** For stance edges. */
  date: (Omit<FuzzyDateRow, 'precision'> & { precision: DatePrecisionValue }) | null;
  quote: string | null;
}

export interface GraphPathRow {
  length: number;
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
}

export interface SubgraphRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
}

export interface OriginRow {
  rootId: string;
  /** The first speaker ids by name (at most MAX_PAGE_SIZE). */
  speakerIds: string[];
  /** How many speakers in full. */
  speakerCount: number;
}

export interface IndependentOriginsRow {
  statementId: string;
  /** How many origins in full. */
  count: number;
  /** The first origins by root name (at most MAX_PAGE_SIZE). */
  origins: OriginRow[];
}
