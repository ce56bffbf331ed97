import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type Express } from 'express';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import gql from 'graphql-tag';
import type { Config } from './config';
import type { RequestContext } from './context';
import type { Database } from './db';
import { createLoaders } from './data/loaders';
import { ErrorCode, UnauthenticatedError, clientCode, maskError } from './errors';
import { hasBearerToken } from './http/bearerToken';
import { explorer } from './http/explorer';
import { documentGuard } from './http/documentGuard';
import { graphiqlPage } from './http/graphiqlPage';
import { PENDING_REQUEST_ID, graphqlHandler } from './http/graphqlHandler';
import { listLiteralRule, supportedOperationsRule, variableListLimitPlugin } from './http/inputLimits';
import { jsonErrors, notFound } from './http/jsonErrors';
import { queryCostPlugin } from './http/queryCost';
import type { Readiness } from './http/readiness';
import { staticAssets } from './http/staticAssets';
import { accessLog } from './observability/accessLog';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import { assignRequestId } from './observability/requestId';
import { repoPath } from './paths';
import { resolvers } from './resolvers';
import { compiledFieldResolver } from './resolvers/types';

export const typeDefs = gql(readFileSync(repoPath('schema.graphql'), 'utf8'));

export interface ServerDeps {
  config: Config;
  database: Database;
  readiness: Readiness;
  logger: Logger;
  metrics: Metrics;
  /** The server the app will listen on; when given, `apollo.stop()` drains it first. */
  httpServer?: http.Server;
}

export interface ClaimgraphServer {
  apollo: ApolloServer<RequestContext>;
  app: Express;
  /** Builds a request context, as the HTTP layer does; used by in-process tests. */
  contextFor(options?: { token?: string; authorization?: string; requestId?: string }): RequestContext;
}

/** Builds the Apollo server and the Express app around it. Does not listen (tests use it). */
export async function createServer(deps: ServerDeps): Promise<ClaimgraphServer> {
  const { config, database, readiness, logger, metrics, httpServer } = deps;
  const { limits } = config;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    // Each replaced by something that does more: tokens by graphql-js's own parser limit
    // (`parseOptions`, a 400 GRAPHQL_PARSE_FAILED; armor's token plugin throws outside Apollo's
    // pipeline and answers 500), cost by queryCostPlugin (it counts `first`), suggestions by
    // `hideSchemaDetailsFromClientErrors` plus maskError.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  const contextFor: ClaimgraphServer['contextFor'] = (options = {}) => {
    const stats = { roundTrips: 0 };
    const db = database.observed({
      onQuery: () => {
        stats.roundTrips++;
      },
    });
    const authorization =
      options.authorization ?? (options.token === undefined ? undefined : `Bearer ${options.token}`);
    return {
      db,
      loaders: createLoaders(db),
      config,
      requestId: options.requestId ?? randomUUID(),
      authenticated: hasBearerToken(authorization, config.token),
      stats,
    };
  };

  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    fieldResolver: compiledFieldResolver,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // No registration of queries by hash: nothing in front of the service needs it, and it
    // would let clients fill a server-side cache.
    persistedQueries: false,
    // src/index.ts owns shutdown (drain, then close the driver); Apollo's own signal handler
    // would re-raise SIGTERM and kill the process before the driver is closed.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: limits.tokens },
    maxRecursiveSelections: true,
    validationRules: [
      supportedOperationsRule,
      listLiteralRule(limits.listItems),
      ...protection.validationRules,
    ],
    plugins: [
      // First: its hook throws synchronously, before any other plugin coerces the variables.
      variableListLimitPlugin(limits.listItems),
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; Apollo's default cache-control plugin would wrap every field
      // resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin({
        maxCost: limits.cost,
        listSize: limits.costListSize,
        maxTraversalHops: config.maxTraversalHops,
      }),
      ...(config.readsRequireToken ? [requireTokenPlugin()] : []),
      observabilityPlugin(logger, metrics),
      ...(httpServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs })]
        : []),
    ],
    formatError: (formatted, error) => {
      // The plugin stamps the context's request id on errors raised inside the pipeline;
      // graphqlHandler fills it into those raised before (CSRF, batching).
      const stamped = (error as { extensions?: { requestId?: unknown } } | null)?.extensions?.requestId;
      const requestId = typeof stamped === 'string' ? stamped : PENDING_REQUEST_ID;
      return maskError(formatted, error, requestId, { hideSuggestions: config.production });
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // No ETag: GraphQL answers are not cached by URL, and hashing each body costs CPU per request.
  app.set('etag', false);
  app.use(assignRequestId());
  app.use(accessLog(logger));
  // /graphql first: every layer in front of it is matched on every GraphQL request.
  if (config.introspection) {
    // GraphiQL needs introspection, so it is served only where introspection is on.
    app.get('/graphql', (req, res, next) => {
      if (req.query.query === undefined && req.accepts(['text/html', 'application/json']) === 'text/html') {
        res.type('html').send(graphiqlPage('/graphql'));
        return;
      }
      next();
    });
  }
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: limits.bodyLimit }),
    documentGuard(limits.tokens),
    graphqlHandler(apollo, (req) =>
      contextFor({ requestId: req.id, authorization: req.headers.authorization }),
    ),
  );
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/ready', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(staticAssets());
  app.use(explorer());
  app.use(notFound());
  app.use(jsonErrors(logger, metrics));

  return { apollo, app, contextFor };
}

/**
 * Per operation: one info log line (request id, operation name, duration, round trips, error
 * codes), the latency histogram and the error counter. Errors are logged in full here, with
 * Neo4j's own message and stack, before formatError masks them for the client.
 */
function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart({ contextValue }) {
      const started = performance.now();
      const requestId = contextValue.requestId;
      const codes: string[] = [];
      return Promise.resolve({
        didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = clientCode(error);
            codes.push(code);
            metrics.errors.inc({ code });
            // formatError has no context: the request id travels on the error itself.
            (error.extensions as Record<string, unknown>).requestId = requestId;
            const fields = { requestId, operation: operationName ?? null, code };
            if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
              logger.error({ ...fields, err: error.originalError ?? error }, 'graphql internal error');
            } else if (code === ErrorCode.DATABASE_UNAVAILABLE || code === ErrorCode.QUERY_TIMEOUT) {
              // The driver's own error rides on `cause` (see mapDriverError).
              const cause = (error.originalError as { cause?: unknown } | undefined)?.cause;
              logger.warn(
                { ...fields, message: error.message, ...(cause ? { err: cause } : {}) },
                'graphql error',
              );
            } else {
              logger.info({ ...fields, message: error.message }, 'graphql error');
            }
          }
          return Promise.resolve();
        },
        willSendResponse({ operationName, response }) {
          const seconds = (performance.now() - started) / 1000;
          metrics.requestDuration.observe({ operation: metrics.operationLabel(operationName) }, seconds);
          logger.info(
            {
              requestId,
              operation: operationName ?? null,
              status: response.http.status ?? 200,
              ms: Math.round(seconds * 1000),
              roundTrips: contextValue.stats.roundTrips,
              ...(codes.length > 0 ? { errors: codes } : {}),
            },
            'graphql request',
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/** READS_REQUIRE_TOKEN=true: every operation, not only mutations, needs the bearer token. */
function requireTokenPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ contextValue }) {
          if (contextValue.authenticated) return Promise.resolve();
          const error = new UnauthenticatedError();
          error.extensions.http = { status: 401 };
          return Promise.reject(error);
        },
      });
    },
  };
}
