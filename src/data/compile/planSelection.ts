import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * One field of a selection, as a plain object: the first step of compiling a GraphQL
 * selection into Cypher (the second is `project*` in projectNode.ts). Fragments and inline
 * fragments are flattened; `types` keeps the object types a field was asked on (null: all).
 */
export interface FieldPlan {
  /** Response key: the alias, or the field name. */
  key: string;
  name: string;
  /** Object type names the field applies to; null when it applies whatever the type. */
  types: readonly string[] | null;
  /** Argument values with the SDL defaults applied (the one home of defaults). */
  args: Record<string, unknown>;
  /** Sub-selection; empty for leaves. */
  fields: FieldPlan[];
}

interface PlanScope {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The plan of the selection of the field being resolved (all its field nodes merged). */
export function planSelection(info: GraphQLResolveInfo): FieldPlan[] {
  const scope: PlanScope = { schema: info.schema, fragments: info.fragments, variables: info.variableValues };
  const type = getNamedType(info.returnType);
  if (!isCompositeType(type)) return [];
  return mergePlans(info.fieldNodes.flatMap((node) => planSet(scope, type, node.selectionSet, null)));
}

/** The plans of an operation's root fields, for tests and tools (no resolver info needed). */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldPlan[] {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    if (def.kind === Kind.OPERATION_DEFINITION) operation ??= def;
  }
  const root = schema.getQueryType();
  if (!operation || !root) return [];
  return planSet({ schema, fragments, variables }, root, operation.selectionSet, null);
}

/** The sub-plans under `path` (e.g. `['edges', 'node']`), merged across aliases. */
export function plansAt(fields: readonly FieldPlan[], path: readonly string[]): FieldPlan[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...fields];
  const hits = fields.filter((f) => f.name === head);
  return mergePlans(hits.flatMap((f) => plansAt(f.fields, rest)));
}

/** True when any field of the plan (at the top level) is named `name`. */
export const asks = (fields: readonly FieldPlan[], name: string): boolean =>
  fields.some((f) => f.name === name);

function planSet(
  scope: PlanScope,
  parent: GraphQLCompositeType,
  set: SelectionSetNode | undefined,
  types: readonly string[] | null,
): FieldPlan[] {
  const out: FieldPlan[] = [];
  for (const selection of set?.selections ?? []) {
    if (!included(scope, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // __typename is answered by graphql-js itself (node maps always carry it).
      if (name.startsWith('__') || (!isObjectType(parent) && !isInterfaceType(parent))) continue;
      const def = parent.getFields()[name];
      if (!def) continue;
      const child = getNamedType(def.type);
      out.push({
        key: selection.alias?.value ?? name,
        name,
        types,
        args: nullsToDefaults(def.args, getArgumentValues(def, selection, scope.variables)),
        fields: isCompositeType(child) ? planSet(scope, child, selection.selectionSet, null) : [],
      });
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
    if (!fragment) continue;
    const conditionName = fragment.typeCondition?.name.value;
    const condition = conditionName ? scope.schema.getType(conditionName) : parent;
    if (!condition || !isCompositeType(condition)) continue;
    const narrowed = isAbstractType(condition)
      ? scope.schema.getPossibleTypes(condition).map((t) => t.name)
      : [condition.name];
    const applies = types === null ? narrowed : types.filter((t) => narrowed.includes(t));
    out.push(...planSet(scope, condition, fragment.selectionSet, applies));
  }
  return mergePlans(out);
}

function nullsToDefaults(
  defs: readonly { name: string; defaultValue?: unknown }[],
  args: Record<string, unknown>,
): Record<string, unknown> {
  for (const arg of defs)
    if (args[arg.name] === null && arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  return args;
}

function included(scope: PlanScope, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, scope.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, scope.variables);
  return include?.if !== false;
}

/** Merges plans with the same response key (GraphQL validation guarantees they agree). */
function mergePlans(plans: FieldPlan[]): FieldPlan[] {
  const byKey = new Map<string, FieldPlan>();
  for (const plan of plans) {
    const seen = byKey.get(plan.key);
    if (!seen) {
      byKey.set(plan.key, plan);
      continue;
    }
    byKey.set(plan.key, {
      ...seen,
      types: seen.types === null || plan.types === null ? null : [...new Set([...seen.types, ...plan.types])],
      fields: mergePlans([...seen.fields, ...plan.fields]),
    });
  }
  return [...byKey.values()];
}

/**
 * The root field's arguments with the SDL default in place of an explicit null, so that
 * `first: null` means what omitting it means. The schema is the one home of defaults.
 */
export function withSdlDefaults<A extends object>(info: GraphQLResolveInfo, args: A): A {
  const def = info.parentType.getFields()[info.fieldName];
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const arg of def?.args ?? []) {
    if (out[arg.name] === null && arg.defaultValue !== undefined) out[arg.name] = arg.defaultValue;
  }
  return out as A;
}
