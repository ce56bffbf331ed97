import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { type Express } from 'express';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import gql from 'graphql-tag';
import type { Config } from './config';
import type { RequestContext } from './context';
import type { Database } from './db';
import { createLoaders } from './data/loaders';
import { maskError } from './errors';
import { hasBearerToken } from './http/bearerToken';
import { graphiqlPage } from './http/graphiqlPage';
import type { Readiness } from './http/readiness';
import { staticAssets } from './http/staticAssets';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import { repoPath } from './paths';
import { resolvers } from './resolvers';

export const typeDefs = gql(readFileSync(repoPath('schema.graphql'), 'utf8'));

export interface ServerDeps {
  config: Config;
  database: Database;
  readiness: Readiness;
  logger: Logger;
  metrics: Metrics;
}

export interface ClaimgraphServer {
  apollo: ApolloServer<RequestContext>;
  app: Express;
  /** Builds a request context, as the HTTP layer does; used by in-process tests. */
  contextFor(options?: { token?: string; requestId?: string }): RequestContext;
}

/** Builds the Apollo server and the Express app around it. Does not listen (tests use it). */
export async function createServer(deps: ServerDeps): Promise<ClaimgraphServer> {
  const { config, database, readiness, logger, metrics } = deps;
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.depth },
    maxAliases: { n: config.limits.aliases },
    maxTokens: { n: config.limits.tokens },
    maxDirectives: { n: config.limits.directives },
    costLimit: { maxCost: config.limits.cost },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();

  const contextFor = (options: { token?: string; requestId?: string } = {}): RequestContext => {
    const stats = { roundTrips: 0 };
    const db = database.observed({ onQuery: () => void stats.roundTrips++ });
    return {
      db,
      loaders: createLoaders(db),
      config,
      requestId: options.requestId ?? randomUUID(),
      authenticated: options.token !== undefined && hasBearerToken(`Bearer ${options.token}`, config.token),
      stats,
    };
  };

  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers: resolvers as never,
    ...protection,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...protection.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ...(config.production ? [ApolloServerPluginDisableSuggestions()] : []),
      observabilityPlugin(logger, metrics),
    ],
    validationRules: [...protection.validationRules],
    formatError: (formatted, error) => {
      const requestId = (error as { extensions?: { requestId?: string } })?.extensions?.requestId ?? 'unknown';
      return maskError(formatted, error, requestId);
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/ready', async (_req, res) => {
    const state = await readiness.check();
    res.status(state.ready ? 200 : 503).json(state);
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(staticAssets());
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['text/html', 'application/json']) === 'text/html') {
      res.type('html').send(graphiqlPage('/graphql'));
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: config.limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        const authenticated = hasBearerToken(req.headers.authorization, config.token);
        const ctx = contextFor({ requestId });
        return { ...ctx, authenticated };
      },
    }),
  );

  return { apollo, app, contextFor };
}

/** Logs each operation with its request id and round trips; feeds the Prometheus metrics. */
function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
            metrics.errors.inc({ code });
            // Attach the request id so masking can show it; log the full error here.
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            const cause = error.originalError ?? error;
            logger.warn(
              { requestId: contextValue.requestId, operation: operationName ?? null, code, err: cause },
              'graphql error',
            );
          }
        },
        async willSendResponse({ operationName }) {
          const seconds = (performance.now() - started) / 1000;
          metrics.requestDuration.observe({ operation: operationName ?? 'anonymous' }, seconds);
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              ms: Math.round(seconds * 1000),
              roundTrips: contextValue.stats.roundTrips,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
