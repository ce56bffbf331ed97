import { ConfigError, EMBEDDED_NEO4J_PASSWORD, loadConfig } from './config';
import { QueryPlanRecorder, StoreInUseError, applySchema, connectOrStart, warmUpQueryPlans } from './db';
import type { SupervisorEvent } from './embedded/superviseEmbeddedNeo4j';
import { createHttpServer } from './http/createHttpServer';
import { Readiness } from './http/readiness';
import { loadSeedIfEmpty } from './ingest/loadSeed';
import { createLogger } from './observability/logger';
import { Metrics } from './observability/metrics';
import { createServer } from './server';

/** A cold JVM plans a large compiled selection in seconds; past this it is left to a client. */
const WARM_UP_PLAN_TIMEOUT_MS = 30_000;
const WARM_UP_DEADLINE_MS = 180_000;

/** Entry point: config -> Neo4j (embedded unless NEO4J_URI) -> schema -> seed -> HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  const metrics = new Metrics();
  let onNeo4jRestarted: () => void = () => undefined;
  const onSupervisorEvent = (event: SupervisorEvent) => {
    if (event.type === 'exited') {
      metrics.embeddedRestarts.inc({ event: 'exited' });
      logger.error(event, 'embedded Neo4j exited; restarting it');
    } else if (event.type === 'restarting') logger.warn(event, 'restarting the embedded Neo4j');
    else if (event.type === 'restarted') {
      metrics.embeddedRestarts.inc({ event: 'restarted' });
      logger.warn(event, 'embedded Neo4j restarted');
      onNeo4jRestarted();
    } else if (event.type === 'restart-failed') {
      metrics.embeddedRestarts.inc({ event: 'restart_failed' });
      logger.error(event, 'embedded Neo4j restart failed');
    } else {
      metrics.embeddedRestarts.inc({ event: 'gave_up' });
      logger.fatal(event, 'embedded Neo4j could not be restarted; giving up (restart the service)');
    }
  };
  const connection = await connectOrStart({
    ...(config.externalNeo4j ? { external: config.externalNeo4j } : {}),
    embedded: {
      ...config.embedded,
      password: EMBEDDED_NEO4J_PASSWORD,
      browserStyleUrl: `http://localhost:${config.port}/browser-style.grass`,
    },
    database: {
      queryTimeoutMs: config.queryTimeoutMs,
      maxPoolSize: config.neo4jMaxPoolSize,
      maxConcurrentReads: config.neo4jMaxConcurrentReads,
      maxRetryTimeMs: config.neo4jMaxRetryMs,
      deadlines: config.deadlines,
    },
    whenInUse: 'refuse',
    maxRestarts: config.embeddedMaxRestarts,
    onSupervisorEvent,
    reachableTimeoutMs: 60_000,
    log: (message) => {
      logger.info(message);
    },
  });
  const { database } = connection;
  const { embedded } = connection;
  metrics.observe(database);
  database.liveness.onChange = (up, reason) => {
    if (up) logger.info('Neo4j answers again');
    else logger.warn({ reason }, 'Neo4j stopped answering; requests fail fast');
  };
  const readiness = new Readiness(database, config.readyTimeoutMs);

  await applySchema(database);
  readiness.schemaApplied = true;
  if (config.seedOnEmpty) {
    // Counts and warnings only: every date and resolution would make one log line of kilobytes.
    const seeded = await loadSeedIfEmpty(database, { timeoutMs: config.ingestTimeoutMs, report: false });
    if (seeded.length > 0) logger.info({ bundles: seeded }, 'loaded the seed graph into the empty database');
  }

  // Reads are remembered from here on: the seed's own reads are not a client's.
  const recorder = config.queryPlanFile ? new QueryPlanRecorder(config.queryPlanFile) : undefined;
  if (recorder) database.addObserver(recorder);

  const server = createHttpServer(config);
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
    `  Explorer (web app):              ${base}/`,
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
  // In the background: requests are served meanwhile, and a first request finds the plans of
  // what clients asked before the restart already cached (docs/operations.md).
  const warmUp = (after: string) => {
    if (!recorder) return;
    const startedAt = Date.now();
    void warmUpQueryPlans(database, recorder.recorded(), {
      planTimeoutMs: WARM_UP_PLAN_TIMEOUT_MS,
      deadlineMs: WARM_UP_DEADLINE_MS,
      stopped: () => stopping,
    }).then((outcome) => {
      logger.info({ ...outcome, ms: Date.now() - startedAt }, `planned the queries recorded before ${after}`);
    });
  };
  warmUp('this start');
  // A Neo4j the supervisor restarted has lost its plans too.
  onNeo4jRestarted = () => {
    warmUp('the Neo4j restart');
  };

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
    recorder?.save();
    await connection.close();
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StoreInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `claimgraph failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
