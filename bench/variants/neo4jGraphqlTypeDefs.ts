/**
 * The claimgraph graph (docs/graph-model.md) described for `@neo4j/graphql` 7: the same labels,
 * relationship types and properties, so its generated API reads the very nodes and edges the
 * service reads. A relationship field has one type, so each stance type is its own field
 * (`claimed`, `confirmedBy`, ...), and each field has a `...Connection` for the edge properties.
 */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Stance @relationshipProperties {
    id: ID!
    date: Date!
    precision: String!
    knownBy: Date!
    dateText: String
    quote: String
    paraphrase: String
    venue: String
    eventId: String
    sources: [String!]
    relayOf: String
  }

  type StatementLinkProps @relationshipProperties {
    sources: [String!]
  }

  type Role @relationshipProperties {
    role: String
  }

  type Actor @node {
    id: ID!
    name: String!
    kind: String!
    aliases: [String!]!
    description: String
    claimed: [Statement!]! @relationship(type: "CLAIMED", direction: OUT, properties: "Stance")
    confirmed: [Statement!]! @relationship(type: "CONFIRMED", direction: OUT, properties: "Stance")
    denied: [Statement!]! @relationship(type: "DENIED", direction: OUT, properties: "Stance")
    declinedToConfirm: [Statement!]!
      @relationship(type: "DECLINED_TO_CONFIRM", direction: OUT, properties: "Stance")
    leads: [Actor!]! @relationship(type: "LEADS", direction: OUT, properties: "Role")
    represents: [Actor!]! @relationship(type: "REPRESENTS", direction: OUT, properties: "Role")
    partOf: [Actor!]! @relationship(type: "PART_OF", direction: OUT, properties: "Role")
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Role")
  }

  type Statement @node {
    id: ID!
    text: String!
    figureValue: Float
    figureUnit: String
    figureApproximate: Boolean
    refersToDate: Date
    refersToPrecision: String
    refersToKnownBy: Date
    refersToText: String
    firstStanceDate: Date
    claimedBy: [Actor!]! @relationship(type: "CLAIMED", direction: IN, properties: "Stance")
    confirmedBy: [Actor!]! @relationship(type: "CONFIRMED", direction: IN, properties: "Stance")
    deniedBy: [Actor!]! @relationship(type: "DENIED", direction: IN, properties: "Stance")
    declinedToConfirmBy: [Actor!]!
      @relationship(type: "DECLINED_TO_CONFIRM", direction: IN, properties: "Stance")
    supports: [Statement!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "StatementLinkProps")
    supportedBy: [Statement!]!
      @relationship(type: "SUPPORTS", direction: IN, properties: "StatementLinkProps")
    refutes: [Statement!]! @relationship(type: "REFUTES", direction: OUT, properties: "StatementLinkProps")
    refutedBy: [Statement!]! @relationship(type: "REFUTES", direction: IN, properties: "StatementLinkProps")
    about: [Event!]! @relationship(type: "ABOUT", direction: OUT)
    reportedIn: [Article!]! @relationship(type: "REPORTS", direction: IN)
  }

  type Event @node {
    id: ID!
    name: String!
    type: String!
    place: String
    date: Date
    datePrecision: String
    dateKnownBy: Date
    dateText: String
    partOf: [Event!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Event!]! @relationship(type: "PART_OF", direction: IN)
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN)
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Role")
  }

  type Article @node {
    id: ID!
    title: String!
    published: Date!
    publisher: String
    url: String
    reports: [Statement!]! @relationship(type: "REPORTS", direction: OUT)
    cites: [Actor!]! @relationship(type: "CITES", direction: OUT)
  }
`;

/** Stance relationship fields, seen from the actor and from the statement, with their type. */
export const STANCE_FIELDS = [
  { type: 'CLAIMED', fromActor: 'claimed', fromStatement: 'claimedBy' },
  { type: 'CONFIRMED', fromActor: 'confirmed', fromStatement: 'confirmedBy' },
  { type: 'DENIED', fromActor: 'denied', fromStatement: 'deniedBy' },
  { type: 'DECLINED_TO_CONFIRM', fromActor: 'declinedToConfirm', fromStatement: 'declinedToConfirmBy' },
] as const;
