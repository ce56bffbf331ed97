import { cypherFile, type Db } from '../../db';
import { answersFromIds, idOnlyRow } from '../compile/answersFromIds';
import { compileActorTimeline } from '../compile/compileActorTimeline';
import type { CompiledRow } from '../compile/compiledRow';
import { optionalDateWindow } from '../dates';
import { requireNode } from './requireNode';
import { QUERY_FILES } from './queryFiles';
import { boundedFirst, type ResearchLimits } from './researchLimits';
import type { ResearchSelection } from './researchSelection';

export interface ActorTimelineArgs {
  actorId: string;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

/**
 * An actor's stances in date order, optionally within [from, to] (question 6), as `select`
 * asks for them: the file's own statement answers a selection of ids alone, and otherwise
 * projects the stances in the same statement (compileActorTimeline), one round trip either way.
 */
export async function actorTimeline(
  db: Db,
  limits: ResearchLimits,
  args: ActorTimelineArgs,
  select: ResearchSelection,
): Promise<CompiledRow[]> {
  const { from, to } = optionalDateWindow(args);
  const limit = boundedFirst(args.first, 100, limits);
  const research = {
    text: cypherFile(QUERY_FILES.actorTimeline).text,
    params: { actorId: args.actorId, from, to, limit },
  };
  const { fields, bounds } = select(limit);
  const idsAnswer = answersFromIds('Stance', fields);
  const query = idsAnswer ? research : compileActorTimeline(research, fields, bounds);
  const rows = await db.read(query.text, query.params);
  if (rows.length === 0) await requireNode(db, 'Actor', args.actorId);
  return rows.map((row) =>
    idsAnswer ? idOnlyRow('Stance', String(row.stanceId), fields) : (row.value as CompiledRow),
  );
}
