/**
 * The claimgraph graph (docs/graph-model.md) described for `@neo4j/graphql` 7: the same labels,
 * relationship types and properties, so its generated API reads the very nodes and edges the
 * service reads. A relationship field has one type, so each stance type is its own field
 * (`claimed`, `confirmedBy`, ...), and each field has a `...Connection` for the edge properties.
 * Full-text search is its native `@fulltext` over claimgraph's index; what it has no feature for
 * (shortest path, the contested-statements ranking) is a `@cypher` field, as a user would write.
 */
import { SHORTEST_PATH_MAX_DEGREE } from '../../src/data/research/shortestPath';
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
    # Absent when an actor has none: the graph stores no empty list (docs/graph-model.md).
    aliases: [String!]
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

  type Statement
    @node
    @fulltext(indexes: [{ indexName: "claimgraph_text", queryName: "statementsByText", fields: ["text"] }]) {
    id: ID!
    text: String!
    figureValue: Float
    figureUnit: String
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

/** The @cypher root fields (see above): the two questions @neo4j/graphql cannot ask natively. */
const customQueries = /* GraphQL */ `
  type Query {
    shortestPathIds(fromId: ID!, toId: ID!): [String!]!
      @cypher(
        statement: """
        MATCH (a:Actor|Statement|Event|Article {id: $fromId})
        MATCH (b:Actor|Statement|Event|Article {id: $toId})
        MATCH p = ANY SHORTEST (a)((x)-[]-(y) WHERE y = b OR COUNT { (y)--() } <= ${SHORTEST_PATH_MAX_DEGREE}){0,4}(b)
        UNWIND nodes(p) AS n
        RETURN n.id AS id
        """
        columnName: "id"
      )
    contestedStatements(asOf: Date!, limit: Int!): [Statement!]!
      @cypher(
        statement: """
        CALL () {
          MATCH (:Actor)-[r:DENIED]->(s:Statement) WHERE r.knownBy <= date($asOf) RETURN s
          UNION
          MATCH (source:Statement)-[:REFUTES]->(s:Statement)
          WHERE EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(source) WHERE x.knownBy <= date($asOf) }
          RETURN s
        }
        WITH s,
          COUNT { (:Actor)-[r:CLAIMED|CONFIRMED]->(s) WHERE r.knownBy <= date($asOf) }
          + COUNT { (src:Statement)-[:SUPPORTS]->(s)
                    WHERE EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(src) WHERE x.knownBy <= date($asOf) } } AS supporting,
          COUNT { (:Actor)-[r:DENIED]->(s) WHERE r.knownBy <= date($asOf) }
          + COUNT { (src:Statement)-[:REFUTES]->(s)
                    WHERE EXISTS { MATCH (:Actor)-[x:CLAIMED|CONFIRMED]->(src) WHERE x.knownBy <= date($asOf) } } AS opposing
        WHERE supporting > 0 AND opposing > 0
        RETURN s ORDER BY CASE WHEN supporting < opposing THEN supporting ELSE opposing END DESC,
          supporting + opposing DESC, s.id
        LIMIT $limit
        """
        columnName: "s"
      )
  }
`;

/** Everything @neo4j/graphql is given. */
export const neo4jGraphqlSchema = neo4jGraphqlTypeDefs + customQueries;

/** Stance relationship fields, seen from the actor and from the statement, with their type. */
export const STANCE_FIELDS = [
  { type: 'CLAIMED', fromActor: 'claimed', fromStatement: 'claimedBy' },
  { type: 'CONFIRMED', fromActor: 'confirmed', fromStatement: 'confirmedBy' },
  { type: 'DENIED', fromActor: 'denied', fromStatement: 'deniedBy' },
  { type: 'DECLINED_TO_CONFIRM', fromActor: 'declinedToConfirm', fromStatement: 'declinedToConfirmBy' },
] as const;
