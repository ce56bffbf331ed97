import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { CompiledRow } from '../data/compile/compiledRow';
import { GraphNodeRow } from '../data/rows';
import { StanceBreakdownRow, ActorPositionRow, FigureRow, PositionChangeRow, LinkChainRow, ProvenanceRow, ProvenanceRecordRow, FigurePointRow, OriginRow, IndependentOriginsRow } from '../data/research/rows';
import { RequestContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO-8601 form, e.g. `2024-10-22`. */
  Date: { input: string; output: string; }
  /** Any JSON value. Used for ingestion bundles, which are validated against their JSON Schema. */
  JSON: { input: unknown; output: unknown; }
};

/** A state, person, organisation, group or agency that can speak or act. */
export type Actor = {
  /** Actors this one leads, represents or is part of. */
  affiliations: Array<ActorRelation>;
  /** Other names the actor is known by; any of them resolves to this actor on ingestion. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Actors that lead, represent or are part of this one. */
  members: Array<ActorRelation>;
  /** The most common name. */
  name: Scalars['String']['output'];
  /** Events this actor took part in. */
  participations: Array<Participation>;
  /** Positions this actor took, oldest first. */
  stances: Array<Stance>;
};


/** A state, person, organisation, group or agency that can speak or act. */
export type ActorAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, person, organisation, group or agency that can speak or act. */
export type ActorMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, person, organisation, group or agency that can speak or act. */
export type ActorParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, person, organisation, group or agency that can speak or act. */
export type ActorStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};

/** A page of a Actor list (Relay connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ActorEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a Actor list, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Actor;
};

/** Filters for `actors`. All given conditions must hold. */
export type ActorFilter = {
  /** Only actors of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Only actors that lead, represent or are part of this actor (directly). */
  memberOf?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the name or any alias. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What sort of actor this is. Every kind from INTELLIGENCE_SERVICE on is an `Agency`. */
export type ActorKind =
  /** The office of a head of state or government (the Kremlin). */
  | 'GOVERNMENT_OFFICE'
  /** An informal group of people. */
  | 'GROUP'
  /** An intelligence service (NIS, Defence Intelligence of Ukraine). */
  | 'INTELLIGENCE_SERVICE'
  /** An international body (the UN General Assembly First Committee). */
  | 'INTERNATIONAL_BODY'
  /** A military command or armed force. */
  | 'MILITARY'
  /** A government ministry or department. */
  | 'MINISTRY'
  /** A news agency (Yonhap). */
  | 'NEWS_AGENCY'
  /** A non-state organisation. */
  | 'ORGANISATION'
  /** A named or described individual (Zelenskyy, a UN representative). */
  | 'PERSON'
  /** A sovereign state (North Korea, Ukraine). */
  | 'STATE';

/** Sort orders for lists of actors. */
export type ActorOrder =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC';

/** An actor's position on a statement over time. */
export type ActorPosition = {
  __typename?: 'ActorPosition';
  /** The actor. */
  actor: Actor;
  /** Its current position: the latest of its stances on record (RETRACTED means it holds none). */
  current: Stance;
  /** How the current position bears on the statement. */
  effect: StanceEffect;
  /** Its stances on the statement on record, in date order (the current one is the latest). */
  history: Array<Stance>;
  /** How many stances `history` holds in full, whatever its `first`. */
  historyCount: Scalars['Int']['output'];
};


/** An actor's position on a statement over time. */
export type ActorPositionHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A LEADS, REPRESENTS or PART_OF link between two actors, seen from one end. */
export type ActorRelation = {
  __typename?: 'ActorRelation';
  /** The actor at the other end. */
  actor: Actor;
  /** The role title, e.g. `President` or `Head of Defence Intelligence of Ukraine`. */
  role?: Maybe<Scalars['String']['output']>;
  /** LEADS, REPRESENTS or PART_OF. */
  type: ActorRelationType;
};

/** How one actor belongs to another. */
export type ActorRelationType =
  /** A person heads an actor (Budanov leads Defence Intelligence of Ukraine). */
  | 'LEADS'
  /** An agency is part of an actor (the NIS is part of South Korea). */
  | 'PART_OF'
  /** A person or body speaks for an actor (the DPRK's UN representative represents North Korea). */
  | 'REPRESENTS';

/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type Agency = Actor & Node & {
  __typename?: 'Agency';
  /** Actors this one leads, represents or is part of. */
  affiliations: Array<ActorRelation>;
  /** Other names the actor is known by; any of them resolves to this actor on ingestion. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that cite this agency as a source. */
  citedBy: Array<Article>;
  /** A short description, when the source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Actors that lead, represent or are part of this one. */
  members: Array<ActorRelation>;
  /** The most common name. */
  name: Scalars['String']['output'];
  /** Events this actor took part in. */
  participations: Array<Participation>;
  /** Positions this actor took, oldest first. */
  stances: Array<Stance>;
};


/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type AgencyAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type AgencyCitedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type AgencyMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type AgencyParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An institution: intelligence service, ministry, government office, news agency, international body. */
export type AgencyStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};

/** A source document. */
export type Article = Node & {
  __typename?: 'Article';
  /** Agencies the article names as its sources. */
  cites: Array<Agency>;
  /** Stable slug, unique across the graph. */
  id: Scalars['ID']['output'];
  /** Publication date; relative dates in the article are read against it. */
  published: Scalars['Date']['output'];
  /** Who published it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Statements the article reports. */
  reports: Array<Statement>;
  /** The headline. */
  title: Scalars['String']['output'];
  /** Where it can be read, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A source document. */
export type ArticleCitesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document. */
export type ArticleReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Article list (Relay connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<ArticleEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a Article list, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Article;
};

/** Filters for `articles`. */
export type ArticleFilter = {
  /** Only articles that cite this agency. */
  cites?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles published on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive substring of the title. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only articles published on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Sort orders for lists of articles. */
export type ArticleOrder =
  /** Oldest first. */
  | 'PUBLISHED_ASC'
  /** Newest first. */
  | 'PUBLISHED_DESC';

/** How many items each list of a `StanceBreakdown` holds in full, whatever its `first`. */
export type BreakdownCounts = {
  __typename?: 'BreakdownCounts';
  /** Actors whose current position is CLAIMED. */
  claimed: Scalars['Int']['output'];
  /** Actors whose current position is CONFIRMED. */
  confirmed: Scalars['Int']['output'];
  /** Actors whose current position is DECLINED_TO_COMMENT. */
  declinedToComment: Scalars['Int']['output'];
  /** Actors whose current position is DECLINED_TO_CONFIRM. */
  declinedToConfirm: Scalars['Int']['output'];
  /** Actors whose current position is DENIED. */
  denied: Scalars['Int']['output'];
  /** Actors whose current position is DID_NOT_DENY. */
  didNotDeny: Scalars['Int']['output'];
  /** Actors with any stance on record (the sum of the seven above). */
  positions: Scalars['Int']['output'];
  /** Statements on record that refute this one. */
  refutedBy: Scalars['Int']['output'];
  /** Actors whose latest stance is RETRACTED. */
  retracted: Scalars['Int']['output'];
  /** Statements on record that support this one. */
  supportedBy: Scalars['Int']['output'];
};

/** A reference of a bundle (an actor, statement or event) and what it resolved to. */
export type BundleResolution = {
  __typename?: 'BundleResolution';
  /** The id it denotes. */
  id: Scalars['ID']['output'];
  /** JSON path of the reference, e.g. `$.stances[2].actor`. */
  path: Scalars['String']['output'];
  /** The reference as written. */
  reference: Scalars['String']['output'];
  /** `id` when it is the id itself, `alias` when it matched a name or alias. */
  via: Scalars['String']['output'];
};

/** A remark about one item of a bundle, located by JSON path. */
export type BundleWarning = {
  __typename?: 'BundleWarning';
  /** What is worth a look. */
  message: Scalars['String']['output'];
  /** JSON path of the item, e.g. `$.actors[2].name`. */
  path: Scalars['String']['output'];
};

/** Whether a statement is disputed, from the stances and refutations on record. */
export type ContestedStatus =
  /** Claimed, confirmed or supported, with no denial or refutation on record. */
  | 'ASSERTED'
  /** Claimed, confirmed or supported by some, and denied or refuted by others. */
  | 'CONTESTED'
  /** Denied or refuted, with no claim, confirmation or support on record. */
  | 'DENIED'
  /** No stance or link is on record. */
  | 'UNADDRESSED'
  /** Only declines to confirm are on record. */
  | 'UNCONFIRMED';

/** How exactly a date is known. */
export type DatePrecision =
  /** The exact day. */
  | 'DAY'
  /** Some day in the calendar month starting on `date`. */
  | 'MONTH'
  /** Some day on or before `date` (e.g. undated but reported in an article of that date). */
  | 'ON_OR_BEFORE'
  /**
   * Some day from `date` to `knownBy` inclusive, a span that is not a calendar week, month or
   * year: "mid-October" is the 11th to the 20th, "earlier this month" the 1st to the article's day.
   */
  | 'RANGE'
  /** Some day in the ISO week (Monday to Sunday) starting on `date`. */
  | 'WEEK'
  /** Some day in the calendar year starting on `date`. */
  | 'YEAR';

/** Something that happened or is alleged to have happened. */
export type Event = Node & {
  __typename?: 'Event';
  /** When it happened, if the source says. */
  date?: Maybe<FuzzyDate>;
  /** Stable slug, unique across the graph. */
  id: Scalars['ID']['output'];
  /** A short name for the event. */
  name: Scalars['String']['output'];
  /** Larger events this one is part of. */
  partOf: Array<Event>;
  /** Actors that took part, with their roles. */
  participants: Array<Participation>;
  /** Events that are part of this one. */
  parts: Array<Event>;
  /** Where it happened, as the source names it. */
  place?: Maybe<Scalars['String']['output']>;
  /** Statements about this event. */
  statements: Array<Statement>;
  /** What sort of event this is. */
  type: EventType;
};


/** Something that happened or is alleged to have happened. */
export type EventPartOfArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened or is alleged to have happened. */
export type EventParticipantsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened or is alleged to have happened. */
export type EventPartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Something that happened or is alleged to have happened. */
export type EventStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Event list (Relay connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<EventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a Event list, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Event;
};

/** Filters for `events`. */
export type EventFilter = {
  /** Only direct parts of this event. */
  partOf?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the event name. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only events of these types. */
  types?: InputMaybe<Array<EventType>>;
};

/** Sort orders for lists of events. */
export type EventOrder =
  /** By date, oldest first (undated last). */
  | 'DATE_ASC'
  /** By name, A to Z. */
  | 'NAME_ASC';

/** What sort of event this is. */
export type EventType =
  /** A war or armed conflict. */
  | 'ARMED_CONFLICT'
  /** An attack or strike. */
  | 'ATTACK'
  /** Sending forces somewhere. */
  | 'DEPLOYMENT'
  /** A meeting, session or summit. */
  | 'MEETING'
  /** Anything else. */
  | 'OTHER'
  /** A supply of weapons, goods or people. */
  | 'SUPPLY'
  /** Training of forces. */
  | 'TRAINING'
  /** A movement or arrival of troops. */
  | 'TROOP_MOVEMENT';

/**
 * A number given in a statement, with how it was qualified: a point (`value`: EXACT,
 * APPROXIMATE, AT_LEAST, AT_MOST) or a span (`low`..`high`: RANGE, VAGUE with its `phrase`).
 */
export type Figure = {
  __typename?: 'Figure';
  /**
   * True when the qualifier is anything but EXACT (kept for older clients).
   * @deprecated Use `qualifier`.
   */
  approximate: Scalars['Boolean']['output'];
  /** The upper end for RANGE and VAGUE figures. */
  high?: Maybe<Scalars['Float']['output']>;
  /** What sort of quantity: seen so far, a running total, or planned. */
  kind: FigureKind;
  /** The lower end for RANGE and VAGUE figures. */
  low?: Maybe<Scalars['Float']['output']>;
  /** The words of a VAGUE figure, e.g. `several hundred`. */
  phrase?: Maybe<Scalars['String']['output']>;
  /** How the source qualified the number. */
  qualifier: FigureQualifier;
  /** For PLANNED figures, the date by which the quantity is intended, when given. */
  targetDate?: Maybe<Scalars['Date']['output']>;
  /** The precision of `targetDate`. */
  targetPrecision?: Maybe<DatePrecision>;
  /** What is counted, e.g. `troops`. */
  unit: Scalars['String']['output'];
  /** The number for EXACT, APPROXIMATE, AT_LEAST and AT_MOST figures, e.g. 12000; null for RANGE and VAGUE. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** What sort of quantity a figure is. */
export type FigureKind =
  /** A running total to date ("12,000 in total so far"). */
  | 'CUMULATIVE'
  /** Seen or reported so far, at the time of the statement ("3,000 already sent"). */
  | 'OBSERVED'
  /** Intended or expected, not yet there; may carry a target date ("10,000 intended by December"). */
  | 'PLANNED';

/** One figure given for an event, by whom and when. */
export type FigurePoint = {
  __typename?: 'FigurePoint';
  /** Who gave it. */
  actor: Actor;
  /** When they gave it. */
  date: FuzzyDate;
  /** The event (or part) the statement is about. */
  event: Event;
  /** The number given. */
  figure: Figure;
  /** How they held it (claimed, confirmed, ...). */
  stance: StanceType;
  /** The statement giving it. */
  statement: Statement;
};

/** How a figure was qualified (src/domain/figures.ts). */
export type FigureQualifier =
  /** A rounded or hedged figure ("about 8,000", "some 8,000"). */
  | 'APPROXIMATE'
  /** A lower bound ("at least 8,000", "more than 8,000"): `value` is the bound. */
  | 'AT_LEAST'
  /** An upper bound ("up to 200", "no more than 200"): `value` is the bound. */
  | 'AT_MOST'
  /** The figure as given, with no hedge ("8,000 troops"). */
  | 'EXACT'
  /** Between two figures ("between 10,000 and 12,000"): `low` and `high`. */
  | 'RANGE'
  /** A phrase rather than a number ("several hundred"): `low` and `high` from the vague-phrase table, with `phrase`. */
  | 'VAGUE';

/** A date with its precision, as the source gave it. */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** The date, or the first day of the period for WEEK, MONTH and YEAR precision. */
  date: Scalars['Date']['output'];
  /** The last day by which the dated thing had certainly happened; used for `asOf` questions. */
  knownBy: Scalars['Date']['output'];
  /** How exactly the date is known. */
  precision: DatePrecision;
  /** The words the source used (`last week`, `On Monday`), when it gave any. */
  text?: Maybe<Scalars['String']['output']>;
};

/** An edge ready for drawing. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Date, for stance edges. */
  date?: Maybe<FuzzyDate>;
  /** Stable edge id (the stance id for stance edges). */
  id: Scalars['ID']['output'];
  /** Verbatim quote, for stance edges. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Role, for LEADS / REPRESENTS / PART_OF / PARTICIPATED_IN edges. */
  role?: Maybe<Scalars['String']['output']>;
  /** Id of the node the edge starts at. */
  source: Scalars['ID']['output'];
  /** Id of the node the edge ends at. */
  target: Scalars['ID']['output'];
  /** Neo4j relationship type, e.g. CLAIMED, REFUTES, PART_OF. */
  type: Scalars['String']['output'];
};

/** A node ready for drawing. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Short text to show on the node. */
  caption: Scalars['String']['output'];
  /** The node id. */
  id: Scalars['ID']['output'];
  /** Neo4j labels, e.g. ["Actor", "Agency"]. */
  labels: Array<Scalars['String']['output']>;
  /** The full object. */
  node: Node;
};

/** A path between two nodes. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** Edges in path order; edge i joins nodes i and i + 1 (in either direction). */
  edges: Array<GraphEdge>;
  /** Number of edges. */
  length: Scalars['Int']['output'];
  /** Nodes in path order. */
  nodes: Array<GraphNode>;
};

/** Independent origins supporting a statement. */
export type IndependentOrigins = {
  __typename?: 'IndependentOrigins';
  /** How many independent origins: what `origins` holds in full, whatever its `first`. */
  count: Scalars['Int']['output'];
  /** The origins, by root actor name. */
  origins: Array<Origin>;
  /** The statement. */
  statement: Statement;
};


/** Independent origins supporting a statement. */
export type IndependentOriginsOriginsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many nodes and relationships an ingestion created, updated, left unchanged or removed. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  /** Created by this ingestion. */
  created: Scalars['Int']['output'];
  /** Removed: what only an earlier version of this article said, and the new version no longer says. */
  removed: Scalars['Int']['output'];
  /** Existing and left as they were. */
  unchanged: Scalars['Int']['output'];
  /** Existing, with properties or labels changed (including losing this article from `sources`). */
  updated: Scalars['Int']['output'];
};

/**
 * The outcome of ingesting one bundle. Ingestion is all-or-nothing; re-ingesting an article id
 * replaces that article's contribution (see docs/bundle-format.md, Revisions).
 */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Id of the bundle's article. */
  articleId: Scalars['ID']['output'];
  /** Every date of the bundle as resolved, in bundle order. */
  dates: Array<ResolvedBundleDate>;
  /** True when nothing was written (`dryRun: true`); the counts say what a real run would do. */
  dryRun: Scalars['Boolean']['output'];
  /** Node counts. */
  nodes: IngestCounts;
  /** Relationship counts. */
  relationships: IngestCounts;
  /** Every reference of the bundle and the id it resolved to, in bundle order. */
  resolutions: Array<BundleResolution>;
  /** Things worth a look that did not stop the ingestion (e.g. a new actor sharing a known name). */
  warnings: Array<BundleWarning>;
};

/** A chain of SUPPORTS / REFUTES links starting at a statement. */
export type LinkChain = {
  __typename?: 'LinkChain';
  /** Number of links in the chain. */
  depth: Scalars['Int']['output'];
  /** The links along the chain, in order (at most `maxDepth`). */
  links: Array<StatementLink>;
  /**
   * Net effect of the chain on the first statement: SUPPORTS when it holds an even number of
   * REFUTES links, REFUTES when odd.
   */
  polarity: StatementLinkType;
  /** The statements along the chain, starting with the one asked about (at most `maxDepth` + 1). */
  statements: Array<Statement>;
};

/** Direction in which statement links are followed. */
export type LinkDirection =
  /** Both directions. */
  | 'BOTH'
  /** From the statement to the statements that support or refute it. */
  | 'INCOMING'
  /** From the statement to the statements it supports or refutes. */
  | 'OUTGOING';

/** Write operations; they need a bearer token. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Ingest one article bundle (format `claimgraph-bundle/2`, see docs/bundle-format.md). Needs a
   * bearer token. All-or-nothing: a bad bundle is refused whole with errors naming JSON paths.
   * Re-ingesting an article id replaces that article's contribution.
   */
  ingestBundle: IngestResult;
};


/** Write operations; they need a bearer token. */
export type MutationIngestBundleArgs = {
  bundle: Scalars['JSON']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  strict?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Anything with a stable id in the graph. */
export type Node = {
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
};

/** A non-state organisation or group. */
export type Organisation = Actor & Node & {
  __typename?: 'Organisation';
  /** Actors this one leads, represents or is part of. */
  affiliations: Array<ActorRelation>;
  /** Other names the actor is known by; any of them resolves to this actor on ingestion. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Actors that lead, represent or are part of this one. */
  members: Array<ActorRelation>;
  /** The most common name. */
  name: Scalars['String']['output'];
  /** Events this actor took part in. */
  participations: Array<Participation>;
  /** Positions this actor took, oldest first. */
  stances: Array<Stance>;
};


/** A non-state organisation or group. */
export type OrganisationAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-state organisation or group. */
export type OrganisationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-state organisation or group. */
export type OrganisationParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A non-state organisation or group. */
export type OrganisationStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};

/** An independent origin: a root actor whose speakers count once. */
export type Origin = {
  __typename?: 'Origin';
  /** The root state or organisation (reached through PART_OF, LEADS and REPRESENTS). */
  root: Actor;
  /** How many actors `speakers` holds in full, whatever its `first`. */
  speakerCount: Scalars['Int']['output'];
  /** Actors whose claims, confirmations or relays collapsed into this root, by name. */
  speakers: Array<Actor>;
};


/** An independent origin: a root actor whose speakers count once. */
export type OriginSpeakersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An actor's part in an event. */
export type Participation = {
  __typename?: 'Participation';
  /** The actor taking part. */
  actor: Actor;
  /** The event. */
  event: Event;
  /** e.g. `host`, `speaker`. */
  role?: Maybe<Scalars['String']['output']>;
};

/** An individual. */
export type Person = Actor & Node & {
  __typename?: 'Person';
  /** Actors this one leads, represents or is part of. */
  affiliations: Array<ActorRelation>;
  /** Other names the actor is known by; any of them resolves to this actor on ingestion. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Actors that lead, represent or are part of this one. */
  members: Array<ActorRelation>;
  /** The most common name. */
  name: Scalars['String']['output'];
  /** Events this actor took part in. */
  participations: Array<Participation>;
  /** Positions this actor took, oldest first. */
  stances: Array<Stance>;
};


/** An individual. */
export type PersonAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An individual. */
export type PersonMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An individual. */
export type PersonParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An individual. */
export type PersonStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};

/** A change of position: two consecutive stances of one actor on one statement, of different types. */
export type PositionChange = {
  __typename?: 'PositionChange';
  /** The actor. */
  actor: Actor;
  /** The earlier stance. */
  from: Stance;
  /** The statement. */
  statement: Statement;
  /** The later stance, which dates the change. */
  to: Stance;
};

/** Where a statement came from. */
export type Provenance = {
  __typename?: 'Provenance';
  /** How many records `records` holds in full (the stances on the statement), whatever its `first`. */
  recordCount: Scalars['Int']['output'];
  /** One record per stance on the statement, oldest first. */
  records: Array<ProvenanceRecord>;
  /** The statement. */
  statement: Statement;
};


/** Where a statement came from. */
export type ProvenanceRecordsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where one reported stance on a statement came from. */
export type ProvenanceRecord = {
  __typename?: 'ProvenanceRecord';
  /** How many articles `articles` holds in full, whatever its `first`. */
  articleCount: Scalars['Int']['output'];
  /** Articles reporting the stance, oldest first. */
  articles: Array<Article>;
  /** Agencies those articles cite, in the order of the articles citing them, then by name. */
  citedAgencies: Array<Agency>;
  /** How many agencies `citedAgencies` holds in full, whatever its `first`. */
  citedAgencyCount: Scalars['Int']['output'];
  /** The actor at the end of the relay chain. */
  origin: Actor;
  /**
   * The relay chain from the speaking actor back to the origin, the speaker first (the relayed
   * actor, then at most 8 further relays: 10 actors at most).
   */
  relayChain: Array<Actor>;
  /** The reported stance. */
  stance: Stance;
};


/** Where one reported stance on a statement came from. */
export type ProvenanceRecordArticlesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Where one reported stance on a statement came from. */
export type ProvenanceRecordCitedAgenciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read operations: lookups, lists, search and research traversals. */
export type Query = {
  __typename?: 'Query';
  /** An actor by id. */
  actor?: Maybe<Actor>;
  /** An actor's stances in date order, optionally within dates. */
  actorTimeline: Array<Stance>;
  /** Actors, filtered and sorted. `first` is capped (see README). */
  actors: ActorConnection;
  /** An article by id. */
  article?: Maybe<Article>;
  /** Articles, filtered and sorted. */
  articles: ArticleConnection;
  /**
   * Question 8: statements that are both claimed, confirmed or supported and denied or refuted,
   * most contested first: by the smaller side (supporting: claims, confirmations and the
   * supporting statements; opposing: denials and the refuting statements), then by both sides.
   */
  contestedStatements: Array<StanceBreakdown>;
  /** An event by id. */
  event?: Maybe<Event>;
  /** Events, filtered and sorted. */
  events: EventConnection;
  /** Question 4: figures given for an event and its parts, in date order. */
  figureTimeline: Array<FigurePoint>;
  /**
   * Question 11: independent origins supporting a statement. Speakers collapse through PART_OF,
   * LEADS and REPRESENTS to their root actor, and relays collapse to their origin.
   */
  independentOrigins: IndependentOrigins;
  /** Question 5, transitively: chains of SUPPORTS / REFUTES links from a statement, depth bounded. */
  linkChains: Array<LinkChain>;
  /** Nodes and edges within `depth` hops of a node, for drawing. */
  neighbourhood: Subgraph;
  /** Any node by id. */
  node?: Maybe<Node>;
  /**
   * Question 13: who changed position — consecutive stances of an actor on a statement whose
   * types differ (DECLINED_TO_CONFIRM then CONFIRMED; CLAIMED then RETRACTED), oldest first.
   * Give a statement, an actor, or both.
   */
  positionChanges: Array<PositionChange>;
  /** Question 7: where a statement's stances came from: articles, cited agencies, relays to origin. */
  provenance: Provenance;
  /**
   * Full-text search over actor names and aliases, statement text, event names, article titles
   * and stance quotes. `query` is taken literally: Lucene operators in it are escaped. Each word
   * also matches its ASCII transliteration ("Erdoğan", "erdogan"); when nothing matches as
   * written, words of 4+ letters also match within 2 edits ("Zelensky" finds "Zelenskyy").
   * Ranked: exact name, then exact alias, then relevance; ties in an order stable for the graph.
   */
  search: SearchConnection;
  /** Question 9: the shortest path between two nodes over any relationship, hops bounded. */
  shortestPath?: Maybe<GraphPath>;
  /** A stance by id (`<actorId>:<TYPE>:<statementId>:<date>`). */
  stance?: Maybe<Stance>;
  /**
   * Question 12 / 10: who holds which position on a statement, optionally as of a date. As of a
   * day, a stance is on record when its `knownBy` is on or before it, and a supporting or
   * refuting statement when someone had claimed or confirmed it by then.
   */
  stanceBreakdown: StanceBreakdown;
  /** Stances (CLAIMED, CONFIRMED, DENIED, DECLINED_TO_CONFIRM edges), filtered and sorted. */
  stances: StanceConnection;
  /** A statement by id. */
  statement?: Maybe<Statement>;
  /** SUPPORTS and REFUTES links between statements. */
  statementLinks: StatementLinkConnection;
  /** Statements, filtered and sorted. */
  statements: StatementConnection;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryActorTimelineArgs = {
  actorId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ActorOrder>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryContestedStatementsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryFigureTimelineArgs = {
  eventId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryIndependentOriginsArgs = {
  includeSupporting?: InputMaybe<Scalars['Boolean']['input']>;
  statementId: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryLinkChainsArgs = {
  direction?: InputMaybe<LinkDirection>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
  statementId: Scalars['ID']['input'];
  types?: InputMaybe<Array<StatementLinkType>>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryPositionChangesArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  statementId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryProvenanceArgs = {
  statementId: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchableType>>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryShortestPathArgs = {
  fromId: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  toId: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStanceArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStanceBreakdownArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  statementId: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StanceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StanceOrder>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStatementLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementLinkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read operations: lookups, lists, search and research traversals. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<StatementOrder>;
};

/** A date of a bundle as ingestion resolved it. */
export type ResolvedBundleDate = {
  __typename?: 'ResolvedBundleDate';
  /** The day; the first day of the week, month or year; for ON_OR_BEFORE the latest possible day. */
  date: Scalars['String']['output'];
  /** The last day by which it had certainly happened. */
  knownBy: Scalars['String']['output'];
  /** JSON path of the date, e.g. `$.stances[2].date`. */
  path: Scalars['String']['output'];
  /** DAY, WEEK, MONTH, YEAR or ON_OR_BEFORE. */
  precision: Scalars['String']['output'];
  /** The bundle's wording, when it gave one. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A page of a Search list (Relay connection). */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<SearchHitEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A full-text match. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching actor, statement, event or article (a quote matches its statement). */
  node: Node;
  /** Lucene relevance score; higher is better. */
  score: Scalars['Float']['output'];
};

/** One item of a SearchHit list, with its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: SearchHit;
};

/** Node types that full-text search can return. */
export type SearchableType =
  /** Actors (names and aliases). */
  | 'ACTOR'
  /** Articles (titles). */
  | 'ARTICLE'
  /** Events (names). */
  | 'EVENT'
  /** Statements (text and the quotes of stances on them). */
  | 'STATEMENT';

/**
 * A position an actor took on a statement: a CLAIMED, CONFIRMED, DENIED or DECLINED_TO_CONFIRM
 * edge in the graph, with its date, words, venue and sources.
 */
export type Stance = Node & {
  __typename?: 'Stance';
  /** Who took the position. */
  actor: Actor;
  /** When the position was taken. */
  date: FuzzyDate;
  /** The event at which the position was taken, if it is in the graph. */
  event?: Maybe<Event>;
  /** Derived from actor, type, statement and date; stable across re-ingestion. */
  id: Scalars['ID']['output'];
  /** The source's own summary of what the actor said, when there is no verbatim quote. */
  paraphrase?: Maybe<Scalars['String']['output']>;
  /** The actor's verbatim words, when the source quotes them. */
  quote?: Maybe<Scalars['String']['output']>;
  /** When this actor only relayed another actor's position, that origin actor. */
  relayOf?: Maybe<Actor>;
  /** Articles that report this stance. */
  sources: Array<Article>;
  /** What the position is on. */
  statement: Statement;
  /** CLAIMED, CONFIRMED, DENIED or DECLINED_TO_CONFIRM. */
  type: StanceType;
  /** Where the position was taken (a meeting, an address). */
  venue?: Maybe<Scalars['String']['output']>;
};


/**
 * A position an actor took on a statement: a CLAIMED, CONFIRMED, DENIED or DECLINED_TO_CONFIRM
 * edge in the graph, with its date, words, venue and sources.
 */
export type StanceSourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdown = {
  __typename?: 'StanceBreakdown';
  /** The date the breakdown is taken at; null means everything on record. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Current positions that are CLAIMED, oldest first (each actor once: see `positions`). */
  claimed: Array<Stance>;
  /** Current positions that are CONFIRMED, oldest first (each actor once: see `positions`). */
  confirmed: Array<Stance>;
  /** How many items each list below holds in full, whatever its `first`. */
  counts: BreakdownCounts;
  /** Current positions that are DECLINED_TO_COMMENT, oldest first. */
  declinedToComment: Array<Stance>;
  /** Current positions that are DECLINED_TO_CONFIRM, oldest first (each actor once: see `positions`). */
  declinedToConfirm: Array<Stance>;
  /** Current positions that are DENIED, oldest first (each actor once: see `positions`). */
  denied: Array<Stance>;
  /** Current positions that are DID_NOT_DENY, oldest first. */
  didNotDeny: Array<Stance>;
  /**
   * Every actor on record once, with its current position (its latest stance on record by
   * `asOf`: by date, then knownBy, then stance id) and its history; ordered by the current
   * position's date.
   */
  positions: Array<ActorPosition>;
  /** Statements on record that refute this one, by id. */
  refutedBy: Array<Statement>;
  /** Actors whose latest stance is RETRACTED (they hold no position now), oldest first. */
  retracted: Array<Stance>;
  /** The statement. */
  statement: Statement;
  /** Whether the statement is contested, from all the stances and links on record (whatever `first`). */
  status: ContestedStatus;
  /** Statements on record that support this one, by id. */
  supportedBy: Array<Statement>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownClaimedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownConfirmedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownDeclinedToCommentArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownDeclinedToConfirmArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownDeniedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownDidNotDenyArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownPositionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownRefutedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownRetractedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Who holds which position on a statement, optionally as of a date. Each list returns its first
 * `first` items; `counts` says how many each holds in full.
 */
export type StanceBreakdownSupportedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Stance list (Relay connection). */
export type StanceConnection = {
  __typename?: 'StanceConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<StanceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a Stance list, with its cursor. */
export type StanceEdge = {
  __typename?: 'StanceEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Stance;
};

/** How a stance bears on its statement when it is the actor's current position. */
export type StanceEffect =
  /** On record without taking a side (DECLINED_TO_CONFIRM, DID_NOT_DENY, DECLINED_TO_COMMENT). */
  | 'NON_COMMITTAL'
  /** Takes the side against it (DENIED). */
  | 'OPPOSES'
  /** Takes the statement's side (CLAIMED, CONFIRMED). */
  | 'SUPPORTS'
  /** Withdraws the actor's earlier position (RETRACTED). */
  | 'WITHDRAWS';

/** Filters for `stances`. All given conditions must hold. */
export type StanceFilter = {
  /** Only stances taken by this actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only stances on statements about this event or any of its parts. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only stances whose date is on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only stances on statements with (true) or without (false) a figure. */
  hasFigure?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only stances on this statement. */
  statementId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the quote or paraphrase. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only stances certainly taken by this day (their `knownBy` is on or before it). */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Only stances of these types. */
  types?: InputMaybe<Array<StanceType>>;
};

/** Sort orders for lists of stances. */
export type StanceOrder =
  /** Oldest first (by date, then by how late it is known, then by actor name). */
  | 'DATE_ASC'
  /** Newest first. */
  | 'DATE_DESC';

/** The position an actor took on a statement. */
export type StanceType =
  /** The actor asserted the statement on its own account. */
  | 'CLAIMED'
  /** The actor affirmed a statement already made by others, typically with authority or evidence of its own. */
  | 'CONFIRMED'
  /** Asked about the statement, the actor refused to say anything about it; it takes no side. */
  | 'DECLINED_TO_COMMENT'
  /** Asked about the statement, the actor said it could not or would not confirm it; it takes no side. */
  | 'DECLINED_TO_CONFIRM'
  /** The actor said the statement is false. */
  | 'DENIED'
  /** Asked about the statement, the actor pointedly did not deny it; it takes no side (a non-denial is not opposition, nor support). */
  | 'DID_NOT_DENY'
  /** The actor withdrew its own earlier position on the statement; from then on it holds none until it takes a new one. */
  | 'RETRACTED';

/** A sovereign state. */
export type State = Actor & Node & {
  __typename?: 'State';
  /** Actors this one leads, represents or is part of. */
  affiliations: Array<ActorRelation>;
  /** Other names the actor is known by; any of them resolves to this actor on ingestion. */
  aliases: Array<Scalars['String']['output']>;
  /** A short description, when the source gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable slug, unique across the graph (e.g. `north-korea`). */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Actors that lead, represent or are part of this one. */
  members: Array<ActorRelation>;
  /** The most common name. */
  name: Scalars['String']['output'];
  /** Events this actor took part in. */
  participations: Array<Participation>;
  /** Positions this actor took, oldest first. */
  stances: Array<Stance>;
};


/** A sovereign state. */
export type StateAffiliationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state. */
export type StateMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state. */
export type StateParticipationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sovereign state. */
export type StateStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};

/** A proposition that actors take positions on. */
export type Statement = Node & {
  __typename?: 'Statement';
  /** Events the statement is about. */
  about: Array<Event>;
  /** The number the statement gives, if any. */
  figure?: Maybe<Figure>;
  /** Stable slug, unique across the graph. */
  id: Scalars['ID']['output'];
  /** The date the statement refers to (e.g. `by 1 November`), if any. */
  refersTo?: Maybe<FuzzyDate>;
  /** Statements that refute this one. */
  refutedBy: Array<Statement>;
  /** Statements this one refutes. */
  refutes: Array<Statement>;
  /** Articles that report this statement. */
  reportedIn: Array<Article>;
  /** Positions taken on this statement, oldest first. */
  stances: Array<Stance>;
  /** Statements that support this one. */
  supportedBy: Array<Statement>;
  /** Statements this one supports. */
  supports: Array<Statement>;
  /** The proposition in plain words. */
  text: Scalars['String']['output'];
};


/** A proposition that actors take positions on. */
export type StatementAboutArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition that actors take positions on. */
export type StatementRefutedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition that actors take positions on. */
export type StatementRefutesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition that actors take positions on. */
export type StatementReportedInArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition that actors take positions on. */
export type StatementStancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<StanceType>>;
};


/** A proposition that actors take positions on. */
export type StatementSupportedByArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A proposition that actors take positions on. */
export type StatementSupportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a Statement list (Relay connection). */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<StatementEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a Statement list, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Statement;
};

/** Filters for `statements`. All given conditions must hold. */
export type StatementFilter = {
  /** Only statements on which this actor took a stance. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements about this event or any of its parts. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements with a stance dated on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only statements with (true) or without (false) a figure. */
  hasFigure?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only statements with a stance of one of these types (by `actorId`, when given). */
  stanceTypes?: InputMaybe<Array<StanceType>>;
  /** Case-insensitive substring of the statement text. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only statements with a stance known by this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A SUPPORTS or REFUTES edge between two statements. */
export type StatementLink = {
  __typename?: 'StatementLink';
  /** The statement that supports or refutes. */
  from: Statement;
  /** The statement supported or refuted. */
  to: Statement;
  /** SUPPORTS or REFUTES. */
  type: StatementLinkType;
};

/** A page of a StatementLink list (Relay connection). */
export type StatementLinkConnection = {
  __typename?: 'StatementLinkConnection';
  /** The items of this page, each with its cursor. */
  edges: Array<StatementLinkEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** All matches, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One item of a StatementLink list, with its cursor. */
export type StatementLinkEdge = {
  __typename?: 'StatementLinkEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: StatementLink;
};

/** Filters for `statementLinks`. */
export type StatementLinkFilter = {
  /** Only links from or to this statement. */
  statementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only links of these types. */
  types?: InputMaybe<Array<StatementLinkType>>;
};

/** How one statement bears on another. */
export type StatementLinkType =
  /** The source statement contradicts the target. */
  | 'REFUTES'
  /** The source statement, if true, makes the target more likely. */
  | 'SUPPORTS';

/** Sort orders for lists of statements. */
export type StatementOrder =
  /** By the earliest stance date on the statement, oldest first. */
  | 'FIRST_STANCE_ASC'
  /** By the earliest stance date on the statement, newest first. */
  | 'FIRST_STANCE_DESC'
  /** By text, A to Z. */
  | 'TEXT_ASC';

/** Nodes and edges for drawing. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** Edges between the returned nodes. */
  edges: Array<GraphEdge>;
  /** The nodes, the starting node first. */
  nodes: Array<GraphNode>;
  /** True when `limit` cut the result short. */
  truncated: Scalars['Boolean']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Actor: ResolverTypeWrapper<CompiledRow>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFilter: ActorFilter;
  ActorKind: ActorKind;
  ActorOrder: ActorOrder;
  ActorPosition: ResolverTypeWrapper<ActorPositionRow>;
  ActorRelation: ResolverTypeWrapper<CompiledRow>;
  ActorRelationType: ActorRelationType;
  Agency: ResolverTypeWrapper<CompiledRow>;
  Article: ResolverTypeWrapper<CompiledRow>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BreakdownCounts: ResolverTypeWrapper<BreakdownCounts>;
  BundleResolution: ResolverTypeWrapper<BundleResolution>;
  BundleWarning: ResolverTypeWrapper<BundleWarning>;
  ContestedStatus: ContestedStatus;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  Event: ResolverTypeWrapper<CompiledRow>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventOrder: EventOrder;
  EventType: EventType;
  Figure: ResolverTypeWrapper<FigureRow>;
  FigureKind: FigureKind;
  FigurePoint: ResolverTypeWrapper<FigurePointRow>;
  FigureQualifier: FigureQualifier;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDate>;
  GraphEdge: ResolverTypeWrapper<Omit<GraphEdge, 'date'> & { date?: Maybe<ResolversTypes['FuzzyDate']> }>;
  GraphNode: ResolverTypeWrapper<GraphNodeRow>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IndependentOrigins: ResolverTypeWrapper<IndependentOriginsRow>;
  IngestCounts: ResolverTypeWrapper<IngestCounts>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LinkChain: ResolverTypeWrapper<LinkChainRow>;
  LinkDirection: LinkDirection;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<CompiledRow>;
  Organisation: ResolverTypeWrapper<CompiledRow>;
  Origin: ResolverTypeWrapper<OriginRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<CompiledRow>;
  Person: ResolverTypeWrapper<CompiledRow>;
  PositionChange: ResolverTypeWrapper<PositionChangeRow>;
  Provenance: ResolverTypeWrapper<ProvenanceRow>;
  ProvenanceRecord: ResolverTypeWrapper<ProvenanceRecordRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResolvedBundleDate: ResolverTypeWrapper<ResolvedBundleDate>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchHitEdge']> }>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchableType: SearchableType;
  Stance: ResolverTypeWrapper<CompiledRow>;
  StanceBreakdown: ResolverTypeWrapper<StanceBreakdownRow>;
  StanceConnection: ResolverTypeWrapper<Omit<StanceConnection, 'edges'> & { edges: Array<ResolversTypes['StanceEdge']> }>;
  StanceEdge: ResolverTypeWrapper<Omit<StanceEdge, 'node'> & { node: ResolversTypes['Stance'] }>;
  StanceEffect: StanceEffect;
  StanceFilter: StanceFilter;
  StanceOrder: StanceOrder;
  StanceType: StanceType;
  State: ResolverTypeWrapper<CompiledRow>;
  Statement: ResolverTypeWrapper<CompiledRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  StatementLink: ResolverTypeWrapper<CompiledRow>;
  StatementLinkConnection: ResolverTypeWrapper<Omit<StatementLinkConnection, 'edges'> & { edges: Array<ResolversTypes['StatementLinkEdge']> }>;
  StatementLinkEdge: ResolverTypeWrapper<Omit<StatementLinkEdge, 'node'> & { node: ResolversTypes['StatementLink'] }>;
  StatementLinkFilter: StatementLinkFilter;
  StatementLinkType: StatementLinkType;
  StatementOrder: StatementOrder;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['GraphEdge']>, nodes: Array<ResolversTypes['GraphNode']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Actor: CompiledRow;
  ActorConnection: Omit<ActorConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFilter: ActorFilter;
  ActorPosition: ActorPositionRow;
  ActorRelation: CompiledRow;
  Agency: CompiledRow;
  Article: CompiledRow;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ArticleEdge']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  Boolean: Scalars['Boolean']['output'];
  BreakdownCounts: BreakdownCounts;
  BundleResolution: BundleResolution;
  BundleWarning: BundleWarning;
  Date: Scalars['Date']['output'];
  Event: CompiledRow;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  Figure: FigureRow;
  FigurePoint: FigurePointRow;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDate;
  GraphEdge: Omit<GraphEdge, 'date'> & { date?: Maybe<ResolversParentTypes['FuzzyDate']> };
  GraphNode: GraphNodeRow;
  GraphPath: Omit<GraphPath, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
  ID: Scalars['ID']['output'];
  IndependentOrigins: IndependentOriginsRow;
  IngestCounts: IngestCounts;
  IngestResult: IngestResult;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LinkChain: LinkChainRow;
  Mutation: Record<PropertyKey, never>;
  Node: CompiledRow;
  Organisation: CompiledRow;
  Origin: OriginRow;
  PageInfo: PageInfo;
  Participation: CompiledRow;
  Person: CompiledRow;
  PositionChange: PositionChangeRow;
  Provenance: ProvenanceRow;
  ProvenanceRecord: ProvenanceRecordRow;
  Query: Record<PropertyKey, never>;
  ResolvedBundleDate: ResolvedBundleDate;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchHitEdge']> };
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  Stance: CompiledRow;
  StanceBreakdown: StanceBreakdownRow;
  StanceConnection: Omit<StanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['StanceEdge']> };
  StanceEdge: Omit<StanceEdge, 'node'> & { node: ResolversParentTypes['Stance'] };
  StanceFilter: StanceFilter;
  State: CompiledRow;
  Statement: CompiledRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  StatementLink: CompiledRow;
  StatementLinkConnection: Omit<StatementLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementLinkEdge']> };
  StatementLinkEdge: Omit<StatementLinkEdge, 'node'> & { node: ResolversParentTypes['StatementLink'] };
  StatementLinkFilter: StatementLinkFilter;
  String: Scalars['String']['output'];
  Subgraph: Omit<Subgraph, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['GraphEdge']>, nodes: Array<ResolversParentTypes['GraphNode']> };
}>;

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agency' | 'Organisation' | 'Person' | 'State', ParentType, ContextType>;
}>;

export type ActorConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
}>;

export type ActorPositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPosition'] = ResolversParentTypes['ActorPosition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['StanceEffect'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<ActorPositionHistoryArgs, 'first'>>;
  historyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActorRelationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorRelation'] = ResolversParentTypes['ActorRelation']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ActorRelationType'], ParentType, ContextType>;
}>;

export type AgencyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agency'] = ResolversParentTypes['Agency']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<AgencyAffiliationsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  citedBy?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<AgencyCitedByArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<AgencyMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<AgencyParticipationsArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<AgencyStancesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = ResolversObject<{
  cites?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<ArticleCitesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<ArticleReportsArgs, 'first'>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ArticleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ArticleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
}>;

export type BreakdownCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BreakdownCounts'] = ResolversParentTypes['BreakdownCounts']> = ResolversObject<{
  claimed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declinedToComment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declinedToConfirm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  didNotDeny?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refutedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportedBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BundleResolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BundleResolution'] = ResolversParentTypes['BundleResolution']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BundleWarningResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BundleWarning'] = ResolversParentTypes['BundleWarning']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<EventPartOfArgs, 'first'>>;
  participants?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<EventParticipantsArgs, 'first'>>;
  parts?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<EventPartsArgs, 'first'>>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EventStatementsArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
}>;

export type FigureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = ResolversObject<{
  approximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  high?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  low?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  phrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['FigureQualifier'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetPrecision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type FigurePointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FigurePoint'] = ResolversParentTypes['FigurePoint']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceType'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type FuzzyDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  knownBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  labels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
}>;

export type GraphPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
}>;

export type IndependentOriginsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IndependentOrigins'] = ResolversParentTypes['IndependentOrigins']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Origin']>, ParentType, ContextType, RequireFields<IndependentOriginsOriginsArgs, 'first'>>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type IngestCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestCounts'] = ResolversParentTypes['IngestCounts']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dates?: Resolver<Array<ResolversTypes['ResolvedBundleDate']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['IngestCounts'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['IngestCounts'], ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['BundleResolution']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['BundleWarning']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LinkChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkChain'] = ResolversParentTypes['LinkChain']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['StatementLink']>, ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['StatementLinkType'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  ingestBundle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestBundleArgs, 'bundle' | 'dryRun' | 'strict'>>;
}>;

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Agency' | 'Article' | 'Event' | 'Organisation' | 'Person' | 'Stance' | 'State' | 'Statement', ParentType, ContextType>;
}>;

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<OrganisationAffiliationsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<OrganisationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<OrganisationParticipationsArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<OrganisationStancesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OriginResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Origin'] = ResolversParentTypes['Origin']> = ResolversObject<{
  root?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  speakerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  speakers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<OriginSpeakersArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<PersonAffiliationsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<PersonMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<PersonParticipationsArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<PersonStancesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PositionChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionChange'] = ResolversParentTypes['PositionChange']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  recordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['ProvenanceRecord']>, ParentType, ContextType, RequireFields<ProvenanceRecordsArgs, 'first'>>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type ProvenanceRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProvenanceRecord'] = ResolversParentTypes['ProvenanceRecord']> = ResolversObject<{
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<ProvenanceRecordArticlesArgs, 'first'>>;
  citedAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType, RequireFields<ProvenanceRecordCitedAgenciesArgs, 'first'>>;
  citedAgencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  relayChain?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actorTimeline?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<QueryActorTimelineArgs, 'actorId' | 'first'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first' | 'orderBy'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first' | 'orderBy'>>;
  contestedStatements?: Resolver<Array<ResolversTypes['StanceBreakdown']>, ParentType, ContextType, RequireFields<QueryContestedStatementsArgs, 'first'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first' | 'orderBy'>>;
  figureTimeline?: Resolver<Array<ResolversTypes['FigurePoint']>, ParentType, ContextType, RequireFields<QueryFigureTimelineArgs, 'eventId' | 'first'>>;
  independentOrigins?: Resolver<ResolversTypes['IndependentOrigins'], ParentType, ContextType, RequireFields<QueryIndependentOriginsArgs, 'includeSupporting' | 'statementId'>>;
  linkChains?: Resolver<Array<ResolversTypes['LinkChain']>, ParentType, ContextType, RequireFields<QueryLinkChainsArgs, 'direction' | 'first' | 'maxDepth' | 'statementId'>>;
  neighbourhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  positionChanges?: Resolver<Array<ResolversTypes['PositionChange']>, ParentType, ContextType, RequireFields<QueryPositionChangesArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType, RequireFields<QueryProvenanceArgs, 'statementId'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphPath']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'fromId' | 'maxHops' | 'toId'>>;
  stance?: Resolver<Maybe<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<QueryStanceArgs, 'id'>>;
  stanceBreakdown?: Resolver<ResolversTypes['StanceBreakdown'], ParentType, ContextType, RequireFields<QueryStanceBreakdownArgs, 'statementId'>>;
  stances?: Resolver<ResolversTypes['StanceConnection'], ParentType, ContextType, RequireFields<QueryStancesArgs, 'first' | 'orderBy'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statementLinks?: Resolver<ResolversTypes['StatementLinkConnection'], ParentType, ContextType, RequireFields<QueryStatementLinksArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first' | 'orderBy'>>;
}>;

export type ResolvedBundleDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResolvedBundleDate'] = ResolversParentTypes['ResolvedBundleDate']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  knownBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchHitEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type StanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Stance'] = ResolversParentTypes['Stance']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paraphrase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relayOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<StanceSourcesArgs, 'first'>>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StanceType'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StanceBreakdownResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceBreakdown'] = ResolversParentTypes['StanceBreakdown']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  claimed?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownClaimedArgs, 'first'>>;
  confirmed?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownConfirmedArgs, 'first'>>;
  counts?: Resolver<ResolversTypes['BreakdownCounts'], ParentType, ContextType>;
  declinedToComment?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownDeclinedToCommentArgs, 'first'>>;
  declinedToConfirm?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownDeclinedToConfirmArgs, 'first'>>;
  denied?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownDeniedArgs, 'first'>>;
  didNotDeny?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownDidNotDenyArgs, 'first'>>;
  positions?: Resolver<Array<ResolversTypes['ActorPosition']>, ParentType, ContextType, RequireFields<StanceBreakdownPositionsArgs, 'first'>>;
  refutedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StanceBreakdownRefutedByArgs, 'first'>>;
  retracted?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StanceBreakdownRetractedArgs, 'first'>>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContestedStatus'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StanceBreakdownSupportedByArgs, 'first'>>;
}>;

export type StanceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceConnection'] = ResolversParentTypes['StanceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StanceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceEdge'] = ResolversParentTypes['StanceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
}>;

export type StateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['State'] = ResolversParentTypes['State']> = ResolversObject<{
  affiliations?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<StateAffiliationsArgs, 'first'>>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorRelation']>, ParentType, ContextType, RequireFields<StateMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<StateParticipationsArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StateStancesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = ResolversObject<{
  about?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<StatementAboutArgs, 'first'>>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  refersTo?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  refutedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StatementRefutedByArgs, 'first'>>;
  refutes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StatementRefutesArgs, 'first'>>;
  reportedIn?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<StatementReportedInArgs, 'first'>>;
  stances?: Resolver<Array<ResolversTypes['Stance']>, ParentType, ContextType, RequireFields<StatementStancesArgs, 'first'>>;
  supportedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StatementSupportedByArgs, 'first'>>;
  supports?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<StatementSupportsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
}>;

export type StatementLinkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementLink'] = ResolversParentTypes['StatementLink']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StatementLinkType'], ParentType, ContextType>;
}>;

export type StatementLinkConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementLinkConnection'] = ResolversParentTypes['StatementLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementLinkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementLinkEdge'] = ResolversParentTypes['StatementLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatementLink'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RequestContext> = ResolversObject<{
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorPosition?: ActorPositionResolvers<ContextType>;
  ActorRelation?: ActorRelationResolvers<ContextType>;
  Agency?: AgencyResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  BreakdownCounts?: BreakdownCountsResolvers<ContextType>;
  BundleResolution?: BundleResolutionResolvers<ContextType>;
  BundleWarning?: BundleWarningResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigurePoint?: FigurePointResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  IndependentOrigins?: IndependentOriginsResolvers<ContextType>;
  IngestCounts?: IngestCountsResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LinkChain?: LinkChainResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Origin?: OriginResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PositionChange?: PositionChangeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  ProvenanceRecord?: ProvenanceRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolvedBundleDate?: ResolvedBundleDateResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  Stance?: StanceResolvers<ContextType>;
  StanceBreakdown?: StanceBreakdownResolvers<ContextType>;
  StanceConnection?: StanceConnectionResolvers<ContextType>;
  StanceEdge?: StanceEdgeResolvers<ContextType>;
  State?: StateResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementLink?: StatementLinkResolvers<ContextType>;
  StatementLinkConnection?: StatementLinkConnectionResolvers<ContextType>;
  StatementLinkEdge?: StatementLinkEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
}>;

