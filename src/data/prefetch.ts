import type { Db } from '../db';
import {
  actorProjection,
  STANCE_ORDER,
  STANCE_PATTERN,
  stanceProjection,
  statementProjection,
} from './cypherProjections';
import type { Loaders } from './loaders';
import type { ActorRow, StatementLinkRow, StatementRow } from './rows';
import { toActor, toStance, toStatement } from './toRow';

// Root lookups whose selection asks for stances or links fetch them in the same round trip and
// prime the loaders, so `statement(id) { stances { actor { name } } }` costs one query, not two.

const STANCES_OF_S = `COLLECT { MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s) WITH a, r, s ${STANCE_ORDER}
            RETURN ${stanceProjection('r', 'a', 's', { actor: true })} }`;
const LINKS_OF_S = `COLLECT { MATCH (s)-[l:SUPPORTS|REFUTES]->(t:Statement) WITH l, t ORDER BY type(l), t.id
            RETURN { type: type(l), fromId: s.id, toId: t.id, other: ${statementProjection('t')} } } AS linksFrom,
  COLLECT { MATCH (f:Statement)-[l:SUPPORTS|REFUTES]->(s) WITH l, f ORDER BY type(l), f.id
            RETURN { type: type(l), fromId: f.id, toId: s.id, other: ${statementProjection('f')} } } AS linksTo`;

/** The statement query for what the selection asks: its stances, its links, or both. */
const statementQuery = (stances: boolean, links: boolean): string =>
  `MATCH (s:Statement {id: $id}) RETURN ${statementProjection('s')} AS node` +
  (stances ? `, ${STANCES_OF_S} AS stances` : '') +
  (links ? `, ${LINKS_OF_S}` : '');
const STATEMENT_QUERIES = {
  stances: statementQuery(true, false),
  links: statementQuery(false, true),
  both: statementQuery(true, true),
};

const ACTOR_WITH_STANCES = `MATCH (a:Actor {id: $id})
RETURN ${actorProjection('a')} AS node,
  COLLECT { MATCH (a)-[r:${STANCE_PATTERN}]->(s:Statement) WITH a, r, s ${STANCE_ORDER}
            RETURN ${stanceProjection('r', 'a', 's', { statement: true })} } AS stances`;

/**
 * A statement with its stances and its links in one query; primes `statement`,
 * `stancesOfStatement`, `linksFrom`, `linksTo` and the linked statements.
 */
export async function loadStatementWithNeighbours(
  db: Db,
  loaders: Loaders,
  id: string,
  want: keyof typeof STATEMENT_QUERIES,
): Promise<StatementRow | null> {
  const [row] = await db.read(STATEMENT_QUERIES[want], { id });
  if (!row) return null;
  const statement = toStatement(row.node);
  loaders.statement.prime(id, statement);
  if (row.stances) loaders.stancesOfStatement.prime(id, (row.stances as unknown[]).map(toStance));
  if (!row.linksFrom) return statement;
  const links = (list: unknown): StatementLinkRow[] =>
    (list as (StatementLinkRow & { other: unknown })[]).map(({ other, ...link }) => {
      const linked = toStatement(other);
      loaders.statement.prime(linked.id, linked);
      return link;
    });
  loaders.linksFrom.prime(id, links(row.linksFrom));
  loaders.linksTo.prime(id, links(row.linksTo));
  return statement;
}

/** An actor and its stances in one query; primes `actor` and `stancesOfActor`. */
export async function loadActorWithStances(db: Db, loaders: Loaders, id: string): Promise<ActorRow | null> {
  const [row] = await db.read(ACTOR_WITH_STANCES, { id });
  if (!row) return null;
  const actor = toActor(row.node);
  loaders.actor.prime(id, actor);
  loaders.stancesOfActor.prime(id, (row.stances as unknown[]).map(toStance));
  return actor;
}
