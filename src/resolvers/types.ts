import { defaultFieldResolver, type GraphQLFieldResolver } from 'graphql';
import type { Resolvers } from '../generated/graphql';

/**
 * Objects of the core types arrive from the compiled Cypher already shaped like the selection,
 * keyed by response key (so `a: stances(first: 1) b: stances(first: 5)` keep apart); they are
 * told from other rows by their `__typename`. Everything else resolves by field name.
 */
export const compiledFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) =>
  typeof source === 'object' && source !== null && '__typename' in source
    ? (source as Record<string, unknown>)[info.path.key]
    : defaultFieldResolver(source, args, context, info);

/** Abstract types resolve to the `__typename` every compiled object carries. */
export const typeResolvers: Resolvers = {
  Node: { __resolveType: (n) => n.__typename as never },
  Actor: { __resolveType: (a) => a.__typename as never },
};
