export {
  ingestBundle,
  ingestBundleFrom,
  writeChanges,
  type IngestCounts,
  type IngestOptions,
  type IngestSummary,
} from './ingestBundle';
export { loadSeed, loadSeedIfEmpty, seedBundlePaths } from './loadSeed';
export { planBundle, EMPTY_LOOKUP, type IngestPlan, type GraphLookup } from './planBundle';
export { lookupGraph, readGraphState } from './readGraphState';
export { diffState } from './diffState';
export { checkBundleSchema, parseBundle, BUNDLE_SCHEMA_PATH } from './bundleSchema';
export {
  resolveDateRef,
  resolveDatePhrase,
  knownByOf,
  isCalendarDate,
  type ResolvedDate,
} from './resolveDate';
export { ActorResolver, normaliseAlias, type GraphActor } from './resolveActors';
export { BUNDLE_FORMAT, type Bundle } from './bundleFormat';
