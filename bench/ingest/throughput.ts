/**
 * `npm run bench:ingest`: ingestion throughput through the CLI (its own process), on the corpus
 * generator of the read benchmark (bench/dataset/corpus.ts), against a fresh embedded Neo4j per
 * case (or NEO4J_URI). Prints statements/s and the peak RSS of the CLI and the JVM for:
 *   a dry run, then the first ingest, of one bundle of 10,000 and of 200,000 statements; the same
 *   bundle re-ingested unchanged; a folder of 1,000 bundles; and the bulk path into an empty database for
 *   1,000,000 statements when the CLI has one (`--bulk` in its --help), beside the normal CLI
 *   on the same corpus (both into a fresh store the CLI starts), else a note.
 *
 *   npm run bench:ingest -- [--sizes 10000,200000] [--folder-bundles 1000] [--folder-statements 100000]
 *                           [--bulk-statements 1000000] [--warm-up 10000] [--skip bulk,folder]
 * Writes bench/results/ingest-latest.json. No timing assertions: the numbers are for reading.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { bulkHeapMb } from '../../src/ingest/bulk/bulkHeapProblem';
import { repoPath } from '../../src/paths';
import { GENERATOR_VERSION } from '../dataset/corpus';
import { runIngestCli, spawnIngestCli, writeCorpus, type CliRun } from '../support/corpusStore';
import { benchPort, startBenchNeo4j } from '../support/neo4j';
import { childPids } from '../support/proc';

interface Row {
  case: string;
  statements: number;
  bundles: number;
  seconds?: number;
  statementsPerSec?: number;
  peakRssMb?: Record<string, number>;
  note?: string;
  /** The bulk CLI's seconds per phase, as it prints them ("planning 34.4 s, …"). */
  phases?: string;
}

/** The phase line of the bulk CLI's summary, if the output has one. */
function bulkPhases(output: string): Pick<Row, 'phases'> {
  const phases = /\((checking [^)]*)\)/.exec(output)?.[1];
  return phases ? { phases } : {};
}

const log = (line: string) => process.stderr.write(`[bench:ingest] ${line}\n`);

async function main(): Promise<void> {
  const list = (v: string) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const o = new Command('bench:ingest')
    .option(
      '--sizes <list>',
      'single-bundle sizes (statements), each first ingest then unchanged re-ingest',
      '10000,200000',
    )
    .option('--folder-bundles <n>', 'bundles in the folder case', Number, 1000)
    .option('--folder-statements <n>', 'statements in the folder case', Number, 100_000)
    .option('--bulk-statements <n>', 'statements for the bulk path', Number, 1_000_000)
    .option(
      '--warm-up <n>',
      'statements of a bundle ingested (and reported) first in each single-bundle case, 0 for none',
      Number,
      10_000,
    )
    .option(
      '--skip <list>',
      'cases to skip: single, folder, bulk, bulk-normal (the normal path on the bulk corpus)',
      '',
    )
    .parse(process.argv)
    .opts<{
      sizes: string;
      folderBundles: number;
      folderStatements: number;
      bulkStatements: number;
      warmUp: number;
      skip: string;
    }>();
  const skip = new Set(list(o.skip));
  const loadAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
  log(`load average at start: ${loadAtStart.join(' ')}`);
  const rows: Row[] = [];
  const work = repoPath('.tmp', `bench-ingest-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const rate = (statements: number, run: CliRun) => Math.round(statements / run.seconds);
  const record = (row: Row) => {
    rows.push(row);
    log(
      `${row.case}: ${row.note ?? `${row.seconds?.toFixed(1)} s, ${row.statementsPerSec} statements/s, peak RSS ${JSON.stringify(row.peakRssMb)} MB`}`,
    );
  };

  try {
    if (!skip.has('single')) {
      for (const statements of list(o.sizes).map(Number)) {
        const dir = path.join(work, `single-${statements}`);
        writeCorpus({ statements, bundles: 1, prefix: `ib${statements}` }, dir);
        const neo4j = await startBenchNeo4j({ log });
        try {
          // A fresh JVM compiles every query and hot path on first use; the Neo4j of a service
          // that has been running has done so. 1,000 statements did not warm it: the 10,000 that
          // followed ran at 244/s, and 858/s on the same JVM once warm. The warm-up bundle (its
          // own ids, the same generator) is timed and reported too.
          if (o.warmUp > 0) {
            const warmDir = path.join(work, `warm-up-${statements}`);
            writeCorpus({ statements: o.warmUp, bundles: 1, prefix: `wu${statements}` }, warmDir);
            const run = await runIngestCli(neo4j, [warmDir]);
            rmSync(warmDir, { recursive: true, force: true });
            record({
              case: 'warm-up: first ingest into a fresh Neo4j, 1 bundle',
              statements: o.warmUp,
              bundles: 1,
              seconds: run.seconds,
              statementsPerSec: rate(o.warmUp, run),
              peakRssMb: run.peakRssMb,
              ...(run.exitCode === 0 ? {} : { note: `FAILED (exit ${run.exitCode})` }),
            });
          }
          // The CLI's memory before any write: a dry run reads, checks, plans and diffs the bundle
          // as a first ingest does, and writes nothing (issue 10: CLI RSS ≤ 1 GB at 200,000).
          const dry = await runIngestCli(neo4j, [dir], ['--dry-run']);
          record({
            case: 'dry run (nothing written), 1 bundle',
            statements,
            bundles: 1,
            seconds: dry.seconds,
            statementsPerSec: rate(statements, dry),
            peakRssMb: dry.peakRssMb,
            ...(dry.exitCode === 0 ? {} : { note: `FAILED (exit ${dry.exitCode})` }),
          });
          for (const label of ['first ingest', 're-ingest unchanged']) {
            const run = await runIngestCli(neo4j, [dir]);
            if (run.exitCode !== 0) {
              record({
                case: `${label}, 1 bundle`,
                statements,
                bundles: 1,
                note: `FAILED (exit ${run.exitCode}): ${run.output.slice(-300)}`,
              });
              break;
            }
            record({
              case: `${label}, 1 bundle`,
              statements,
              bundles: 1,
              seconds: run.seconds,
              statementsPerSec: rate(statements, run),
              peakRssMb: run.peakRssMb,
            });
          }
        } finally {
          await neo4j.dispose();
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }

    if (!skip.has('folder')) {
      const statements = o.folderStatements;
      const dir = path.join(work, 'folder');
      const bundles = writeCorpus({ statements, bundles: o.folderBundles, prefix: 'ibf' }, dir);
      const neo4j = await startBenchNeo4j({ log });
      try {
        const run = await runIngestCli(neo4j, [dir]);
        record(
          run.exitCode === 0
            ? {
                case: `first ingest, folder of ${bundles} bundles`,
                statements,
                bundles,
                seconds: run.seconds,
                statementsPerSec: rate(statements, run),
                peakRssMb: run.peakRssMb,
              }
            : {
                case: `folder of ${bundles} bundles`,
                statements,
                bundles,
                note: `FAILED (exit ${run.exitCode}): ${run.output.slice(-300)}`,
              },
        );
      } finally {
        await neo4j.dispose();
        rmSync(dir, { recursive: true, force: true });
      }
    }

    if (!skip.has('bulk')) {
      const statements = o.bulkStatements;
      if (!cliHasBulk()) {
        record({
          case: 'bulk into an empty database',
          statements,
          bundles: 0,
          note: 'skipped: the ingestion CLI has no --bulk option on this branch',
        });
      } else {
        // Both paths on the same corpus, each into a fresh store the CLI starts itself (a bulk
        // import cannot go through NEO4J_URI), so both include starting Neo4j.
        const dir = path.join(work, 'bulk');
        const bundles = writeCorpus({ statements, prefix: 'ibb' }, dir);
        try {
          const paths = [
            {
              label: `bulk into an empty database, ${bundles} bundles`,
              args: ['--bulk'],
              env: bulkHeap(dir),
            },
            ...(skip.has('bulk-normal')
              ? []
              : [
                  {
                    label: `normal ingest of the same ${bundles} bundles, CLI-started Neo4j`,
                    args: [],
                    env: {},
                  },
                ]),
          ];
          for (const { label, args, env } of paths) {
            const run = await runOwnStoreCli(work, [...args, dir], env);
            record(
              run.exitCode === 0
                ? {
                    case: label,
                    statements,
                    bundles,
                    seconds: run.seconds,
                    statementsPerSec: rate(statements, run),
                    peakRssMb: run.peakRssMb,
                    ...bulkPhases(run.output),
                  }
                : {
                    case: label,
                    statements,
                    bundles,
                    note: `FAILED (exit ${run.exitCode}): ${run.output.slice(-300)}`,
                  },
            );
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const report = {
    generatedAt: new Date().toISOString(),
    command: `npm run bench:ingest -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: loadAtStart,
      node: process.version,
    },
    generatorVersion: GENERATOR_VERSION,
    rows,
  };
  mkdirSync(repoPath('bench', 'results'), { recursive: true });
  writeFileSync(repoPath('bench', 'results', 'ingest-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = [
    '| case | statements | bundles | seconds | statements/s | peak RSS MB (CLI / JVM) |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) =>
      r.note
        ? `| ${r.case} | ${r.statements} | ${r.bundles} | – | – | ${r.note} |`
        : `| ${r.case} | ${r.statements} | ${r.bundles} | ${r.seconds?.toFixed(1)} | ${r.statementsPerSec} | ${r.peakRssMb?.cli ?? '–'} / ${r.peakRssMb?.neo4j ?? '–'} |`,
    ),
  ].join('\n');
  process.stdout.write(
    `\n${report.command}; ${report.machine.cores} cores, load ${loadAtStart.join(' ')} at start\n\n${table}\n`,
  );
}

/**
 * Runs the ingestion CLI on a fresh embedded store of its own (no NEO4J_URI), sampling the
 * peak RSS of the CLI and of the JVMs it starts (the importer's and Neo4j's: `neo4j` is the
 * largest of them at any sample).
 */
async function runOwnStoreCli(
  work: string,
  args: string[],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  const home = mkdtempSync(path.join(work, 'store-'));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NEO4J_')));
  const run = await spawnIngestCli(
    args,
    {
      ...env,
      EMBEDDED_NEO4J_HOME: home,
      EMBEDDED_NEO4J_BOLT_PORT: String(await benchPort()),
      EMBEDDED_NEO4J_HTTP_PORT: String(await benchPort()),
      EMBEDDED_NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? '2g',
      EMBEDDED_NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
      ...extraEnv,
    },
    (cli) => ({ neo4j: () => (cli === undefined ? [] : childPids(cli)) }),
  );
  rmSync(home, { recursive: true, force: true });
  return run;
}

/**
 * Node's heap for `--bulk`, by the CLI's own rule (src/ingest/bulk/bulkHeapProblem.ts): planning
 * holds the corpus's whole graph, more than Node's default limit above about 400,000 statements.
 */
function bulkHeap(dir: string): NodeJS.ProcessEnv {
  const bytes = readdirSync(dir).reduce((n, file) => n + statSync(path.join(dir, file)).size, 0);
  const mb = Math.max(4096, bulkHeapMb(bytes));
  return { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${mb}`.trim() };
}

/** Whether the ingestion CLI offers a bulk path (the ingest room's `--bulk`). */
function cliHasBulk(): boolean {
  const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', '--help'], {
    cwd: repoPath(),
    encoding: 'utf8',
  });
  return /--bulk\b/.test(`${help.stdout}${help.stderr}`);
}

main().catch((error: unknown) => {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
