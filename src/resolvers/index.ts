import type { Resolvers } from '../generated/graphql';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { researchQueries, researchTypes } from './research';
import { DateScalar, JsonScalar } from './scalars';
import { typeResolvers } from './types';

/** The resolver map for schema.graphql. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  JSON: JsonScalar,
  Query: { ...Query, ...researchQueries },
  Mutation,
  ...typeResolvers,
  ...researchTypes,
};
