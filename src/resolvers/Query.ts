import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../generated/graphql';
import type { RequestContext } from '../context';
import type { CompiledQuery } from '../data/compile/cypherWriter';
import type { FieldPlan } from '../data/compile/planSelection';
import type { Bounds } from '../data/compile/projectNode';
import type { PageWindow } from '../data/pagination';
import {
  compileActors,
  compileArticles,
  compileEvents,
  compileLookup,
  compileNodeLookup,
  compileStanceLookup,
  compileStatementLinks,
  compileStatements,
  compileStances,
} from '../data/compile/compileRoot';
import { plansAt, withSdlDefaults } from '../data/compile/planSelection';
import { optionalDate } from '../data/dates';
import { pageWindow, toConnection } from '../data/pagination';
import { boundedSelection, boundsOf, readOne, readPage } from '../data/readGraph';
import { compileSearch } from '../data/search';
import type { CompiledRow } from '../data/compile/compiledRow';
import { listFilter } from '../data/listFilter';

const NODE = ['edges', 'node'];
const HIT_NODE = ['edges', 'node', 'node'];

/**
 * Core lookups, lists and search. Each root field compiles its whole selection into one Cypher
 * statement (src/data/compile/) and runs it: one round trip per root field.
 */
export const Query: QueryResolvers = {
  node: (_, { id }, { db, config }, info) =>
    readOne(db, compileNodeLookup(id, boundedSelection(info, boundsOf(config)), boundsOf(config))),
  actor: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Actor', id, boundedSelection(info, boundsOf(config)), boundsOf(config))),
  statement: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Statement', id, boundedSelection(info, boundsOf(config)), boundsOf(config))),
  event: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Event', id, boundedSelection(info, boundsOf(config)), boundsOf(config))),
  article: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Article', id, boundedSelection(info, boundsOf(config)), boundsOf(config))),
  stance: (_, { id }, { db, config }, info) =>
    readOne(db, compileStanceLookup(id, boundedSelection(info, boundsOf(config)), boundsOf(config))),

  actors: (_, args, ctx, info) => listPage(ctx, info, args, compileActors),
  statements: (_, args, ctx, info) => listPage(ctx, info, args, compileStatements),
  stances: (_, args, ctx, info) => listPage(ctx, info, args, compileStances),
  events: (_, args, ctx, info) => listPage(ctx, info, args, compileEvents),
  articles: (_, args, ctx, info) => listPage(ctx, info, args, compileArticles),
  statementLinks: (_, args, ctx, info) => listPage(ctx, info, args, compileStatementLinks),

  // Full-text search: one statement finds, ranks and pages the hits and projects their nodes.
  search: async (_, args, { db, config }, info) => {
    const { query, types, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = plansAt(boundedSelection(info, boundsOf(config), window.limit, HIT_NODE), HIT_NODE);
    const wanted = listFilter(types);
    const compiled = compileSearch(query, wanted && [...wanted], window, fields, boundsOf(config));
    const page = await readPage(db, compiled, window);
    const rows = page.rows.map((hit) => ({ score: Number(hit.score), node: hit.node as CompiledRow }));
    return toConnection({ ...page, rows });
  },
};

/** The arguments every list root field takes: a filter, an order (most lists), a page. */
interface ListArgs {
  filter?: object | null;
  orderBy?: unknown;
  first?: number | null;
  after?: string | null;
}

/**
 * A list root field: its SDL defaults applied, its filter's dates validated, its page window,
 * its selection under `edges.node` checked against the row budget, and the one statement
 * `compile` builds from them, read as a connection.
 */
async function listPage<A extends ListArgs>(
  { db, config }: RequestContext,
  info: GraphQLResolveInfo,
  args: A,
  compile: (
    args: NonNullable<A['filter']> & { orderBy: A['orderBy'] },
    fields: FieldPlan[],
    window: PageWindow,
    bounds: Bounds,
  ) => CompiledQuery,
) {
  const { filter, orderBy, first, after } = withSdlDefaults(info, args);
  const window = pageWindow(first, after, config.maxPageSize);
  const fields = boundedSelection(info, boundsOf(config), window.limit, NODE);
  const listArgs = { ...filter, ...dateRange(filter), orderBy };
  return toConnection(await readPage(db, compile(listArgs, fields, window, boundsOf(config)), window));
}

/** A list filter's `from` / `to` (where it has them), validated as dates and named by their path. */
function dateRange(filter: { from?: string | null; to?: string | null } | null | undefined) {
  return { from: optionalDate(filter?.from, 'filter.from'), to: optionalDate(filter?.to, 'filter.to') };
}
