import type { QueryResolvers } from '../generated/graphql';
import {
  compileActors,
  compileByIds,
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
import { boundedSelection, boundsOf, readByIds, readOne, readPage } from '../data/readGraph';
import { search } from '../data/search';
import { listFilter } from '../data/listFilter';

const NODE = ['edges', 'node'];
const HIT_NODE = ['edges', 'node', 'node'];

/**
 * Core lookups, lists and search. Each root field compiles its whole selection into one Cypher
 * statement (src/data/compile/) and runs it: one round trip per root field.
 */
export const Query: QueryResolvers = {
  node: (_, { id }, { db, config }, info) => readOne(db, compileNodeLookup(id, boundedSelection(info), boundsOf(config))),
  actor: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Actor', id, boundedSelection(info), boundsOf(config))),
  statement: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Statement', id, boundedSelection(info), boundsOf(config))),
  event: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Event', id, boundedSelection(info), boundsOf(config))),
  article: (_, { id }, { db, config }, info) =>
    readOne(db, compileLookup('Article', id, boundedSelection(info), boundsOf(config))),
  stance: (_, { id }, { db, config }, info) =>
    readOne(db, compileStanceLookup(id, boundedSelection(info), boundsOf(config))),

  actors: async (_, args, { db, config }, info) => {
    const { filter, orderBy, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileActors({ ...filter, orderBy: orderBy ?? 'NAME_ASC' }, fields, window, boundsOf(config));
    return toConnection(await readPage(db, query, window));
  },

  statements: async (_, args, { db, config }, info) => {
    const { filter, orderBy, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileStatements(
      {
        ...filter,
        from: optionalDate(filter?.from, 'filter.from'),
        to: optionalDate(filter?.to, 'filter.to'),
        orderBy: orderBy ?? 'FIRST_STANCE_ASC',
      },
      fields,
      window,
      boundsOf(config),
    );
    return toConnection(await readPage(db, query, window));
  },

  stances: async (_, args, { db, config }, info) => {
    const { filter, orderBy, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileStances(
      {
        ...filter,
        from: optionalDate(filter?.from, 'filter.from'),
        to: optionalDate(filter?.to, 'filter.to'),
        orderBy: orderBy ?? 'DATE_ASC',
      },
      fields,
      window,
      boundsOf(config),
    );
    return toConnection(await readPage(db, query, window));
  },

  events: async (_, args, { db, config }, info) => {
    const { filter, orderBy, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileEvents({ ...filter, orderBy: orderBy ?? 'NAME_ASC' }, fields, window, boundsOf(config));
    return toConnection(await readPage(db, query, window));
  },

  articles: async (_, args, { db, config }, info) => {
    const { filter, orderBy, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileArticles(
      {
        ...filter,
        from: optionalDate(filter?.from, 'filter.from'),
        to: optionalDate(filter?.to, 'filter.to'),
        orderBy: orderBy ?? 'PUBLISHED_DESC',
      },
      fields,
      window,
      boundsOf(config),
    );
    return toConnection(await readPage(db, query, window));
  },

  statementLinks: async (_, args, { db, config }, info) => {
    const { filter, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = boundedSelection(info, window.limit, NODE);
    const query = compileStatementLinks({ ...filter }, fields, window, boundsOf(config));
    return toConnection(await readPage(db, query, window));
  },

  // Full-text search runs the search query (src/data/search.ts), then one compiled statement
  // for the selection of the hits' nodes: two round trips.
  search: async (_, args, { db, config }, info) => {
    const { query, types, first, after } = withSdlDefaults(info, args);
    const window = pageWindow(first, after, config.maxPageSize);
    const fields = plansAt(boundedSelection(info, window.limit, HIT_NODE), HIT_NODE);
    const wanted = listFilter(types);
    const page = await search(db, query, wanted && [...wanted], window);
    const nodes = await readByIds(db, compileByIds('Node', page.rows.map((hit) => hit.id), fields, boundsOf(config)));
    const rows = page.rows.flatMap((hit) => {
      const node = nodes.get(hit.id);
      return node ? [{ score: hit.score, node }] : [];
    });
    return toConnection({ ...page, rows });
  },
};
