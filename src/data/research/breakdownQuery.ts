import type { CypherFile } from '../../db';
import { compileBreakdown } from '../compile/compileBreakdown';
import type { CompiledQuery } from '../compile/cypherWriter';
import type { ResearchSelection } from './researchSelection';

/** The research file with its parameters, and the selected objects attached when asked for. */
export function breakdownQuery(
  file: CypherFile,
  params: Record<string, unknown>,
  items: number,
  select: ResearchSelection | undefined,
): CompiledQuery {
  const research = { text: file.text, params };
  if (!select) return research;
  const { fields, bounds } = select(items);
  return compileBreakdown(research, fields, bounds);
}
