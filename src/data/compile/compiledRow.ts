/**
 * A node or relationship object as the compiled Cypher returns it: exactly the fields the
 * selection asked for, keyed by response key (alias or field name), plus its GraphQL type.
 */
export interface CompiledRow {
  __typename: string;
  [responseKey: string]: unknown;
}
