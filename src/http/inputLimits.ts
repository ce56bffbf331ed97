import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  typeFromAST,
  visit,
  type ASTVisitor,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { ErrorCode } from '../errors';

/**
 * Refuses operation types the schema has no root for (`subscription { … }`): graphql-js 16
 * validates them and then fails in execution, which Apollo would answer as a 500.
 */
export function supportedOperationsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`This service does not support ${node.operation} operations`, { nodes: node }),
        );
      }
    },
  };
}

/**
 * Refuses a list literal of more than `maxItems` items in an argument of list type (the JSON
 * scalar of `ingestBundle` is not a GraphQL list and is not counted), naming the argument.
 */
export function listLiteralRule(maxItems: number) {
  return (context: ValidationContext): ASTVisitor => {
    let argument: string | undefined;
    return {
      Argument: {
        enter(node) {
          argument = node.name.value;
        },
        leave() {
          argument = undefined;
        },
      },
      ListValue(node) {
        // The list's own type: TypeInfo has already stepped into the item type here.
        const type = context.getParentInputType();
        if (!type || !isListType(getNullableType(type)) || node.values.length <= maxItems) return;
        context.reportError(
          new GraphQLError(
            `Argument "${argument ?? '?'}" holds a list of ${node.values.length} items; at most ${maxItems} are accepted (MAX_LIST_ITEMS)`,
            { nodes: node, extensions: { argument } },
          ),
        );
      },
    };
  };
}

/**
 * Refuses, before variables are coerced or priced, a variable holding a list of more than
 * `maxItems` items anywhere a GraphQL list is expected (`$filter.types` of 450,000 enums),
 * with BAD_USER_INPUT naming the variable, the path inside it and the argument it feeds. The
 * hook is synchronous on purpose: Apollo calls every plugin's hook in order, so a throw here
 * stops the cost plugin from coercing the oversized list first.
 */
export function variableListLimitPlugin(maxItems: number): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation(requestContext: GraphQLRequestContextDidResolveOperation<never>) {
          const { operation, schema, request } = requestContext;
          if (!operation) return Promise.resolve();
          const variables = request.variables ?? {};
          for (const definition of operation.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
            if (!type || !(name in variables)) continue;
            const found = oversizedList(schema, type, variables[name], `$${name}`, maxItems);
            if (found) {
              const argument = argumentsUsing(operation, name);
              throw new GraphQLError(
                `Variable "$${name}"${argument ? ` (argument ${argument})` : ''} holds a list of ${found.length} items at ${found.path}; at most ${maxItems} are accepted (MAX_LIST_ITEMS)`,
                {
                  extensions: {
                    code: ErrorCode.BAD_USER_INPUT,
                    variable: name,
                    path: found.path,
                    ...(argument ? { argument } : {}),
                    http: { status: 400 },
                  },
                },
              );
            }
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function oversizedList(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  value: unknown,
  path: string,
  maxItems: number,
): { path: string; length: number } | undefined {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return undefined;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return undefined; // coercion reports the wrong shape
    if (value.length > maxItems) return { path, length: value.length };
    for (let i = 0; i < value.length; i++) {
      const found = oversizedList(schema, nullable.ofType, value[i], `${path}[${i}]`, maxItems);
      if (found) return found;
    }
    return undefined;
  }
  const named = getNamedType(nullable);
  if (isInputObjectType(named) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = named.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
      if (!field) continue;
      const found = oversizedList(schema, field.type, item, `${path}.${key}`, maxItems);
      if (found) return found;
    }
  }
  return undefined;
}

/** The arguments (`field.argument`) that variable `name` is passed to, joined. */
function argumentsUsing(operation: OperationDefinitionNode, name: string): string {
  const uses: string[] = [];
  let field: string | undefined;
  visit(operation, {
    Field: { enter: (node) => void (field = node.name.value) },
    Argument(node) {
      const variables: string[] = [];
      visit(node.value, { Variable: (v) => void variables.push(v.name.value) });
      if (variables.includes(name)) uses.push(`${field ?? '?'}(${node.name.value})`);
    },
  });
  return uses.join(', ');
}
