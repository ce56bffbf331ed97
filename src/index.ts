import http from 'node:http';
import { ConfigError, EMBEDDED_NEO4J_PASSWORD, loadConfig, type Neo4jTarget } from './config';
import { Database, applySchema } from './db';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded/startEmbeddedNeo4j';
import { Readiness } from './http/readiness';
import { loadSeedIfEmpty } from './ingest/loadSeed';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { createServer } from './server';

/** Entry point: config -> Neo4j (embedded unless NEO4J_URI) -> schema -> seed -> HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedNeo4j | undefined;
  let target: Neo4jTarget;
  if (config.externalNeo4j) {
    target = config.externalNeo4j;
    logger.info({ uri: target.uri, database: target.database }, 'using external Neo4j (NEO4J_URI)');
  } else {
    logger.info({ home: config.embedded.home }, 'starting embedded Neo4j Community 5.26');
    embedded = await startEmbeddedNeo4j({
      ...config.embedded,
      password: EMBEDDED_NEO4J_PASSWORD,
      browserStyleUrl: `http://localhost:${config.port}/browser-style.grass`,
    });
    target = { uri: embedded.boltUri, user: embedded.user, password: embedded.password, database: 'neo4j' };
  }

  const database = Database.connect(target, {
    queryTimeoutMs: config.queryTimeoutMs,
    maxPoolSize: config.neo4jMaxPoolSize,
    maxRetryTimeMs: config.neo4jMaxRetryMs,
  });
  const metrics = new Metrics();
  metrics.observe(database);
  const readiness = new Readiness(database, config.readyTimeoutMs);

  await database.waitUntilReachable(60_000);
  await applySchema(database);
  readiness.schemaApplied = true;
  if (config.seedOnEmpty) {
    const seeded = await loadSeedIfEmpty(database, { timeoutMs: config.ingestTimeoutMs });
    if (seeded.length > 0) logger.info({ bundles: seeded }, 'loaded the seed graph into the empty database');
  }

  const server = http.createServer();
  const { app, apollo } = await createServer({
    config,
    database,
    readiness,
    logger,
    metrics,
    httpServer: server,
  });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));

  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    'claimgraph is running',
    `  GraphQL (GraphiQL in a browser): ${base}/graphql`,
    `  Health / readiness / metrics:    ${base}/health  ${base}/ready  ${base}/metrics`,
  ];
  if (embedded) {
    lines.push(
      `  Neo4j Browser:                   ${embedded.browserUrl}`,
      `  Neo4j Bolt:                      ${embedded.boltUri}  (user ${embedded.user}, password ${embedded.password})`,
    );
  }
  if (config.tokenIsDevDefault) {
    lines.push(`  Mutation token (development default; set CLAIMGRAPH_TOKEN): ${config.token}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: draining in-flight requests');
    readiness.draining = true;
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceMs + 70_000);
    force.unref();
    // Apollo's drain plugin stops accepting connections, closes idle ones, lets in-flight
    // requests finish (up to SHUTDOWN_GRACE_MS, then cuts them), and only then stops Apollo.
    // The driver closes after that, so no request loses its database mid-flight.
    await apollo.stop();
    await database.close();
    if (embedded) await embedded.stop();
    logger.info('stopped');
    logger.flush?.();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `claimgraph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
