import { readFileSync } from 'node:fs';
import { buildASTSchema, isInterfaceType, isObjectType } from 'graphql';
import { QUERY_FILES } from '../../../src/data/research';
import { FURTHER_RELAY_HOPS } from '../../../src/domain/relays';
import { declaredListBounds, listPricing } from '../../../src/http/queryCost';
import { repoPath } from '../../../src/paths';
import { typeDefs } from '../../../src/server';

// Every list in the schema is bounded, and the cost model prices it by that bound: a `first` /
// `limit` argument, the field that returned its owner, or a declared bound (lists that hops
// bound). A new list with none of these fails here instead of being priced at
// QUERY_COST_LIST_SIZE, whatever it can really return.

const schema = buildASTSchema(typeDefs);
const declared = declaredListBounds({ maxTraversalHops: 8 });

/** Every `Type.field` of the schema's own object and interface types with its pricing. */
const pricings = Object.values(schema.getTypeMap())
  .filter((t) => !t.name.startsWith('__'))
  .filter((t) => isObjectType(t) || isInterfaceType(t))
  .flatMap((t) =>
    Object.values(t.getFields()).map((f): [string, ReturnType<typeof listPricing>] => [
      `${t.name}.${f.name}`,
      listPricing(t.name, f, declared),
    ]),
  );

test('no list field is left to the QUERY_COST_LIST_SIZE fallback', () => {
  expect(pricings.filter(([, pricing]) => pricing === 'fallback').map(([name]) => name)).toEqual([]);
});

test('the research lists take `first`', () => {
  const byName: Record<string, string> = Object.fromEntries(pricings);
  for (const name of [
    'Query.figureTimeline',
    'Provenance.records',
    'ProvenanceRecord.articles',
    'ProvenanceRecord.citedAgencies',
    'IndependentOrigins.origins',
    'Origin.speakers',
  ])
    expect([name, byName[name]]).toEqual([name, 'argument']);
});

test('each declared bound names a list field of the schema', () => {
  const byName: Record<string, string> = Object.fromEntries(pricings);
  for (const name of Object.keys(declared)) expect([name, byName[name]]).toEqual([name, 'declared']);
});

test('the query files follow as many relays as FURTHER_RELAY_HOPS says', () => {
  for (const file of [QUERY_FILES.provenance, QUERY_FILES.independentOrigins]) {
    const text = readFileSync(repoPath(file), 'utf8');
    expect([file, [...text.matchAll(/hop IN range\(1, (\d+)\)/g)].map((m) => Number(m[1]))]).toEqual([
      file,
      [FURTHER_RELAY_HOPS],
    ]);
  }
});
