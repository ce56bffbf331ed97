import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type GraphQLField,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_RELAY_CHAIN } from '../domain/relays';
import { CostMemo } from './costMemo';

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * Types whose list fields are already sized by the field that returned them: a connection's
 * `edges` hold `first` items, a subgraph's `nodes` and `edges` at most `limit`. An ingestion's
 * result lists hold one item per date, reference or remark of the bundle the request itself
 * sent (bounded by BODY_LIMIT and the bundle format), each of scalars only.
 */
const isSizedByParent = (typeName: string): boolean =>
  typeName.endsWith('Connection') || typeName === 'Subgraph' || typeName === 'IngestResult';

/** What a cost is counted against. */
export interface CostBounds {
  /** Items of a list that nothing else bounds (QUERY_COST_LIST_SIZE); no schema field uses it. */
  listSize: number;
  /** MAX_TRAVERSAL_HOPS: the most links a chain or path may have. */
  maxTraversalHops: number;
}

/**
 * Lists bounded by hops, not by a page, keyed `Type.field`, with the most items each can hold:
 * a link chain has at most `maxDepth` <= MAX_TRAVERSAL_HOPS links, a shortest path at most
 * `maxHops` <= MAX_TRAVERSAL_HOPS edges, a relay chain at most MAX_RELAY_CHAIN actors.
 */
export const declaredListBounds = (bounds: Pick<CostBounds, 'maxTraversalHops'>): Record<string, number> => ({
  'LinkChain.statements': bounds.maxTraversalHops + 1,
  'LinkChain.links': bounds.maxTraversalHops,
  'GraphPath.nodes': bounds.maxTraversalHops + 1,
  'GraphPath.edges': bounds.maxTraversalHops,
  'ProvenanceRecord.relayChain': MAX_RELAY_CHAIN,
});

/**
 * How the length of `owner.field` is priced: by its `first` / `limit` argument, by its parent
 * (see isSizedByParent), by a declared bound, not at all (a list of scalars or enums has no
 * selection to multiply), or by `listSize` as a last resort. test/unit/hardening/listBounds.test.ts
 * walks the schema so that no field is left to the last resort.
 */
export function listPricing(
  owner: string,
  field: GraphQLField<unknown, unknown>,
  declared: Readonly<Record<string, number>>,
): 'argument' | 'parent' | 'declared' | 'leaf' | 'fallback' | 'single' {
  if (field.args.some((a) => (SIZE_ARGUMENTS as readonly string[]).includes(a.name))) return 'argument';
  if (!returnsList(field)) return 'single';
  if (isSizedByParent(owner)) return 'parent';
  if (`${owner}.${field.name}` in declared) return 'declared';
  if (isLeafType(getNamedType(field.type))) return 'leaf';
  return 'fallback';
}

/**
 * Cost of a field: 1, plus the cost of its selection times the number of items it may return.
 * That number is its `first` / `limit` argument (the schema default when omitted or null), or
 * for a list bounded by hops its declared bound (declaredListBounds), or 1. Every other list
 * takes `first`, so nested lists multiply by what they can really return:
 * `actors(first: 100) { edges { node { stances(first: 5) { id } } } }` costs
 * 1 + 100 × (1 + 1 + (1 + 5 × 1)) = 801.
 */
export function paginationEstimator(bounds: CostBounds): ComplexityEstimator {
  const declared = declaredListBounds(bounds);
  return ({ type, field, args, childComplexity }) => {
    // Introspection (GraphiQL's schema fetch) is priced at 0: it reads no data, and whether it
    // is allowed at all is the INTROSPECTION setting's call.
    if (field.name === '__schema' || field.name === '__type' || type.name.startsWith('__')) return 0;
    // An explicit null takes the SDL default, as the resolvers do (withSdlDefaults).
    const sized = SIZE_ARGUMENTS.map(
      (name): unknown => args[name] ?? field.args.find((a) => a.name === name)?.defaultValue,
    ).find((v): v is number => typeof v === 'number');
    let items = 1;
    if (sized !== undefined) items = Math.max(sized, 0);
    else {
      const pricing = listPricing(type.name, field, declared);
      if (pricing === 'declared') items = declared[`${type.name}.${field.name}`] as number;
      else if (pricing === 'fallback') items = bounds.listSize;
    }
    return 1 + items * childComplexity;
  };
}

function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

/**
 * Refuses operations whose estimated cost exceeds `maxCost`. It runs once the operation is
 * resolved, because only then are the variables known (`first: $n` must count); graphql-armor's
 * costLimit rule runs during validation and so cannot see them, nor does it weigh `first`.
 */
export function queryCostPlugin(options: CostBounds & { maxCost: number }): ApolloServerPlugin {
  const estimators = [paginationEstimator(options)];
  const memo = new CostMemo();
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request, operationName }) {
          const refusal = costRefusal(options.maxCost, () =>
            memo.cost(document, operationName ?? undefined, request.variables, () =>
              getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                estimators,
                ...(operationName ? { operationName } : {}),
              }),
            ),
          );
          return refusal ? Promise.reject(refusal) : Promise.resolve();
        },
      });
    },
  };
}

/** The error refusing an operation whose cost (`price()`) exceeds `maxCost`, or undefined. */
function costRefusal(maxCost: number, price: () => number): GraphQLError | undefined {
  let cost: number;
  try {
    cost = price();
  } catch (error) {
    // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before
    // any resolver runs, so there is nothing to price. Anything else (more than 10,000
    // fields once fragments are expanded) is refused as too costly.
    if (error instanceof GraphQLError && error.message.startsWith('Variable "$')) return undefined;
    return costError(`Query is too large to price: ${(error as Error).message}`, maxCost);
  }
  if (cost <= maxCost) return undefined;
  return costError(
    `Query cost ${cost} exceeds the limit of ${maxCost} (each field costs 1; a list multiplies its selection by \`first\` / \`limit\`)`,
    maxCost,
    cost,
  );
}

function costError(message: string, maxCost: number, cost?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      maxCost,
      ...(cost === undefined ? {} : { cost }),
      http: { status: 400 },
    },
  });
}
