import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNullableType, isListType, type GraphQLField } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * Types whose list fields are already sized by the field that returned them: a connection's
 * `edges` hold `first` items, a subgraph's `nodes` and `edges` at most `limit`.
 */
const isSizedByParent = (typeName: string): boolean =>
  typeName.endsWith('Connection') || typeName === 'Subgraph';

/**
 * Cost of a field: 1, plus the cost of its selection times the number of items it may return.
 * That number is its `first` / `limit` argument (the schema default when omitted or null), or
 * `listSize` for a list with no such argument (research result lists), or 1. Every list of
 * the core types takes `first`, so nested lists multiply by what they can really return:
 * `actors(first: 100) { edges { node { stances(first: 5) { id } } } }` costs
 * 1 + 100 × (1 + 1 + (1 + 5 × 1)) = 801.
 */
export function paginationEstimator(listSize: number): ComplexityEstimator {
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
    else if (returnsList(field) && !isSizedByParent(type.name)) items = listSize;
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
export function queryCostPlugin(options: { maxCost: number; listSize: number }): ApolloServerPlugin {
  const estimators = [paginationEstimator(options.listSize)];
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request, operationName }) {
          const refusal = costRefusal(options.maxCost, () =>
            getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              estimators,
              ...(operationName ? { operationName } : {}),
            }),
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
