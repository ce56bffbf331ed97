import type { QueryResolvers } from '../generated/graphql';
import { optionalDate } from '../data/dates';
import { findNode } from '../data/findNode';
import { listActors } from '../data/listActors';
import { listArticles } from '../data/listArticles';
import { listEvents } from '../data/listEvents';
import { listStances } from '../data/listStances';
import { listStatementLinks } from '../data/listStatementLinks';
import { listStatements } from '../data/listStatements';
import { pageWindow, toConnection } from '../data/pagination';
import { search } from '../data/search';
import { loadNode } from '../data/nodeKinds';
import { loadActorWithStances, loadStatementWithNeighbours } from '../data/prefetch';
import { selects } from './selects';

/** Core lookups, lists and search: read arguments, call one data-access function, return. */
export const Query: QueryResolvers = {
  node: (_, { id }, { db, loaders }) => findNode(db, loaders, id),
  actor: (_, { id }, { db, loaders }, info) =>
    selects(info, 'stances') ? loadActorWithStances(db, loaders, id) : loaders.actor.load(id),
  statement: (_, { id }, { db, loaders }, info) => {
    const stances = selects(info, 'stances');
    const links = ['supports', 'supportedBy', 'refutes', 'refutedBy'].some((f) => selects(info, f));
    if (!stances && !links) return loaders.statement.load(id);
    return loadStatementWithNeighbours(
      db,
      loaders,
      id,
      stances && links ? 'both' : stances ? 'stances' : 'links',
    );
  },
  event: (_, { id }, { loaders }) => loaders.event.load(id),
  article: (_, { id }, { loaders }) => loaders.article.load(id),
  stance: (_, { id }, { loaders }) => loaders.stance.load(id),

  actors: async (_, { filter, orderBy, first, after }, { db, config }) =>
    toConnection(
      await listActors(
        db,
        {
          text: filter?.text ?? null,
          kinds: filter?.kinds ?? null,
          memberOf: filter?.memberOf ?? null,
          orderBy: orderBy ?? 'NAME_ASC',
        },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  statements: async (_, { filter, orderBy, first, after }, { db, config }) =>
    toConnection(
      await listStatements(
        db,
        {
          text: filter?.text ?? null,
          actorId: filter?.actorId ?? null,
          stanceTypes: filter?.stanceTypes ?? null,
          eventId: filter?.eventId ?? null,
          hasFigure: filter?.hasFigure ?? null,
          from: optionalDate(filter?.from, 'filter.from'),
          to: optionalDate(filter?.to, 'filter.to'),
          orderBy: orderBy ?? 'FIRST_STANCE_ASC',
        },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  stances: async (_, { filter, orderBy, first, after }, { db, config }) =>
    toConnection(
      await listStances(
        db,
        {
          actorId: filter?.actorId ?? null,
          statementId: filter?.statementId ?? null,
          types: filter?.types ?? null,
          eventId: filter?.eventId ?? null,
          hasFigure: filter?.hasFigure ?? null,
          from: optionalDate(filter?.from, 'filter.from'),
          to: optionalDate(filter?.to, 'filter.to'),
          text: filter?.text ?? null,
          orderBy: orderBy ?? 'DATE_ASC',
        },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  events: async (_, { filter, orderBy, first, after }, { db, config }) =>
    toConnection(
      await listEvents(
        db,
        {
          text: filter?.text ?? null,
          types: filter?.types ?? null,
          partOf: filter?.partOf ?? null,
          orderBy: orderBy ?? 'NAME_ASC',
        },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  articles: async (_, { filter, orderBy, first, after }, { db, config }) =>
    toConnection(
      await listArticles(
        db,
        {
          text: filter?.text ?? null,
          cites: filter?.cites ?? null,
          from: optionalDate(filter?.from, 'filter.from'),
          to: optionalDate(filter?.to, 'filter.to'),
          orderBy: orderBy ?? 'PUBLISHED_DESC',
        },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  statementLinks: async (_, { filter, first, after }, { db, config }) =>
    toConnection(
      await listStatementLinks(
        db,
        { types: filter?.types ?? null, statementId: filter?.statementId ?? null },
        pageWindow(first, after, config.maxPageSize),
      ),
    ),

  search: async (_, { query, types, first, after }, { db, loaders, config }) => {
    const page = await search(db, query, types ?? null, pageWindow(first, after, config.maxPageSize));
    const nodes = await Promise.all(page.rows.map((hit) => loadNode(loaders, hit.label, hit.id)));
    const rows = page.rows.flatMap((hit, i) => (nodes[i] ? [{ score: hit.score, node: nodes[i] }] : []));
    return toConnection({ ...page, rows });
  },
};
