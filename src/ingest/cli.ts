/**
 * `npm run ingest -- <file|folder>...`: ingests article bundles through the same path as the
 * `ingestBundle` mutation and the seed, one all-or-nothing transaction per bundle, with a
 * progress bar per file and a summary table. Exits non-zero when any bundle is refused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { MultiBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, EMBEDDED_NEO4J_PASSWORD, loadConfig, type Config } from '../config';
import { applySchema, connectOrStart, type Database } from '../db';
import { AmbiguousReferenceError, InvalidBundleError, type BundleProblem } from '../errors';
import { runBulkCli } from './bulk/runBulkCli';
import { ingestBundleFrom, type IngestSummary } from './ingestBundle';

/**
 * V8 grows the heap to about twice what was live at its last full collection, which falls while
 * a large bundle is being planned; growing it by half as much collects more often at about the
 * same speed: a 200,000-statement bundle's dry run peaked at 915–1,168 MB instead of
 * 1,184–1,400 (docs/bundle-format.md, "Memory and heap"). Unlike a bounded old space, it refuses
 * no bundle that fits in memory.
 */
setFlagsFromString('--heap-growing-percent=50');

/** The CLI's shortest liveness timeout (NEO4J_LIVENESS_TIMEOUT_MS may set a longer one). */
const CLI_MIN_LIVENESS_TIMEOUT_MS = 60_000;

interface CliOptions {
  dryRun: boolean;
  schema: boolean;
  progress: boolean;
  batchSize: number;
  timeoutMs?: number;
}

interface FileOutcome {
  file: string;
  statements: number;
  ms: number;
  summary?: IngestSummary;
  problems?: BundleProblem[];
  error?: string;
}

/** Files to ingest: files as given, folders searched for `*.bundle.json`, in name order. */
export function bundleFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.bundle.json')) files.push(full);
    }
  };
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new InvalidArgumentError(`${p}: no such file or folder`);
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return files;
}

/**
 * Connects to the service's Neo4j through connectOrStart: NEO4J_URI, else the embedded Neo4j a
 * running service owns on the same store, else one started for the run. Never a second Neo4j
 * on a store in use; every wait bounded.
 */
async function connect(
  config: Config,
  log: (line: string) => void,
): Promise<{ db: Database; embedded?: { stop(): Promise<void> } }> {
  const connection = await connectOrStart({
    ...(config.externalNeo4j ? { external: config.externalNeo4j } : {}),
    embedded: { ...config.embedded, password: EMBEDDED_NEO4J_PASSWORD },
    database: {
      queryTimeoutMs: config.queryTimeoutMs,
      maxPoolSize: 4,
      // A batch load would rather wait out a long pause of a busy Neo4j (garbage collection in a
      // large transaction) than be told it is down and lose minutes of work.
      deadlines: {
        ...config.deadlines,
        livenessTimeoutMs: Math.max(config.deadlines.livenessTimeoutMs, CLI_MIN_LIVENESS_TIMEOUT_MS),
      },
    },
    whenInUse: 'attach',
    reachableTimeoutMs: 15_000,
    log,
  });
  return {
    db: connection.database,
    ...(connection.mode === 'started' ? { embedded: { stop: () => connection.close() } } : {}),
  };
}

async function run(paths: string[], options: CliOptions): Promise<number> {
  const out = (line: string) => process.stderr.write(`${line}\n`);
  const files = bundleFiles(paths);
  if (files.length === 0) {
    out('No bundle files found (folders are searched for *.bundle.json).');
    return 2;
  }
  const config = loadConfig();
  const { db, embedded } = await connect(config, out);
  const outcomes: FileOutcome[] = [];
  try {
    if (options.schema) await applySchema(db);
    // Bars need a terminal; otherwise (CI, pipes) one line per file says what is happening.
    const bars =
      options.progress && process.stderr.isTTY
        ? new MultiBar(
            {
              format: ' {bar} {percentage}% | {value}/{total} rows | {file} {status}',
              hideCursor: true,
              clearOnComplete: false,
              stopOnComplete: false,
              etaBuffer: 50,
            },
            Presets.shades_classic,
          )
        : undefined;
    for (const file of files) {
      const relative = path.relative(process.cwd(), file);
      const name = relative && !relative.startsWith('..') ? relative : file;
      const bar = bars?.create(1, 0, { file: name, status: 'validating' });
      if (!bars) out(`ingesting ${name}`);
      const started = performance.now();
      const outcome: FileOutcome = { file: name, statements: 0, ms: 0 };
      try {
        // The file is read again if the ingest starts again: neither its text nor the parsed
        // bundle is held here, so both can be collected once the bundle is planned.
        const load = () => {
          const bundle = readBundleFile(file);
          outcome.statements = countStatements(bundle);
          return bundle;
        };
        const summary = await ingestBundleFrom(db, load, {
          batchSize: options.batchSize,
          dryRun: options.dryRun,
          // Dates and resolutions are listed for a dry run only: a folder of thousands of
          // bundles, or one huge bundle, would otherwise hold millions of them. A dry run prints
          // every date but only the references resolved by name or alias, so it holds no more.
          report: options.dryRun ? 'aliases' : false,
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
          onProgress: (done, total) => {
            bar?.setTotal(Math.max(total, 1));
            bar?.update(done, { status: done === total ? 'committing' : 'writing' });
          },
        });
        outcome.summary = summary;
        bar?.update(1, { status: options.dryRun ? 'valid (dry run)' : 'done' });
      } catch (error) {
        bar?.update({ status: 'REFUSED' });
        if (error instanceof InvalidBundleError) outcome.problems = error.problems;
        else if (error instanceof AmbiguousReferenceError)
          outcome.problems = error.references.map((r) => ({
            path: r.path,
            message: `ambiguous reference "${r.reference}": matches ${r.candidates.join(', ')}; refer to one by id`,
          }));
        else outcome.error = describeError(error);
      }
      outcome.ms = performance.now() - started;
      outcomes.push(outcome);
    }
    bars?.stop();
  } finally {
    await db.close();
    await embedded?.stop();
  }
  report(outcomes, options.dryRun);
  return outcomes.some((o) => o.problems || o.error) ? 1 : 0;
}

function readBundleFile(file: string): unknown {
  // A UTF-8 byte order mark is allowed (editors on Windows write one).
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidBundleError([{ path: '$', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/**
 * The error's message and, for an operator at the terminal, the code of what caused it (a
 * Neo4j or driver code, never shown to API clients) so that "unavailable" can be told apart.
 */
function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (!cause) return message;
  const code = typeof cause.code === 'string' ? cause.code : undefined;
  const detail = typeof cause.message === 'string' ? cause.message.split('\n')[0] : undefined;
  return `${message} (cause: ${[code, detail].filter(Boolean).join(': ')})`;
}

function countStatements(bundle: unknown): number {
  const statements = (bundle as { statements?: unknown } | null)?.statements;
  return Array.isArray(statements) ? statements.length : 0;
}

/** Prints the summary table to stdout and every problem, by file and JSON path, to stderr. */
function report(outcomes: FileOutcome[], dryRun: boolean): void {
  const rows = outcomes.map((o) => {
    const s = o.summary;
    const result = o.problems
      ? `REFUSED (${o.problems.length} problem${o.problems.length === 1 ? '' : 's'})`
      : o.error
        ? 'ERROR'
        : dryRun
          ? 'valid'
          : 'ok';
    return {
      file: o.file,
      result,
      article: s?.articleId ?? '',
      'nodes c/u/=/r': s ? counts(s.nodes) : '',
      'rels c/u/=/r': s ? counts(s.relationships) : '',
      seconds: (o.ms / 1000).toFixed(2),
      'statements/s': s && o.statements > 0 ? Math.round(o.statements / (o.ms / 1000)).toString() : '',
    };
  });
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(
    `(c/u/=/r: created / updated / unchanged / removed${dryRun ? ', had it been written' : ''})\n`,
  );
  if (dryRun) for (const o of outcomes) if (o.summary) writeDryRunDetail(o.file, o.summary);
  for (const o of outcomes) {
    for (const w of o.summary?.warnings ?? [])
      process.stderr.write(`warning: ${o.file}: ${w.path}: ${w.message}\n`);
    for (const p of o.problems ?? []) process.stderr.write(`${o.file}: ${p.path}: ${p.message}\n`);
    if (o.error) process.stderr.write(`${o.file}: ${o.error}\n`);
  }
}

function counts(c: IngestSummary['nodes']): string {
  return `${c.created}/${c.updated}/${c.unchanged}/${c.removed}`;
}

/**
 * What a dry run found: every resolved date and every reference resolved by name or alias, by
 * JSON path. Written in chunks: a 200,000-statement bundle has half a million dates, and one
 * string of them all doubled the CLI's peak memory.
 */
function writeDryRunDetail(file: string, s: IngestSummary): void {
  let lines = [`${file}:`];
  const push = (line: string) => {
    lines.push(line);
    if (lines.length < DETAIL_CHUNK) return;
    process.stdout.write(`${lines.join('\n')}\n`);
    lines = [];
  };
  for (const d of s.dates)
    push(`  date ${d.path}: ${d.date} ${d.precision} known by ${d.knownBy}${d.text ? ` ("${d.text}")` : ''}`);
  for (const r of s.resolutions)
    if (r.via === 'alias' || r.reference !== r.id)
      push(`  reference ${r.path}: "${r.reference}" → ${r.id} (${r.via})`);
  lines.push(`  ${s.resolutionCount} references resolved, ${s.dates.length} dates`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Lines of a dry run's detail written at once. */
const DETAIL_CHUNK = 10_000;

function table(rows: Record<string, string>[]): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => r[c] ?? ''))),
  ].join('\n');
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/** Builds the command; exported so tests can parse arguments without running it. */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'Ingest claimgraph article bundles (format claimgraph-bundle/2 or /1, schemas/bundle.schema.json, docs/bundle-format.md) into Neo4j.\n' +
        'Each bundle is one all-or-nothing transaction; re-ingesting an article id replaces what that article said.\n' +
        'Neo4j: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE when set; otherwise the embedded Neo4j\n' +
        'of a running service (EMBEDDED_NEO4J_BOLT_PORT), or one started for the run.',
    )
    .argument('<paths...>', 'bundle files, or folders searched for *.bundle.json')
    .option(
      '--dry-run',
      'validate against the graph and print the would-be counts, dates and resolutions; write nothing',
      false,
    )
    .option('--no-schema', 'do not apply cypher/schema/ (constraints, indexes) first')
    .option('--no-progress', 'no progress bars')
    .option('--batch-size <rows>', 'rows per UNWIND batch', positiveInt, 2000)
    .option('--timeout-ms <ms>', 'transaction timeout per bundle (default INGEST_TIMEOUT_MS)', positiveInt)
    .addOption(
      new Option(
        '--bulk',
        'load a whole corpus into an EMPTY embedded store with neo4j-admin database import (offline; not with NEO4J_URI), then apply the schema; all or nothing (docs/bundle-format.md, "Bulk import")',
      ).conflicts('dryRun'),
    );
}

async function main(): Promise<void> {
  const command = ingestCommand();
  command.parse(process.argv);
  const opts = command.opts<{
    dryRun: boolean;
    schema: boolean;
    progress: boolean;
    batchSize: number;
    timeoutMs?: number;
    bulk?: boolean;
  }>();
  try {
    if (opts.bulk) {
      const files = bundleFiles(command.args);
      if (files.length === 0)
        throw new InvalidArgumentError('No bundle files found (folders are searched for *.bundle.json).');
      process.exitCode = await runBulkCli(files, { progress: opts.progress, readBundle: readBundleFile });
      return;
    }
    const timeoutMs = opts.timeoutMs ?? loadConfig().ingestTimeoutMs;
    process.exitCode = await run(command.args, { ...opts, timeoutMs });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof InvalidArgumentError)
      process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`ingest failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) void main();
