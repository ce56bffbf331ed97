import type { Db } from '../db';
import { actorProjection, STANCE_PATTERN, stanceProjection, statementProjection } from './cypherProjections';
import type { Loaders } from './loaders';
import type { ActorRow, StatementRow } from './rows';
import { toActor, toStance, toStatement } from './toRow';

// Root lookups whose selection asks for `stances` fetch them in the same round trip and prime
// the loaders, so `statement(id) { stances { actor { name } } }` costs one query, not two.

const STANCE_ORDER = 'ORDER BY r.date, r.knownBy, a.name, type(r), s.id';

const STATEMENT_WITH_STANCES = `MATCH (s:Statement {id: $id})
RETURN ${statementProjection('s')} AS node,
  COLLECT { MATCH (a:Actor)-[r:${STANCE_PATTERN}]->(s) WITH a, r, s ${STANCE_ORDER}
            RETURN ${stanceProjection('r', 'a', 's', { actor: true })} } AS stances`;

const ACTOR_WITH_STANCES = `MATCH (a:Actor {id: $id})
RETURN ${actorProjection('a')} AS node,
  COLLECT { MATCH (a)-[r:${STANCE_PATTERN}]->(s:Statement) WITH a, r, s ${STANCE_ORDER}
            RETURN ${stanceProjection('r', 'a', 's', { statement: true })} } AS stances`;

/** A statement and its stances in one query; primes `statement` and `stancesOfStatement`. */
export async function loadStatementWithStances(db: Db, loaders: Loaders, id: string): Promise<StatementRow | null> {
  const [row] = await db.read(STATEMENT_WITH_STANCES, { id });
  if (!row) return null;
  const statement = toStatement(row.node);
  loaders.statement.prime(id, statement);
  loaders.stancesOfStatement.prime(id, (row.stances as unknown[]).map(toStance));
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
