import { AmbiguousReferenceError, InvalidBundleError, type BundleProblem } from '../../errors';
import { parseBundle } from '../bundleSchema';
import { diffState } from '../diffState';
import type { IngestSummary } from '../ingestBundle';
import { planBundle } from '../planBundle';
import { MemoryGraph } from './MemoryGraph';

/** A bundle to plan: its name (the file) and how to read it (parsed JSON, unvalidated). */
export interface CorpusBundle {
  name: string;
  load(): unknown;
}

/** What happened to one bundle: its summary, or why it was refused. */
export interface BundleOutcome {
  name: string;
  statements: number;
  /** Counts and warnings (dates and resolutions are not kept: a corpus has millions). */
  summary?: Pick<IngestSummary, 'articleId' | 'nodes' | 'relationships' | 'warnings'>;
  problems?: BundleProblem[];
  error?: string;
}

/**
 * Ingests the bundles, in order, into an in-memory graph through the normal path's own steps
 * — JSON Schema check (`parseBundle`), planning (`planBundle`, references resolved against
 * the bundles before), diff (`diffState`) — so the graph is the one the normal path leaves.
 * A refused bundle changes nothing, as in the normal path. Near-duplicate actor warnings
 * (`ingestBundle`'s check against the graph's full-text index) are not computed.
 */
export function planCorpus(
  bundles: Iterable<CorpusBundle>,
  onBundle?: (outcome: BundleOutcome) => void,
): { graph: MemoryGraph; outcomes: BundleOutcome[] } {
  const graph = new MemoryGraph();
  const outcomes: BundleOutcome[] = [];
  for (const b of bundles) {
    const outcome: BundleOutcome = { name: b.name, statements: 0 };
    try {
      const input = b.load();
      const statements = (input as { statements?: unknown } | null)?.statements;
      outcome.statements = Array.isArray(statements) ? statements.length : 0;
      const parsed = parseBundle(input);
      if (!parsed.ok) throw new InvalidBundleError(parsed.problems);
      const plan = planBundle(parsed.bundle, graph.lookup(parsed.bundle), { report: false });
      const changes = diffState(plan, graph.state(plan));
      graph.apply(plan.article.id, changes);
      outcome.summary = {
        articleId: plan.article.id,
        nodes: changes.nodes,
        relationships: changes.relationships,
        warnings: plan.warnings,
      };
    } catch (error) {
      if (error instanceof InvalidBundleError) outcome.problems = error.problems;
      else if (error instanceof AmbiguousReferenceError)
        outcome.problems = error.references.map((r) => ({
          path: r.path,
          message: `ambiguous reference "${r.reference}": matches ${r.candidates.join(', ')}; refer to one by id`,
        }));
      else outcome.error = error instanceof Error ? error.message : String(error);
    }
    outcomes.push(outcome);
    onBundle?.(outcome);
  }
  return { graph, outcomes };
}
