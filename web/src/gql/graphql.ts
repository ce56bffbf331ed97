/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How one actor belongs to another. */
export type ActorRelationType =
  /** A person heads an actor (Budanov leads Defence Intelligence of Ukraine). */
  | 'LEADS'
  /** An agency is part of an actor (the NIS is part of South Korea). */
  | 'PART_OF'
  /** A person or body speaks for an actor (the DPRK's UN representative represents North Korea). */
  | 'REPRESENTS';

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

/** What sort of quantity a figure is. */
export type FigureKind =
  /** A running total to date ("12,000 in total so far"). */
  | 'CUMULATIVE'
  /** Seen or reported so far, at the time of the statement ("3,000 already sent"). */
  | 'OBSERVED'
  /** Intended or expected, not yet there; may carry a target date ("10,000 intended by December"). */
  | 'PLANNED';

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

/** How one statement bears on another. */
export type StatementLinkType =
  /** The source statement contradicts the target. */
  | 'REFUTES'
  /** The source statement, if true, makes the target more likely. */
  | 'SUPPORTS';

export type StanceFieldsFragment = { id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  , relayOf:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> };

export type FigureFieldsFragment = { value: number | null, low: number | null, high: number | null, unit: string, qualifier: FigureQualifier, phrase: string | null, kind: FigureKind, targetDate: string | null, targetPrecision: DatePrecision | null };

export type SearchQueryVariables = Exact<{
  query: string;
  first: number;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ node: { score: number, node:
          | { __typename: 'Agency', name: string, aliases: Array<string>, kind: ActorKind, id: string }
          | { __typename: 'Article', title: string, published: string, id: string }
          | { __typename: 'Event', name: string, type: EventType, id: string }
          | { __typename: 'Organisation', name: string, aliases: Array<string>, kind: ActorKind, id: string }
          | { __typename: 'Person', name: string, aliases: Array<string>, kind: ActorKind, id: string }
          | { __typename: 'Stance', id: string }
          | { __typename: 'State', name: string, aliases: Array<string>, kind: ActorKind, id: string }
          | { __typename: 'Statement', text: string, id: string }
         } }> }, stances: { totalCount: number, edges: Array<{ node: { id: string, type: StanceType, quote: string | null, paraphrase: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
        , statement: { id: string, text: string } } }> } };

export type StatementPageQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type StatementPageQuery = { statement: { id: string, text: string, figure: { value: number | null, low: number | null, high: number | null, unit: string, qualifier: FigureQualifier, phrase: string | null, kind: FigureKind, targetDate: string | null, targetPrecision: DatePrecision | null } | null, refersTo: { date: string, precision: DatePrecision, knownBy: string, text: string | null } | null, about: Array<{ id: string, name: string }>, reportedIn: Array<{ id: string, title: string, published: string }> } | null, stanceBreakdown: { asOf: string | null, status: ContestedStatus, counts: { claimed: number, confirmed: number, denied: number, declinedToConfirm: number, didNotDeny: number, declinedToComment: number, retracted: number, positions: number, supportedBy: number, refutedBy: number }, claimed: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, confirmed: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, denied: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, declinedToConfirm: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, didNotDeny: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, declinedToComment: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, retracted: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , relayOf:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, positions: Array<{ effect: StanceEffect, historyCount: number, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , current: { id: string, type: StanceType }, history: Array<{ id: string, type: StanceType, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null } }> }>, supportedBy: Array<{ id: string, text: string }>, refutedBy: Array<{ id: string, text: string }> }, linkChains: Array<{ depth: number, polarity: StatementLinkType, statements: Array<{ id: string, text: string }>, links: Array<{ type: StatementLinkType }> }>, independentOrigins: { count: number, origins: Array<{ speakerCount: number, root:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , speakers: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      > }> }, provenance: { recordCount: number, records: Array<{ articleCount: number, citedAgencyCount: number, stance: { id: string, type: StanceType, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }, articles: Array<{ id: string, title: string }>, citedAgencies: Array<{ id: string, name: string }>, relayChain: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, origin:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type ActorPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ActorPageQuery = { actor:
    | { __typename: 'Agency', id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null, citedBy: Array<{ id: string, title: string }>, affiliations: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, members: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, participations: Array<{ role: string | null, event: { id: string, name: string } }> }
    | { __typename: 'Organisation', id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliations: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, members: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, participations: Array<{ role: string | null, event: { id: string, name: string } }> }
    | { __typename: 'Person', id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliations: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, members: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, participations: Array<{ role: string | null, event: { id: string, name: string } }> }
    | { __typename: 'State', id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliations: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, members: Array<{ type: ActorRelationType, role: string | null, actor:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         }>, participations: Array<{ role: string | null, event: { id: string, name: string } }> }
   | null, actorTimeline: Array<{ id: string, type: StanceType, quote: string | null, paraphrase: string | null, venue: string | null, statement: { id: string, text: string }, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, actor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , relayOf:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, event: { id: string, name: string } | null, sources: Array<{ id: string, title: string, published: string, publisher: string | null, url: string | null }> }>, positionChanges: Array<{ statement: { id: string, text: string }, from: { id: string, type: StanceType }, to: { id: string, type: StanceType } }> };

export type NeighbourhoodQueryVariables = Exact<{
  id: string | number;
  limit: number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string }>, edges: Array<{ id: string, type: string, source: string, target: string }> } };

export type EventPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EventPageQuery = { event: { id: string, name: string, type: EventType, place: string | null, date: { date: string, precision: DatePrecision, knownBy: string, text: string | null } | null, partOf: Array<{ id: string, name: string }>, parts: Array<{ id: string, name: string }>, participants: Array<{ role: string | null, actor:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
       }> } | null, figureTimeline: Array<{ stance: StanceType, figure: { value: number | null, low: number | null, high: number | null, unit: string, qualifier: FigureQualifier, phrase: string | null, kind: FigureKind, targetDate: string | null, targetPrecision: DatePrecision | null }, statement: { id: string, text: string }, actor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , date: { date: string, precision: DatePrecision, knownBy: string, text: string | null }, event: { id: string, name: string } }> };

export type ArticlePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ArticlePageQuery = { article: { id: string, title: string, published: string, publisher: string | null, url: string | null, cites: Array<{ id: string, name: string }>, reports: Array<{ id: string, text: string }> } | null };

export type IngestBundleMutationVariables = Exact<{
  bundle: unknown;
  dryRun: boolean;
}>;


export type IngestBundleMutation = { ingestBundle: { articleId: string, dryRun: boolean, nodes: { created: number, updated: number, unchanged: number, removed: number }, relationships: { created: number, updated: number, unchanged: number, removed: number }, warnings: Array<{ path: string, message: string }>, dates: Array<{ path: string, date: string, precision: string, knownBy: string, text: string | null }>, resolutions: Array<{ path: string, reference: string, id: string, via: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment StanceFields on Stance {
  id
  type
  date {
    date
    precision
    knownBy
    text
  }
  quote
  paraphrase
  venue
  actor {
    id
    name
  }
  relayOf {
    id
    name
  }
  event {
    id
    name
  }
  sources {
    id
    title
    published
    publisher
    url
  }
}
    `, {"fragmentName":"StanceFields"}) as unknown as TypedDocumentString<StanceFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on Figure {
  value
  low
  high
  unit
  qualifier
  phrase
  kind
  targetDate
  targetPrecision
}
    `, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    totalCount
    edges {
      node {
        score
        node {
          __typename
          id
          ... on Actor {
            name
            aliases
            kind
          }
          ... on Statement {
            text
          }
          ... on Event {
            name
            type
          }
          ... on Article {
            title
            published
          }
        }
      }
    }
  }
  stances(filter: {text: $query}, first: $first) {
    totalCount
    edges {
      node {
        id
        type
        quote
        paraphrase
        actor {
          id
          name
        }
        statement {
          id
          text
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const StatementPageDocument = new TypedDocumentString(`
    query StatementPage($id: ID!, $asOf: Date) {
  statement(id: $id) {
    id
    text
    figure {
      ...FigureFields
    }
    refersTo {
      date
      precision
      knownBy
      text
    }
    about {
      id
      name
    }
    reportedIn {
      id
      title
      published
    }
  }
  stanceBreakdown(statementId: $id, asOf: $asOf) {
    asOf
    status
    counts {
      claimed
      confirmed
      denied
      declinedToConfirm
      didNotDeny
      declinedToComment
      retracted
      positions
      supportedBy
      refutedBy
    }
    claimed {
      ...StanceFields
    }
    confirmed {
      ...StanceFields
    }
    denied {
      ...StanceFields
    }
    declinedToConfirm {
      ...StanceFields
    }
    didNotDeny {
      ...StanceFields
    }
    declinedToComment {
      ...StanceFields
    }
    retracted {
      ...StanceFields
    }
    positions {
      actor {
        id
        name
      }
      effect
      current {
        id
        type
      }
      historyCount
      history(first: 5) {
        id
        type
        date {
          date
          precision
          knownBy
          text
        }
      }
    }
    supportedBy {
      id
      text
    }
    refutedBy {
      id
      text
    }
  }
  linkChains(statementId: $id, direction: INCOMING, maxDepth: 3, first: 20) {
    depth
    polarity
    statements {
      id
      text
    }
    links {
      type
    }
  }
  independentOrigins(statementId: $id) {
    count
    origins(first: 10) {
      root {
        id
        name
      }
      speakerCount
      speakers(first: 10) {
        id
        name
      }
    }
  }
  provenance(statementId: $id) {
    recordCount
    records(first: 10) {
      stance {
        id
        type
        actor {
          id
          name
        }
      }
      articleCount
      articles(first: 5) {
        id
        title
      }
      citedAgencyCount
      citedAgencies(first: 5) {
        id
        name
      }
      relayChain {
        id
        name
      }
      origin {
        id
        name
      }
    }
  }
}
    fragment StanceFields on Stance {
  id
  type
  date {
    date
    precision
    knownBy
    text
  }
  quote
  paraphrase
  venue
  actor {
    id
    name
  }
  relayOf {
    id
    name
  }
  event {
    id
    name
  }
  sources {
    id
    title
    published
    publisher
    url
  }
}
fragment FigureFields on Figure {
  value
  low
  high
  unit
  qualifier
  phrase
  kind
  targetDate
  targetPrecision
}`) as unknown as TypedDocumentString<StatementPageQuery, StatementPageQueryVariables>;
export const ActorPageDocument = new TypedDocumentString(`
    query ActorPage($id: ID!) {
  actor(id: $id) {
    __typename
    id
    name
    kind
    aliases
    description
    affiliations {
      type
      role
      actor {
        id
        name
      }
    }
    members {
      type
      role
      actor {
        id
        name
      }
    }
    participations {
      role
      event {
        id
        name
      }
    }
    ... on Agency {
      citedBy {
        id
        title
      }
    }
  }
  actorTimeline(actorId: $id, first: 100) {
    ...StanceFields
    statement {
      id
      text
    }
  }
  positionChanges(actorId: $id, first: 100) {
    statement {
      id
      text
    }
    from {
      id
      type
    }
    to {
      id
      type
    }
  }
}
    fragment StanceFields on Stance {
  id
  type
  date {
    date
    precision
    knownBy
    text
  }
  quote
  paraphrase
  venue
  actor {
    id
    name
  }
  relayOf {
    id
    name
  }
  event {
    id
    name
  }
  sources {
    id
    title
    published
    publisher
    url
  }
}`) as unknown as TypedDocumentString<ActorPageQuery, ActorPageQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($id: ID!, $limit: Int!) {
  neighbourhood(id: $id, depth: 1, limit: $limit) {
    truncated
    nodes {
      id
      labels
      caption
    }
    edges {
      id
      type
      source
      target
    }
  }
}
    `) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const EventPageDocument = new TypedDocumentString(`
    query EventPage($id: ID!) {
  event(id: $id) {
    id
    name
    type
    place
    date {
      date
      precision
      knownBy
      text
    }
    partOf {
      id
      name
    }
    parts {
      id
      name
    }
    participants {
      role
      actor {
        id
        name
      }
    }
  }
  figureTimeline(eventId: $id) {
    figure {
      ...FigureFields
    }
    statement {
      id
      text
    }
    actor {
      id
      name
    }
    stance
    date {
      date
      precision
      knownBy
      text
    }
    event {
      id
      name
    }
  }
}
    fragment FigureFields on Figure {
  value
  low
  high
  unit
  qualifier
  phrase
  kind
  targetDate
  targetPrecision
}`) as unknown as TypedDocumentString<EventPageQuery, EventPageQueryVariables>;
export const ArticlePageDocument = new TypedDocumentString(`
    query ArticlePage($id: ID!) {
  article(id: $id) {
    id
    title
    published
    publisher
    url
    cites {
      id
      name
    }
    reports {
      id
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlePageQuery, ArticlePageQueryVariables>;
export const IngestBundleDocument = new TypedDocumentString(`
    mutation IngestBundle($bundle: JSON!, $dryRun: Boolean!) {
  ingestBundle(bundle: $bundle, dryRun: $dryRun) {
    articleId
    dryRun
    nodes {
      created
      updated
      unchanged
      removed
    }
    relationships {
      created
      updated
      unchanged
      removed
    }
    warnings {
      path
      message
    }
    dates {
      path
      date
      precision
      knownBy
      text
    }
    resolutions {
      path
      reference
      id
      via
    }
  }
}
    `) as unknown as TypedDocumentString<IngestBundleMutation, IngestBundleMutationVariables>;