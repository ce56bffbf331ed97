import type { Row } from '../../db';
import type { StanceType } from '../../domain/stanceTypes';
import type { ActorPositionRow, BreakdownCountsRow, ContestedStatusValue, StanceBreakdownRow } from './rows';

interface Holder {
  actorId: string;
  stanceId: string;
  position: StanceType;
  history: string[];
  historyCount: number;
}

const ids = (value: unknown): string[] => (value as Holder[]).map((h) => h.stanceId);

/** A q08 / q12 row (one statement's breakdown, each actor once by its current position) as a StanceBreakdownRow. */
export function toBreakdownRow(row: Row, asOf: string | null): StanceBreakdownRow {
  return {
    statementId: String(row.statementId),
    asOf,
    status: row.status as ContestedStatusValue,
    counts: row.counts as BreakdownCountsRow,
    claimedIds: ids(row.claimed),
    confirmedIds: ids(row.confirmed),
    deniedIds: ids(row.denied),
    declinedToConfirmIds: ids(row.declinedToConfirm),
    didNotDenyIds: ids(row.didNotDeny),
    declinedToCommentIds: ids(row.declinedToComment),
    retractedIds: ids(row.retracted),
    positions: (row.positions as Holder[]).map((h): ActorPositionRow => ({
      actorId: h.actorId,
      stanceId: h.stanceId,
      position: h.position,
      historyIds: h.history,
      historyCount: h.historyCount,
    })),
    supportedByIds: row.supportedBy as string[],
    refutedByIds: row.refutedBy as string[],
    ...(row.selected ? { selected: row.selected as Record<string, unknown> } : {}),
  };
}
