/**
 * The bundle types, for modules that imported them from here. They are not a second copy:
 * every one is drawn from the typed source, src/ingest/bundleFormat.ts.
 */
export * from './bundleFormat';
