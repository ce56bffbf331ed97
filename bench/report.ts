/**
 * The benchmark report: types of bench/results/latest.json, the Markdown tables and the 3-line
 * summary made from it, and the docs/benchmarks.md section between the BENCH-TABLE markers.
 *   npx tsx bench/report.ts   re-renders latest.md and the docs section from latest.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { repoPath } from '../src/paths';
import { ratio, type LatencyStats } from './support/stats';

export interface Cell {
  stats: { floor: LatencyStats; claimgraph: LatencyStats; neo4jGraphql: LatencyStats };
  ratios: {
    claimgraphOverFloorP50: number | null;
    claimgraphOverFloorP99: number | null;
    claimgraphOverNeo4jGraphqlP50: number | null;
    claimgraphOverNeo4jGraphqlP99: number | null;
  };
  /** Peak RSS while that variant was under load (floorWorker: the driver process replaying). */
  peakRssMb: { claimgraph?: number; neo4jGraphql?: number; floorWorker?: number; neo4j?: number };
}

/**
 * The fixed cost of a request on each service at one concurrency: `{ __typename }`, answered
 * without a resolver or a database round trip (HTTP, parsing, validation, limits, JSON).
 */
export interface StackCell {
  claimgraph: LatencyStats;
  neo4jGraphql: LatencyStats;
  /** A bare node:http server (bench/variants/bareHttpServer.ts); absent in reports before it. */
  bareHttp?: LatencyStats;
}

export interface OperationReport {
  id: string;
  title: string;
  verified: string;
  claimgraphRoundTrips: number;
  claimgraphSteps: number;
  /** By concurrency ("1", "32"). */
  cells: Record<string, Cell>;
}

export interface BenchReport {
  generatedAt: string;
  command: string;
  durationSec: number;
  machine: {
    cores: number;
    cpuModel: string;
    memoryGb: number;
    platform: string;
    node: string;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  neo4j: { version: string; edition: string; embedded: boolean };
  dataset: Record<string, unknown>;
  settings: Record<string, unknown>;
  /** By concurrency ("1", "32"); absent with --skip-stack and in reports made before it. */
  stack?: Record<string, StackCell>;
  operations: OperationReport[];
  summary?: string[];
}

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits);
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length
    ? ((s[Math.floor((s.length - 1) / 2)] as number) + (s[Math.ceil((s.length - 1) / 2)] as number)) / 2
    : NaN;
};

/** Three lines for the README. */
export function summaryLines(r: BenchReport): string[] {
  const levels = Object.keys(r.operations[0]?.cells ?? {});
  const ratios = (key: keyof Cell['ratios'], c: string) =>
    r.operations.map((o) => o.cells[c]?.ratios[key]).filter((v): v is number => typeof v === 'number');
  const span = (key: keyof Cell['ratios']) =>
    levels
      .map((c) => {
        const v = ratios(key, c);
        return `c=${c} median ${fmt(median(v), 2)} (${fmt(Math.min(...v), 2)}–${fmt(Math.max(...v), 2)})`;
      })
      .join(', ');
  const top = levels[levels.length - 1] ?? '';
  const rss = (k: 'claimgraph' | 'neo4jGraphql') =>
    Math.max(...r.operations.map((o) => o.cells[top]?.peakRssMb[k] ?? 0));
  const ahead = levels
    .map(
      (c) =>
        `${ratios('claimgraphOverNeo4jGraphqlP50', c).filter((v) => v < 1).length}/${r.operations.length} at c=${c}`,
    )
    .join(', ');
  return [
    `claimgraph ÷ floor (the exact Cypher it sends, replayed), p50: ${span('claimgraphOverFloorP50')}.`,
    `claimgraph ÷ @neo4j/graphql, p50: ${span('claimgraphOverNeo4jGraphqlP50')}; p99: ${span('claimgraphOverNeo4jGraphqlP99')}; claimgraph faster on ${ahead}.`,
    `Peak RSS under c=${top}: claimgraph ${rss('claimgraph')} MB, @neo4j/graphql ${rss('neo4jGraphql')} MB; ${String(r.dataset.statements)} statements, ${r.machine.cores} cores, load ${r.machine.loadAverageAtStart[0]} at start (\`${r.command}\`, ${r.generatedAt.slice(0, 10)}).`,
  ];
}

/** One line on the fixed cost of a request with no Cypher, per concurrency (empty without any). */
export function stackLine(stack: Record<string, StackCell> | undefined): string {
  const levels = Object.entries(stack ?? {});
  if (!levels.length) return '';
  const pair = (s: LatencyStats) => `${fmt(s.p50)} / ${fmt(s.p99)}`;
  const parts = levels.map(([c, s]) => {
    const bare = s.bareHttp ? `, bare node:http ${pair(s.bareHttp)}` : '';
    const bareRps = s.bareHttp ? ` / ${fmt(s.bareHttp.rps, 0)}` : '';
    return (
      `claimgraph ${pair(s.claimgraph)}, @neo4j/graphql ${pair(s.neo4jGraphql)}${bare} at c=${c} ` +
      `(${fmt(s.claimgraph.rps, 0)} / ${fmt(s.neo4jGraphql.rps, 0)}${bareRps} req/s)`
    );
  });
  return `Fixed cost of a request with no Cypher (\`{ __typename }\`), p50 / p99 ms: ${parts.join('; ')}.`;
}

/**
 * What the measurements themselves rule out, as two kinds of lines:
 * - at concurrency 1, (floor p50 + a server's `{ __typename }` p50) ÷ floor p50 per operation,
 *   for the bare node:http server (the least any Node HTTP service adds) and for @neo4j/graphql:
 *   the lowest claimgraph ÷ floor that fixed cost allows (only when the stack has the bare server);
 * - per concurrency, @neo4j/graphql ÷ floor at p50: where it is below 1.25, claimgraph ÷
 *   @neo4j/graphql ≤ 0.8 would need claimgraph faster than its own Cypher replayed.
 */
export function boundLines(r: BenchReport): string[] {
  const lines: string[] = [];
  const stack = r.stack?.['1'];
  if (stack?.bareHttp) {
    const bound = (server: LatencyStats) =>
      r.operations
        .map((o) => {
          const floor = o.cells['1']?.stats.floor.p50;
          return `${o.id} ${floor ? fmt((floor + server.p50) / floor, 2) : '–'}`;
        })
        .join(', ');
    lines.push(
      `The lowest p50 ÷ floor the fixed cost allows at c=1, (floor + \`{ __typename }\`) ÷ floor: ` +
        `with a bare node:http server ${bound(stack.bareHttp)}; with @neo4j/graphql's ${bound(stack.neo4jGraphql)}.`,
    );
  }
  for (const c of Object.keys(r.operations[0]?.cells ?? {})) {
    const ngOverFloor = r.operations.map((o) => {
      const s = o.cells[c]?.stats;
      return { id: o.id, v: s ? ratio(s.neo4jGraphql.p50, s.floor.p50) : null, s };
    });
    // Unrounded: 0.8 × @neo4j/graphql is below the floor exactly when this is under 1.25.
    const below = ngOverFloor.filter(({ s }) => s && 0.8 * s.neo4jGraphql.p50 < s.floor.p50).map((x) => x.id);
    lines.push(
      `@neo4j/graphql ÷ floor, p50 at c=${c}: ${ngOverFloor.map((x) => `${x.id} ${fmt(x.v, 2)}`).join(', ')}` +
        (below.length
          ? `; below 1.25 (${below.join(', ')}), claimgraph ÷ @neo4j/graphql ≤ 0.8 would need claimgraph faster than the floor.`
          : '.'),
    );
  }
  return lines;
}

export function renderMarkdown(r: BenchReport): string {
  r.summary = summaryLines(r);
  const d = r.dataset;
  const lines = [
    `Generated ${r.generatedAt} by \`${r.command}\` in ${r.durationSec} s.`,
    `Machine: ${r.machine.cores} cores (${r.machine.cpuModel}), ${r.machine.memoryGb} GiB, ${r.machine.platform}, Node ${r.machine.node}; ` +
      `load average ${r.machine.loadAverageAtStart.join(' / ')} at start, ${r.machine.loadAverageAtEnd.join(' / ')} at end. ` +
      `Neo4j ${r.neo4j.version} ${r.neo4j.edition}${r.neo4j.embedded ? ' (embedded launcher)' : ''}.`,
    `Corpus (generator v${String(d.generatorVersion)}): ${String(d.statements)} statements, nodes ${JSON.stringify(d.nodes)}, ` +
      `relationships ${JSON.stringify(d.relationships)}; supernode stances ${JSON.stringify(d.supernodeStances)}; ` +
      `ingest: ${typeof d.ingest === 'string' ? d.ingest : JSON.stringify(d.ingest)}.`,
    `Settings: ${JSON.stringify(r.settings)}.`,
    '',
    ...r.summary.map((s) => `- ${s}`),
    '',
  ];
  const stack = stackLine(r.stack);
  if (stack) lines.push(stack, '');
  const bounds = boundLines(r);
  if (bounds.length) lines.push(...bounds.map((l) => `- ${l}`), '');
  for (const c of Object.keys(r.operations[0]?.cells ?? {})) {
    lines.push(
      `#### Concurrency ${c}`,
      '',
      '| operation | round trips | n floor / cg / ng | p50 ms floor / cg / ng | p95 ms floor / cg / ng | p99 ms floor / cg / ng | req/s floor / cg / ng | cg÷floor p50 / p99 | cg÷ng p50 / p99 | peak RSS MB cg / ng |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const o of r.operations) {
      const cell = o.cells[c];
      if (!cell) continue;
      const s = cell.stats;
      const three = (k: keyof LatencyStats, digits = 1) =>
        `${fmt(s.floor[k], digits)} / ${fmt(s.claimgraph[k], digits)} / ${fmt(s.neo4jGraphql[k], digits)}`;
      lines.push(
        `| ${o.id}: ${o.title} | ${o.claimgraphRoundTrips} | ${three('n', 0)} | ${three('p50')} | ${three('p95')} | ${three('p99')} | ${three('rps', 0)} | ` +
          `${fmt(cell.ratios.claimgraphOverFloorP50, 2)} / ${fmt(cell.ratios.claimgraphOverFloorP99, 2)} | ` +
          `${fmt(cell.ratios.claimgraphOverNeo4jGraphqlP50, 2)} / ${fmt(cell.ratios.claimgraphOverNeo4jGraphqlP99, 2)} | ` +
          `${fmt(cell.peakRssMb.claimgraph, 0)} / ${fmt(cell.peakRssMb.neo4jGraphql, 0)} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    'cg = claimgraph over HTTP, ng = @neo4j/graphql over HTTP, floor = the Cypher claimgraph sent, replayed through neo4j-driver. p99 with n < 100 is the maximum of few samples: read it as indicative.',
  );
  return lines.join('\n');
}

const BEGIN = '<!-- BENCH-TABLE:BEGIN (generated by npm run bench; do not edit by hand) -->';
const END = '<!-- BENCH-TABLE:END -->';

/** Replaces the generated section of docs/benchmarks.md (appends it the first time). */
export function updateDocs(markdown: string): void {
  const file = repoPath('docs', 'benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const section = `${BEGIN}\n${markdown}\n${END}`;
  const start = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? doc.slice(0, start) + section + doc.slice(end + END.length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}

if (require.main === module) {
  const report = JSON.parse(readFileSync(repoPath('bench', 'results', 'latest.json'), 'utf8')) as BenchReport;
  const markdown = renderMarkdown(report);
  writeFileSync(repoPath('bench', 'results', 'latest.md'), `${markdown}\n`);
  updateDocs(markdown);
  process.stdout.write(`${markdown}\n`);
}
