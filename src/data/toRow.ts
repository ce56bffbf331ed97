import { actorTypename, type ActorRow, type ArticleRow, type EventRow, type StanceRow, type StatementRow } from './rows';
import type { Row } from '../db';

/** Tags plain Cypher maps with their GraphQL type name. */
export const toActor = (m: unknown): ActorRow => {
  const row = m as Omit<ActorRow, '__typename'>;
  return { ...row, __typename: actorTypename(row.kind) };
};
export const toStatement = (m: unknown): StatementRow => ({ ...(m as StatementRow), __typename: 'Statement' });
export const toStance = (m: unknown): StanceRow => {
  const row = m as StanceRow;
  if (row.actor) row.actor = toActor(row.actor);
  if (row.statement) row.statement = toStatement(row.statement);
  return { ...row, __typename: 'Stance' };
};
export const toEvent = (m: unknown): EventRow => ({ ...(m as EventRow), __typename: 'Event' });
export const toArticle = (m: unknown): ArticleRow => ({ ...(m as ArticleRow), __typename: 'Article' });

/** Groups `{key, value}` rows into a map of arrays. */
export function groupRows<T>(rows: Row[], key: string, value: (row: Row) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = out.get(k) ?? [];
    list.push(value(row));
    out.set(k, list);
  }
  return out;
}
