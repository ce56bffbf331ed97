import type { Stats } from './measure';
import type { VariantName } from './variants/variants';

export interface VariantResult {
  variant: VariantName;
  sequential: Stats;
  concurrent: Stats;
  /** Cypher round trips per operation (claimgraph: counted per request; floor: 1). */
  roundTrips: number[] | null;
  /** claimgraph only: median ms per operation spent inside its Database (sequential pass). */
  dbMedianMs: number | null;
}

export interface QuestionResult {
  id: string;
  title: string;
  shape: string;
  /** Rows or leaves in the (verified-equal) answer. */
  answerSize: number;
  variants: VariantResult[];
  notes: string[];
}

export interface BenchResults {
  generatedAt: string;
  command: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    platform: string;
    node: string;
    /** 1/5/15-minute load averages: the machine is shared, so read the numbers with these. */
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
  neo4j: { version: string; edition: string; uri: string; embedded: boolean };
  dataset: {
    nodes: Record<string, number>;
    relationships: Record<string, number>;
    ingestSeconds: number | null;
  };
  settings: Record<string, number | string>;
  questions: QuestionResult[];
}

const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const times = (v: number) => `${v.toFixed(v >= 10 ? 0 : 2)}×`;

function floorOf(q: QuestionResult): VariantResult | undefined {
  return q.variants.find((v) => v.variant === 'raw-cypher');
}

function roundTrips(v: VariantResult): string {
  if (v.variant === '@neo4j/graphql') return '1 †';
  if (!v.roundTrips || v.roundTrips.length === 0) return '–';
  const lo = Math.min(...v.roundTrips);
  const hi = Math.max(...v.roundTrips);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The results as Markdown tables: sequential, concurrent, and claimgraph against the others. */
export function toMarkdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; Neo4j ${r.neo4j.edition} ${r.neo4j.version}.`,
    `Load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')}.`,
    `Dataset: ${Object.entries(r.dataset.nodes)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}; ${Object.values(r.dataset.relationships).reduce((a, b) => a + b, 0)} relationships.`,
    '',
  );
  out.push(
    `Sequential (one client; ${r.settings.sequentialRounds} interleaved rounds). "× floor" = median ÷ raw-Cypher median.`,
    '',
    '| Q | question | variant | n | median ms | p95 ms | mean ms | ops/s | × floor | round trips | in Database ms |',
    '|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const q of r.questions) {
    const floor = floorOf(q);
    for (const v of q.variants) {
      const s = v.sequential;
      const ratio = floor ? times(s.medianMs / floor.sequential.medianMs) : '–';
      out.push(
        `| ${q.id} | ${q.title} | ${v.variant} | ${s.n} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${ms(s.meanMs)} | ${s.opsPerSec.toFixed(0)} | ${ratio} | ${roundTrips(v)} | ${v.dbMedianMs === null ? '–' : ms(v.dbMedianMs)} |`,
      );
    }
  }
  out.push(
    '',
    `Concurrency ${r.settings.concurrency} (${r.settings.concurrency} clients in one process). "× floor" = raw-Cypher ops/s ÷ variant ops/s.`,
    '',
    '| Q | variant | n | median ms | p95 ms | ops/s | × floor |',
    '|---|---|--:|--:|--:|--:|--:|',
  );
  for (const q of r.questions) {
    const floor = floorOf(q);
    for (const v of q.variants) {
      const s = v.concurrent;
      const ratio = floor ? times(floor.concurrent.opsPerSec / s.opsPerSec) : '–';
      out.push(
        `| ${q.id} | ${v.variant} | ${s.n} | ${ms(s.medianMs)} | ${ms(s.p95Ms)} | ${s.opsPerSec.toFixed(0)} | ${ratio} |`,
      );
    }
  }
  out.push(
    '',
    'claimgraph (in-process) against @neo4j/graphql: how many times faster claimgraph is (> 1 = ahead).',
    '',
    '| Q | sequential median | concurrency-8 ops/s |',
    '|---|--:|--:|',
  );
  for (const q of r.questions) {
    const cg = q.variants.find((v) => v.variant === 'claimgraph');
    const ng = q.variants.find((v) => v.variant === '@neo4j/graphql');
    if (!cg || !ng) {
      out.push(`| ${q.id} | n/a | n/a |`);
      continue;
    }
    out.push(
      `| ${q.id} | ${times(ng.sequential.medianMs / cg.sequential.medianMs)} | ${times(cg.concurrent.opsPerSec / ng.concurrent.opsPerSec)} |`,
    );
  }
  out.push(
    '',
    '† @neo4j/graphql compiles each root field into one Cypher statement (by design; not counted).',
    '"in Database ms": claimgraph\'s median time per operation inside src/db (sessions, transactions, Neo4j,',
    'row conversion), summed over its round trips; the rest of its median is GraphQL execution and resolvers.',
  );
  const notes = r.questions.flatMap((q) => q.notes.map((n) => `- ${q.id}: ${n}`));
  if (notes.length > 0) out.push('', ...notes);
  return out.join('\n');
}
