export {
  ingestBundle,
  writePlan,
  type IngestCounts,
  type IngestOptions,
  type IngestSummary,
} from './ingestBundle';
export { loadSeed, loadSeedIfEmpty, seedBundlePaths } from './loadSeed';
export {
  validateBundle,
  planBundle,
  lookupGraph,
  type IngestPlan,
  type GraphSnapshot,
} from './validateBundle';
export { checkBundleSchema, BUNDLE_SCHEMA_PATH } from './bundleSchema';
export {
  resolveDateRef,
  resolveDatePhrase,
  knownByOf,
  isCalendarDate,
  type ResolvedDate,
} from './resolveDate';
export { ActorResolver, normaliseAlias, type GraphActor } from './resolveActors';
export { BUNDLE_FORMAT, type Bundle } from './bundleTypes';
