import type { MutationResolvers } from '../generated/graphql';
import { UnauthenticatedError } from '../errors';
import { ingestBundle } from '../ingest/ingestBundle';

export const Mutation: MutationResolvers = {
  ingestBundle: async (_, { bundle, dryRun, strict }, { db, authenticated, config }) => {
    if (!authenticated) throw new UnauthenticatedError();
    return ingestBundle(db, bundle, {
      timeoutMs: config.ingestTimeoutMs,
      dryRun: dryRun,
      strict: strict,
    });
  },
};
