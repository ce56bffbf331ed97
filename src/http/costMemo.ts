import type { DocumentNode } from 'graphql';

/** How many (operation, variables) costs are kept per document; the oldest goes first. */
export const COSTS_PER_DOCUMENT = 64;

/**
 * Costs already computed, by parsed document and then by operation name and variables. Apollo
 * hands back the same DocumentNode for a query it has parsed before, so a client repeating a
 * request skips the pricing walk (graphql-query-complexity visits every field with its type
 * info: 0.05–0.1 ms of CPU per request). The documents are held weakly, so what Apollo's
 * document cache evicts goes from here too, and each keeps at most COSTS_PER_DOCUMENT entries.
 */
export class CostMemo {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  /** The cost of `document` for these inputs: remembered, or `price()` remembered. */
  cost(
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
    price: () => number,
  ): number {
    const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    let costs = this.byDocument.get(document);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    const cost = price();
    if (!costs) this.byDocument.set(document, (costs = new Map<string, number>()));
    if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value as string);
    costs.set(key, cost);
    return cost;
  }
}
