import { graphql } from '../gql';

// Every operation the explorer sends, in one place; `npm run codegen` (in web/) types them.

export const StanceFields = graphql(`
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
`);

export const FigureFields = graphql(`
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
`);

export const SearchDocument = graphql(`
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
    stances(filter: { text: $query }, first: $first) {
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
`);

export const StatementPageDocument = graphql(`
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
        # The page's cost stays under MAX_QUERY_COST (20,000) with five stances per history.
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
    # Ten origins and ten records, each with its counts, keep the page under MAX_QUERY_COST.
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
`);

export const ActorPageDocument = graphql(`
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
`);

export const NeighbourhoodDocument = graphql(`
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
`);

export const EventPageDocument = graphql(`
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
`);

export const ArticlePageDocument = graphql(`
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
`);

export const IngestBundleDocument = graphql(`
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
`);
