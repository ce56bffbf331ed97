import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LAUNCHER_JAR, LAUNCHER_LIB, javaExecutable, neo4jJvmArgs } from '../../embedded/startEmbeddedNeo4j';
import type { ImportCsv } from './writeImportCsv';

export interface AdminImportOptions {
  /** The embedded Neo4j's home (EMBEDDED_NEO4J_HOME): the store is `<home>/data/databases/neo4j`. */
  home: string;
  /** JVM heap of the importer, e.g. `2g`. */
  heap: string;
  /** Off-heap memory the importer may use, e.g. `2g` (its default is 90 % of the machine). */
  offHeap: string;
  /** Called with the importer's overall progress, 0 to 1, and the stage it is in. */
  onProgress?(fraction: number, stage: string): void;
  /** Receives every line the importer prints. */
  onOutput?(line: string): void;
}

/**
 * Runs `neo4j-admin database import full` from the Neo4j jars Maven already resolved for the
 * embedded launcher (org.neo4j.cli.AdminTool; nothing downloaded), replacing the store of the
 * database `neo4j` under `home` with the CSV files. The embedded Neo4j must not be running on
 * `home` (the importer takes the store's lock and fails if it cannot).
 */
export async function runAdminImport(csv: ImportCsv, options: AdminImportOptions): Promise<void> {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB))
    throw new Error(
      'The embedded Neo4j is not built; run `bash scripts/bootstrap.sh` (npm run ingest does).',
    );
  const home = path.resolve(options.home);
  // The launcher's layout (neo4j/src/.../EmbeddedNeo4j.java): settings come as arguments, so
  // conf/neo4j.conf holds nothing; the importer reads it and the default directories.
  mkdirSync(path.join(home, 'conf'), { recursive: true });
  const conf = path.join(home, 'conf', 'neo4j.conf');
  if (!existsSync(conf)) writeFileSync(conf, "# settings come from the launcher's arguments\n");

  const multiline = csv.files.filter((f) => f.multiline).map((f) => f.file);
  const args = [
    ...neo4jJvmArgs(options.heap, 'org.neo4j.cli.AdminTool'),
    'database',
    'import',
    'full',
    // The database first: `--nodes` and `--relationships` take every argument that follows.
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${delimiterArgument(csv.arrayDelimiter)}`,
    `--read-buffer-size=${csv.readBufferBytes}`,
    `--max-off-heap-memory=${options.offHeap}`,
    `--report-file=${path.join(home, 'logs', 'bulk-import.report')}`,
    ...csv.files.map((f) => `--${f.kind}=${f.name}=${f.file}`),
    ...(multiline.length > 0
      ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.map(escapeRegex).join(',')}`]
      : []),
  ];
  mkdirSync(path.join(home, 'logs'), { recursive: true });
  const java = javaExecutable();
  const child = spawn(java, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  const recent: string[] = [];
  let stage = 'starting';
  let stages = 4;
  let done = 0;
  const onLine = (line: string) => {
    options.onOutput?.(line);
    if (line.trim()) {
      recent.push(line);
      if (recent.length > 30) recent.shift();
    }
    // "(2/4) Relationship import" … then lines of dots ending in "45% ∆0ms".
    const step = /\((\d+)\/(\d+)\)\s+(.+?)\s*$/.exec(line);
    if (step) {
      done = Number(step[1]) - 1;
      stages = Number(step[2]);
      stage = step[3] ?? stage;
      options.onProgress?.(done / stages, stage);
    }
    const percent = /(\d+)%\s+∆/.exec(line);
    if (percent) options.onProgress?.((done + Number(percent[1]) / 100) / stages, stage);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        onLine(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
      }
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) => {
      reject(new Error(`Could not run java: ${error.message}`));
    });
    child.once('exit', (exitCode) => {
      resolve(exitCode);
    });
  }).finally(() => process.removeListener('exit', stopOnExit));
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${recent.join('\n')}`);
  options.onProgress?.(1, 'done');
}

/** `U+001F` for a control character (the importer's notation), the character itself otherwise. */
function delimiterArgument(d: string): string {
  const code = d.codePointAt(0) ?? 0;
  return code < 0x20 ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : d;
}

/** `--multiline-fields` (v2) reads a file name as a regular expression (its folder literally). */
function escapeRegex(file: string): string {
  return path.join(path.dirname(file), path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}
