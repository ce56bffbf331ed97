import type { Row } from '../../db';
import type { ContestedStatusValue, StanceBreakdownRow } from './rows';

interface Holder {
  stanceId: string;
}

const ids = (value: unknown): string[] => (value as Holder[]).map((h) => h.stanceId);

/** A q08 / q12 row (one statement's breakdown) as a StanceBreakdownRow. */
export function toBreakdownRow(row: Row, asOf: string | null): StanceBreakdownRow {
  return {
    statementId: String(row.statementId),
    asOf,
    status: row.status as ContestedStatusValue,
    claimedIds: ids(row.claimed),
    confirmedIds: ids(row.confirmed),
    deniedIds: ids(row.denied),
    declinedToConfirmIds: ids(row.declinedToConfirm),
    supportedByIds: row.supportedBy as string[],
    refutedByIds: row.refutedBy as string[],
  };
}
