import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { cypherFile, splitStatements, type Database } from '../../src/db';
import { declaredParamValues, withHopBound } from '../../src/data/research';
import { repoPath } from '../../src/paths';
import { testDatabase } from '../support/database';
import { resetToSeed } from '../support/seed';

// Every .cypher file under cypher/ parses and runs (not EXPLAIN: it runs) on the seed graph:
// schema files statement by statement, query files as Neo4j Browser runs them, with the
// values of their own `:param` lines.

function cypherFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? cypherFiles(full) : name.endsWith('.cypher') ? [full] : [];
    })
    .sort();
}

const relative = (full: string) => path.relative(repoPath(), full);
const schemaFiles = cypherFiles(repoPath('cypher', 'schema')).map(relative);
const queryFiles = cypherFiles(repoPath('cypher', 'queries')).map(relative);
const otherFiles = cypherFiles(repoPath('cypher'))
  .map(relative)
  .filter((f) => !schemaFiles.includes(f) && !queryFiles.includes(f));

/** The text with comments and string literals blanked, for checks on the query's shape. */
function bare(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
}

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetToSeed(db);
});

afterAll(async () => {
  await db.close();
});

test('cypher/ holds the schema, one query per research question, and nothing else', () => {
  expect(schemaFiles.length).toBeGreaterThan(0);
  expect(otherFiles).toEqual([]);
  for (let q = 1; q <= 12; q++) {
    const prefix = `cypher/queries/q${String(q).padStart(2, '0')}-`;
    expect(queryFiles.filter((f) => f.startsWith(prefix))).toHaveLength(1);
  }
});

/**
 * Files whose exact answer on the seed graph is "no rows": in the seed article no actor changes
 * position, so q13 finds no change (test/integration/fidelity covers graphs with changes).
 */
const EMPTY_ON_SEED = new Set(['cypher/queries/q13-position-changes.cypher']);

describe.each(schemaFiles)('%s', (file) => {
  test('every statement runs (they are idempotent)', async () => {
    const statements = splitStatements(readFileSync(repoPath(file), 'utf8'));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) await db.write(statement);
  });
});

describe.each(queryFiles)('%s', (file) => {
  const query = cypherFile(file);

  test('opens with a comment block naming what it answers, its results and its parameters', () => {
    const source = readFileSync(repoPath(file), 'utf8');
    const head = source.split('\n').slice(0, 3);
    expect(head.every((line) => line.startsWith('//'))).toBe(true);
    expect(source).toMatch(/^\/\/ Parameters: /m);
    expect(source).toMatch(/^\/\/ Returns /m);
  });

  test('is one statement whose $parameters are exactly its :param lines', () => {
    const text = bare(query.text);
    expect(text.replace(/;\s*$/, '')).not.toContain(';');
    const used = [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
    expect(query.declaredParams.map((p) => p.name).sort()).toEqual(used);
  });

  test('runs as is with its declared parameters', async () => {
    const params = await declaredParamValues(db, query);
    const rows = await db.read(query.text, params);
    if (EMPTY_ON_SEED.has(file)) expect(rows).toEqual([]);
    else expect(rows.length).toBeGreaterThan(0);
  });

  const bounded = [...query.text.matchAll(/\/\/ hop bound: \$([A-Za-z_][A-Za-z0-9_]*)/g)].map(
    (m) => m[1] as string,
  );
  if (bounded.length > 0) {
    test('runs with every hop bound the service may choose', async () => {
      const params = await declaredParamValues(db, query);
      const maxHops = loadConfig({}).maxTraversalHops;
      for (const param of bounded) {
        for (let hops = 1; hops <= maxHops; hops++) {
          await db.read(withHopBound(query, param, hops), { ...params, [param]: hops });
        }
      }
    });
  }
});
