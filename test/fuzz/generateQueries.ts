import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A small deterministic PRNG (mulberry32), so every run sends the same queries. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Values chosen to hit edges: empty, huge, negative, odd unicode, injection-looking text. */
const STRINGS = [
  'dprk-troops-to-russia',
  'dprk-un-representative',
  '',
  ' ',
  'x'.repeat(300),
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  'AND OR NOT ~ * ? \\ / :',
  'Пхеньян 평양 \u202e\u0000',
  'constructor',
  '__proto__',
  '2024-10-22',
  '0000-01-01',
  '9999-12-31',
  'Y2c6MWUzMDg',
  'Y2c6OTAwNzE5OTI1NDc0MDk5Mw',
  'bm90IGEgY3Vyc29y',
];
const INTS = [0, 1, 2, 5, 10, 100, 101, -1, -2147483648, 2147483647, 1000, 7];

function literal(rng: Rng, type: GraphQLInputType, depth: number): string {
  const nullable = getNullableType(type);
  if (!isNonNullType(type) && rng() < 0.1) return 'null';
  if (isListType(nullable)) {
    const n = Math.floor(rng() * 4);
    return `[${Array.from({ length: n }, () => literal(rng, nullable.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(nullable)) return pick(rng, nullable.getValues()).name;
  if (isInputObjectType(nullable)) {
    if (depth > 3) return '{}';
    const fields = Object.values(nullable.getFields()).filter((f) => isNonNullType(f.type) || rng() < 0.5);
    return `{ ${fields.map((f) => `${f.name}: ${literal(rng, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return String(pick(rng, INTS));
      case 'Float':
        return pick(rng, ['0.5', '-1.5', '1e308', '3']);
      case 'Boolean':
        return rng() < 0.5 ? 'true' : 'false';
      case 'JSON':
        return pick(rng, ['{}', '{ format: "claimgraph-bundle/1" }', '[]', '"x"', '1']);
      default:
        return JSON.stringify(pick(rng, STRINGS));
    }
  }
  return 'null';
}

function selection(rng: Rng, type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  if (leaves.length > 0) for (let i = 0; i < 1 + Math.floor(rng() * 3); i++) chosen.add(pick(rng, leaves));
  if (depth < 3 && objects.length > 0 && (rng() < 0.6 || leaves.length === 0)) chosen.add(pick(rng, objects));
  if (chosen.size === 0) return '{ __typename }';
  return `{ ${[...chosen].map((f) => field(rng, f, depth + 1)).join(' ')} }`;
}

function field(rng: Rng, f: GraphQLField<unknown, unknown>, depth: number): string {
  const args = f.args.filter((a) => isNonNullType(a.type) || rng() < 0.4);
  const argText =
    args.length > 0 ? `(${args.map((a) => `${a.name}: ${literal(rng, a.type, 0)}`).join(', ')})` : '';
  const named = getNamedType(f.type);
  const sub = isObjectType(named) ? ` ${selection(rng, named, depth)}` : '';
  return `${f.name}${argText}${sub}`;
}

/** A query over a random root field of `schema`, with arguments filled from their types. */
export function validQuery(rng: Rng, schema: GraphQLSchema): string {
  const mutation = schema.getMutationType();
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no Query type');
  const root = rng() < 0.1 && mutation ? mutation : query;
  const f = pick(rng, Object.values(root.getFields()));
  return `${root === query ? 'query' : 'mutation'} Fuzz { ${field(rng, f, 0)} }`;
}

const NOISE = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$x',
  '...',
  '@skip',
  '"',
  '#',
  '!',
  '0x',
  '\\u0000',
  'fragment',
  'subscription',
  'on',
  '1e999',
  'query',
];

/** `query` damaged: a character dropped, noise inserted, a slice doubled, or the text cut. */
export function mutatedQuery(rng: Rng, query: string): string {
  const at = Math.floor(rng() * (query.length + 1));
  switch (Math.floor(rng() * 5)) {
    case 0:
      return query.slice(0, at) + query.slice(at + 1);
    case 1:
      return `${query.slice(0, at)} ${pick(rng, NOISE)} ${query.slice(at)}`;
    case 2:
      return query.slice(0, at) + query.slice(Math.max(0, at - 20), at) + query.slice(at);
    case 3:
      return query.slice(0, at);
    default:
      return query.replace(/\d+/, String(pick(rng, INTS)));
  }
}
