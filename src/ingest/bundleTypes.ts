/**
 * The article bundle, format `claimgraph-bundle/1` (schemas/bundle.schema.json). These types
 * describe a bundle that passed the JSON Schema; references are still unresolved strings.
 */

import { AGENCY_KIND_LIST } from '../data/rows';

export const BUNDLE_FORMAT = 'claimgraph-bundle/1';

export const ACTOR_KINDS = ['STATE', 'PERSON', 'ORGANISATION', 'GROUP', ...AGENCY_KIND_LIST] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Kinds from INTELLIGENCE_SERVICE on also carry the `:Agency` label (docs/graph-model.md). */
export { AGENCY_KINDS } from '../data/rows';

export const EVENT_TYPES = [
  'ARMED_CONFLICT',
  'DEPLOYMENT',
  'TRAINING',
  'TROOP_MOVEMENT',
  'MEETING',
  'SUPPLY',
  'ATTACK',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const STANCE_TYPES = ['CLAIMED', 'CONFIRMED', 'DENIED', 'DECLINED_TO_CONFIRM'] as const;
export type StanceType = (typeof STANCE_TYPES)[number];

export const LINK_TYPES = ['SUPPORTS', 'REFUTES'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const RELATION_TYPES = ['LEADS', 'REPRESENTS', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'ON_OR_BEFORE'] as const;
/** Stored precisions include RANGE, which only a phrase yields (src/domain/datePrecision.ts). */
export type Precision = import('../domain/datePrecision').DatePrecision;

/** A date as written in a bundle: an ISO day, a phrase resolved against the article date, or both. */
export interface DateRef {
  date?: string | null;
  precision?: Precision | null;
  text?: string | null;
}

export interface BundleArticle {
  id: string;
  title: string;
  published: string;
  publisher?: string | null;
  url?: string | null;
  /** Actor references (ids or aliases) of the agencies the article cites. */
  cites?: string[];
}

export interface BundleActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases?: string[];
  description?: string | null;
}

export interface BundleRelation {
  from: string;
  type: RelationType;
  to: string;
  role?: string | null;
}

export interface BundleParticipant {
  actor: string;
  role?: string | null;
}

export interface BundleEvent {
  id: string;
  name: string;
  type: EventType;
  place?: string | null;
  date?: DateRef | null;
  partOf?: string[];
  participants?: BundleParticipant[];
}

export interface BundleFigure {
  value: number;
  unit: string;
  approximate: boolean;
}

export interface BundleStatement {
  id: string;
  text: string;
  about?: string[];
  figure?: BundleFigure | null;
  refersTo?: DateRef | null;
}

export interface BundleStance {
  actor: string;
  statement: string;
  stance: StanceType;
  date?: DateRef | null;
  quote?: string | null;
  paraphrase?: string | null;
  venue?: string | null;
  event?: string | null;
  relayOf?: string | null;
}

export interface BundleLink {
  from: string;
  type: LinkType;
  to: string;
}

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  article: BundleArticle;
  actors?: BundleActor[];
  relations?: BundleRelation[];
  events?: BundleEvent[];
  statements?: BundleStatement[];
  stances?: BundleStance[];
  links?: BundleLink[];
}
