/**
 * `@neo4j/graphql` as its own HTTP service, the baseline claimgraph is compared with: its
 * generated schema (bench/variants/neo4jGraphqlTypeDefs.ts) in a plain Apollo Server 5
 * (standalone HTTP, no extra plugins), driver pool like the service's. Started by bench/run.ts:
 *   PORT=... NEO4J_URI=... NEO4J_USER=... NEO4J_PASSWORD=... node --import tsx bench/variants/neo4jGraphqlServer.ts
 * Prints `listening <url>` when ready.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
// bench/ is not the service: @neo4j/graphql needs a driver of its own.
// eslint-disable-next-line no-restricted-imports
import neo4j from 'neo4j-driver';
import { neo4jGraphqlSchema } from './neo4jGraphqlTypeDefs';

async function main(): Promise<void> {
  const env = process.env;
  const driver = neo4j.driver(
    env.NEO4J_URI ?? '',
    neo4j.auth.basic(env.NEO4J_USER ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- neo4j-driver declares its config types as classes; its API takes plain objects
    {
      maxConnectionPoolSize: 50,
      logging: { level: 'error', logger: () => undefined },
    },
  );
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlSchema, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: Number(env.PORT ?? 0), host: '127.0.0.1' },
    context: () => Promise.resolve({ sessionConfig: { database: env.NEO4J_DATABASE ?? 'neo4j' } }),
  });
  process.stdout.write(`listening ${url}\n`);
  const stop = async () => {
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
