import type { BatchKind } from './compileRoot';
import type { FieldPlan } from './planSelection';

/**
 * Kinds whose GraphQL type is an object type (an Actor's or a Node's type needs its labels).
 * Research rows carry ids read in the same request, so a selection of `id` alone is answered
 * from them without projecting anything (`contestedStatements { statement { id } }`).
 */
const CONCRETE_KINDS: ReadonlySet<BatchKind> = new Set(['Statement', 'Event', 'Article', 'Stance']);

/** True when the ids a research row holds answer this selection of `kind` objects. */
export const answersFromIds = (kind: BatchKind, fields: readonly FieldPlan[]): boolean =>
  CONCRETE_KINDS.has(kind) && fields.every((f) => f.name === 'id');
