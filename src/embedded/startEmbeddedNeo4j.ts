import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../paths';

export interface EmbeddedNeo4jOptions {
  /** Neo4j home: data/, logs/ and conf/ live here; kept between runs. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** JVM heap, e.g. `2g`. */
  heap: string;
  /** Page cache, e.g. `2g`. */
  pagecache: string;
  password: string;
  /** URL of a Browser style (GRASS) file applied when Neo4j Browser connects. */
  browserStyleUrl?: string;
  /** More Neo4j settings (`name: value`), e.g. a transaction memory limit for a test. */
  settings?: Readonly<Record<string, string>>;
  /** How long to wait for Neo4j to start. */
  startTimeoutMs?: number;
  /** Receives the JVM's output lines (defaults to dropping them). */
  onOutput?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  boltUri: string;
  browserUrl: string;
  user: string;
  password: string;
  pid: number;
  /** Settles when the JVM exits, for whatever reason (stop, crash, kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops Neo4j and waits for the JVM to exit. */
  stop(): Promise<void>;
}

export const LAUNCHER_JAR = repoPath('neo4j', 'target', 'claimgraph-neo4j-1.0.0.jar');
export const LAUNCHER_LIB = repoPath('neo4j', 'target', 'lib');

/** `java` from JAVA_HOME when set, else from the PATH. */
export function javaExecutable(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** JVM flags and class path for a main class of the Neo4j jars Maven resolved (launcher or admin tool). */
export function neo4jJvmArgs(heap: string, mainClass: string): string[] {
  return [
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-cp',
    `${LAUNCHER_JAR}${path.delimiter}${path.join(LAUNCHER_LIB, '*')}`,
    mainClass,
  ];
}

/**
 * Starts Neo4j Community 5.26 with Bolt, HTTP and Neo4j Browser in a child JVM (see neo4j/).
 * The JVM watches its stdin and exits when it closes, so it never outlives this process.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  if (!existsSync(LAUNCHER_JAR) || !existsSync(LAUNCHER_LIB)) {
    throw new Error('The embedded Neo4j is not built; run `bash scripts/bootstrap.sh` (npm start/test do).');
  }
  const home = path.resolve(options.home);
  mkdirSync(home, { recursive: true });
  const settings: Record<string, string> = {
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': 'localhost',
    'server.bolt.listen_address': `127.0.0.1:${options.boltPort}`,
    'server.bolt.advertised_address': `localhost:${options.boltPort}`,
    'server.http.enabled': 'true',
    'server.http.listen_address': `127.0.0.1:${options.httpPort}`,
    'server.http.advertised_address': `localhost:${options.httpPort}`,
    'server.https.enabled': 'false',
    'dbms.security.auth_enabled': 'true',
    'dbms.usage_report.enabled': 'false',
    'server.memory.pagecache.size': options.pagecache,
    'server.directories.logs': path.join(home, 'logs'),
    'dbms.transaction.timeout': '10m',
    ...options.settings,
  };
  if (options.browserStyleUrl) settings['browser.post_connect_cmd'] = `style ${options.browserStyleUrl}`;

  const java = javaExecutable();
  const args = [
    `-Xms${options.heap}`,
    ...neo4jJvmArgs(options.heap, 'org.claimgraph.neo4j.EmbeddedNeo4j'),
    home,
    ...Object.entries(settings).map(([k, v]) => `${k}=${v}`),
  ];
  const child = spawn(java, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, CLAIMGRAPH_NEO4J_PASSWORD: options.password },
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      process.removeListener('exit', stopOnExit);
      resolve({ code, signal });
    }),
  );

  await waitForStart(child, options.startTimeoutMs ?? 180_000, options.onOutput ?? (() => undefined));

  return {
    boltUri: `bolt://localhost:${options.boltPort}`,
    browserUrl: `http://localhost:${options.httpPort}/browser/`,
    user: 'neo4j',
    password: options.password,
    pid: child.pid ?? -1,
    exited,
    stop: async () => {
      process.removeListener('exit', stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end();
      // A stopped (SIGSTOP) JVM cannot read its stdin; it is killed after the grace period.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForStart(
  child: ChildProcess,
  timeoutMs: number,
  onOutput: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    let started = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Neo4j did not start within ${timeoutMs} ms:\n${recent.join('\n')}`));
    }, timeoutMs);
    const onLine = (line: string) => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      onOutput(line);
      if (!started && line.includes('claimgraph-neo4j: started')) {
        started = true;
        clearTimeout(timer);
        resolve();
      }
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffer += chunk;
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          onLine(buffer.slice(0, nl));
          buffer = buffer.slice(nl + 1);
        }
      });
    }
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run java: ${error.message}`));
    });
    child.once('exit', (code) => {
      if (started) return;
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it started:\n${recent.join('\n')}`));
    });
  });
}
