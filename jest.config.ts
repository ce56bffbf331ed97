import type { Config } from 'jest';

// Four tiers, each runnable alone (npm run test:unit / test:integration / test:cypher /
// test:fault); `npm test` runs all of them against one Neo4j started in globalSetup (the fault
// tier starts and stops its own).
const tier = (name: string, extra: Partial<Config> = {}): Config => ({
  displayName: name,
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`'s job; tests only transpile, which is much faster.
  // (tsconfig's isolatedModules makes ts-jest transpile each file on its own.)
  transform: { '^.+\\.ts$': ['ts-jest', {}] },
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
  ...extra,
});

const config: Config = {
  projects: [tier('unit'), tier('integration'), tier('cypher'), tier('fault'), tier('fuzz')],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  // Integration files share one database and reset it; running them one at a time keeps
  // every count exact.
  maxWorkers: 1,
  testTimeout: 120_000,
};

export default config;
