import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config, Neo4jTarget } from '../../src/config';
import type { Database } from '../../src/db';
import { Readiness } from '../../src/http/readiness';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { createServer, type ClaimgraphServer } from '../../src/server';
import { neo4jGraphqlTypeDefs } from './neo4jGraphqlTypeDefs';
import { benchDriver, readPlain } from './rawDriver';

export type VariantName = 'raw-cypher' | 'claimgraph' | 'claimgraph-http' | '@neo4j/graphql';

/** What one run of a variant gives back: the data, and the round trips when the variant counts them. */
export interface Answer {
  data: unknown;
  roundTrips?: number;
  /**
   * claimgraph only: ms spent inside its Database (sessions, transactions, Neo4j, row
   * conversion), summed over the operation's round trips. Meaningful when one operation runs
   * at a time; the rest of the operation's time is GraphQL execution and resolvers.
   */
  dbMs?: number;
}

type GraphqlBody = { data?: Record<string, unknown> | null; errors?: readonly { message: string }[] };

/** Fails loudly: a benchmark of an erroring query would time the error path. */
function dataOf(body: GraphqlBody, variant: VariantName): Record<string, unknown> {
  if (body.errors && body.errors.length > 0) {
    throw new Error(`${variant} answered with errors: ${body.errors.map((e) => e.message).join('; ')}`);
  }
  if (!body.data) throw new Error(`${variant} answered without data`);
  return body.data;
}

/** The three (four) ways of asking, all against the same Neo4j. Close with `close()`. */
export interface Variants {
  raw(cypher: string, params: Record<string, unknown>): Promise<Answer>;
  claimgraph(query: string, variables: Record<string, unknown>): Promise<Answer>;
  claimgraphHttp(query: string, variables: Record<string, unknown>): Promise<Answer>;
  neo4jGraphql(query: string, variables: Record<string, unknown>): Promise<Answer>;
  close(): Promise<void>;
}

/**
 * Builds every variant: a bare driver for the floor; claimgraph as the service builds itself
 * (src/server.ts createServer: Apollo, graphql-armor, plugins, per-request loaders), asked
 * in-process through `executeOperation` and over HTTP on loopback; and `@neo4j/graphql`'s
 * generated schema inside a plain Apollo Server, asked through `executeOperation` too.
 */
export async function buildVariants(
  target: Neo4jTarget,
  database: Database,
  config: Config,
): Promise<Variants> {
  const rawDriver = benchDriver(target);
  const ngDriver = benchDriver(target);

  const server: ClaimgraphServer = await createServer({
    config,
    database,
    readiness: Object.assign(new Readiness(database), { schemaApplied: true }),
    logger: createLogger(process.env.BENCH_LOG_LEVEL ?? 'silent'),
    metrics: new Metrics(),
  });
  const httpServer = http.createServer(server.app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;

  let dbMs = 0;
  database.addObserver({ onQuery: ({ ms }) => void (dbMs += ms) });

  const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs, driver: ngDriver });
  const ngApollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  await ngApollo.start();

  return {
    raw: async (cypher, params) => ({
      data: await readPlain(rawDriver, target.database, cypher, params),
      roundTrips: 1,
    }),

    claimgraph: async (query, variables) => {
      const contextValue = server.contextFor();
      const before = dbMs;
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('claimgraph: unexpected incremental response');
      return {
        data: dataOf(response.body.singleResult as GraphqlBody, 'claimgraph'),
        roundTrips: contextValue.stats.roundTrips,
        dbMs: dbMs - before,
      };
    },

    claimgraphHttp: async (query, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { data: dataOf((await response.json()) as GraphqlBody, 'claimgraph-http') };
    },

    neo4jGraphql: async (query, variables) => {
      const response = await ngApollo.executeOperation({ query, variables });
      if (response.body.kind !== 'single') throw new Error('@neo4j/graphql: unexpected incremental response');
      return { data: dataOf(response.body.singleResult as GraphqlBody, '@neo4j/graphql') };
    },

    close: async () => {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.apollo.stop();
      await ngApollo.stop();
      await rawDriver.close();
      await ngDriver.close();
    },
  };
}
