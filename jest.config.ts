import type { Config } from 'jest';

// One jest project per tier, each runnable alone (`npm run test:unit`, `test:integration`,
// `test:cypher`, `test:fault`); `npm test` runs them all. Each tier declares what it needs:
// only the tiers that share the run's Neo4j start it (a project's globalSetup runs only when
// one of its tests is selected), so the unit tier needs no database and no Java. The fault
// tier starts and stops its own Neo4j. A new tier is one more line in `projects`.
const tier = (name: string, extra: Partial<Config> = {}): Config => ({
  displayName: name,
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`'s job; tests only transpile, which is much faster.
  // (tsconfig's isolatedModules makes ts-jest transpile each file on its own.)
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

/** The run's one Neo4j (or NEO4J_URI), started once however many tiers ask for it. */
const sharedNeo4j: Partial<Config> = {
  globalSetup: '<rootDir>/test/support/neo4jSetup.ts',
  globalTeardown: '<rootDir>/test/support/neo4jTeardown.ts',
};

const config: Config = {
  projects: [
    tier('unit'),
    tier('integration', sharedNeo4j),
    tier('cypher', sharedNeo4j),
    tier('fault'),
    tier('supernode', sharedNeo4j),
    tier('e2e', sharedNeo4j),
    tier('fuzz', sharedNeo4j),
  ],
  // Integration files share one database and reset it; running them one at a time keeps
  // every count exact.
  maxWorkers: 1,
  testTimeout: 120_000,
};

export default config;
