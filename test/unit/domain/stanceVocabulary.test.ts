import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import {
  STANCE_DEFINITIONS,
  STANCE_EFFECT,
  STANCE_TYPES,
  type StanceType,
} from '../../../src/domain/stanceTypes';
import { repoPath } from '../../../src/paths';

// The stance vocabulary has one home (src/domain/stanceTypes.ts); the SDL and the Cypher files
// must agree with it. (The bundle JSON Schema joins this check once the ingest room generates it.)
const schema = buildSchema(readFileSync(repoPath('schema.graphql'), 'utf8'));

test('the SDL enum has the same types, in order, with the domain definitions', () => {
  const values = (schema.getType('StanceType') as GraphQLEnumType).getValues();
  expect(values.map((v) => [v.name, v.description])).toEqual(
    STANCE_TYPES.map((t) => [t, STANCE_DEFINITIONS[t]]),
  );
});

const isStanceType = (word: string): word is StanceType => (STANCE_TYPES as readonly string[]).includes(word);
/** Every stance-type set a .cypher file names: a relationship alternation or a list literal. */
function stanceSets(text: string): StanceType[][] {
  const code = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//') && !line.trim().startsWith(':param'))
    .join('\n');
  const sets: string[][] = [];
  for (const m of code.matchAll(/\[\w*:([A-Z_|]+)\]/g)) sets.push((m[1] as string).split('|'));
  for (const m of code.matchAll(/\[((?:'[A-Z_]+'(?:,\s*)?)+)\]/g))
    sets.push([...(m[1] as string).matchAll(/'([A-Z_]+)'/g)].map((x) => x[1] as string));
  return sets.filter((s) => s.some(isStanceType)) as StanceType[][];
}

const queryFiles = readdirSync(repoPath('cypher', 'queries')).filter((f) => f.endsWith('.cypher'));

test.each(queryFiles)('%s names stance types only as one type or whole effect groups', (file) => {
  for (const set of stanceSets(readFileSync(repoPath('cypher', 'queries', file), 'utf8'))) {
    expect(set.filter((t) => !isStanceType(t))).toEqual([]);
    if (set.length === 1) continue;
    const effects = new Set(set.map((t) => STANCE_EFFECT[t]));
    const whole = STANCE_TYPES.filter((t) => effects.has(STANCE_EFFECT[t]));
    expect([...set].sort()).toEqual([...whole].sort());
  }
});

test('the files that read every stance name all seven types', () => {
  const all = STANCE_TYPES.join('|');
  for (const file of [
    'q06-actor-timeline',
    'q07-provenance',
    'q10-stances-as-of',
    'q12-contested-breakdown',
    'q13-position-changes',
  ])
    expect(readFileSync(repoPath('cypher', 'queries', `${file}.cypher`), 'utf8')).toContain(`:${all}]`);
});
