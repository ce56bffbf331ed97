import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Db } from '../db';
import { answersFromIds } from './compile/answersFromIds';
import { compileByIds, compileLinksByKeys, linkKey, type BatchKind } from './compile/compileRoot';
import type { CompiledRow } from './compile/compiledRow';
import type { CompiledQuery } from './compile/cypherWriter';
import type { FieldPlan } from './compile/planSelection';
import type { Bounds } from './compile/projectNode';
import { boundedSelection } from './readGraph';

/**
 * Per-request batches for the objects research rows refer to by id (a breakdown's positions, a
 * chain's statements, a subgraph's nodes; a breakdown's direct fields are projected in its own
 * statement, see compileBreakdown.ts). Root fields compile into one statement each; a research
 * root field runs its `.cypher` file and then one compiled statement per kind of object and
 * selection, whatever the number of parents and fields: every parent at one field path (list
 * indices aside) shares a selection, and sibling fields that select the same way (a position's
 * `current` and `history`) share one batch too. A selection of ids alone needs no batch: the
 * research row has them.
 */
export interface Loaders {
  byIds(
    info: GraphQLResolveInfo,
    kind: BatchKind,
    ids: readonly string[],
    bounds: Bounds,
  ): Promise<CompiledRow[]>;
  links(
    info: GraphQLResolveInfo,
    keys: readonly { fromId: string; type: string; toId: string }[],
    bounds: Bounds,
  ): Promise<CompiledRow[]>;
}

// Dispatch once every resolver of the current level has asked for its keys.
const batchScheduleFn = (dispatch: () => void) => void setImmediate(dispatch);

/** The field path without list indices: `contestedStatements.claimed`. */
function pathKey(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) {
    if (typeof p.key === 'string') keys.unshift(p.key);
  }
  return keys.join('.');
}

export function createLoaders(db: Db): Loaders {
  const batches = new Map<string, DataLoader<string, CompiledRow | null>>();
  const batch = (key: string, compile: (ids: readonly string[]) => CompiledQuery) => {
    let loader = batches.get(key);
    if (!loader) {
      loader = new DataLoader<string, CompiledRow | null>(
        async (ids) => {
          const query = compile(ids);
          const rows = await db.read(query.text, query.params);
          const byId = new Map(rows.map((r) => [String(r.id), r.value as CompiledRow]));
          return ids.map((id) => byId.get(id) ?? null);
        },
        { batchScheduleFn },
      );
      batches.set(key, loader);
    }
    return loader;
  };
  const present = async (loader: DataLoader<string, CompiledRow | null>, ids: readonly string[]) =>
    (await loader.loadMany(ids)).filter((v): v is CompiledRow => v !== null && !(v instanceof Error));
  // The selection is the same for every parent at one path: plan it once, and name its batch
  // by what it selects, so that paths selecting the same way share one.
  const plans = new Map<string, { fields: FieldPlan[]; batchKey: string }>();
  const planOnce = (kind: string, info: GraphQLResolveInfo, bounds: Bounds) => {
    const path = `${kind}:${pathKey(info)}`;
    let plan = plans.get(path);
    if (!plan) {
      const fields = boundedSelection(info, bounds);
      plan = { fields, batchKey: `${kind}:${JSON.stringify(fields)}` };
      plans.set(path, plan);
    }
    return plan;
  };

  return {
    byIds: (info, kind, ids, bounds) => {
      const { fields, batchKey: key } = planOnce(kind, info, bounds);
      if (answersFromIds(kind, fields)) return Promise.resolve(ids.map((id) => idOnlyRow(kind, id, fields)));
      return present(
        batch(key, (batchIds) => compileByIds(kind, batchIds, fields, bounds)),
        ids,
      );
    },
    links: (info, keys, bounds) => {
      const { fields, batchKey: key } = planOnce('Link', info, bounds);
      return present(
        batch(key, (batchIds) => compileLinksByKeys(batchIds.map(parseLinkKey), fields, bounds)),
        keys.map(linkKey),
      );
    },
  };
}

function idOnlyRow(kind: BatchKind, id: string, fields: readonly FieldPlan[]): CompiledRow {
  const row: CompiledRow = { __typename: kind };
  for (const f of fields) row[f.key] = id;
  return row;
}

/** Inverse of `linkKey` (ids are slugs, so `|` cannot occur in them). */
function parseLinkKey(id: string): { fromId: string; type: string; toId: string } {
  const [fromId = '', type = '', toId = ''] = id.split('|');
  return { fromId, type, toId };
}
