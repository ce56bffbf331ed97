import type { Db } from '../../src/db';
import { TEST_TOKEN } from '../support/server';

// What the fault tier's tests share: readers and writers over HTTP while Neo4j is taken away,
// and the check that every write the service acknowledged is in the graph afterwards.

export interface Outcome {
  kind: 'read' | 'write';
  /** When the request started (ms since the epoch). */
  at: number;
  ms: number;
  /** HTTP status; 0 when no response came before the client's own timeout. */
  status: number;
  /** Error codes of the answer; CLIENT_TIMEOUT or NO_RESPONSE when there was none, UNPARSABLE_ANSWER when it was not JSON. */
  codes: string[];
  /** The answer as sent, so that tests can check it names no Neo4j internals. */
  text: string;
  /** For writes: the article id, in the graph if the write was acknowledged. */
  articleId?: string;
}

const READ = 'query Read { actors(first: 5) { totalCount } articles(first: 1) { totalCount } }';
const INGEST = 'mutation Write($bundle: JSON!) { ingestBundle(bundle: $bundle) { articleId } }';

/** A one-stance bundle of its own article, statement and speaker. */
export function faultBundle(articleId: string) {
  return {
    format: 'claimgraph-bundle/1',
    article: { id: articleId, title: `Fault test ${articleId}`, published: '2024-10-25' },
    actors: [{ id: 'fault-speaker', name: 'Fault Speaker', kind: 'PERSON', aliases: [] }],
    statements: [{ id: `${articleId}-statement`, text: `Statement of ${articleId}.` }],
    stances: [
      {
        actor: 'fault-speaker',
        statement: `${articleId}-statement`,
        stance: 'CLAIMED',
        date: { date: '2024-10-25' },
      },
    ],
  };
}

/** The request body of one read or one write of `articleId`'s bundle. */
export function faultRequest(kind: Outcome['kind'], articleId: string): string {
  return JSON.stringify(
    kind === 'read' ? { query: READ } : { query: INGEST, variables: { bundle: faultBundle(articleId) } },
  );
}

/**
 * Readers and writers (alternating) POSTing to `graphqlUrl()` until stopped, 20 ms apart, each
 * request bounded by the client's own timeout. A write counts as acknowledged only when the
 * service answered it with its article id and no error.
 */
export class FaultLoad {
  readonly outcomes: Outcome[] = [];
  private running = true;
  private sequence = 0;
  private readonly workers: Promise<void>[];

  constructor(
    private readonly graphqlUrl: () => string,
    private readonly tag: string,
    workers: number,
    private readonly clientTimeoutMs = 20_000,
  ) {
    this.workers = Array.from({ length: workers }, (_, i) => this.work(i % 2 === 0 ? 'read' : 'write'));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  since(at: number): Outcome[] {
    return this.outcomes.filter((o) => o.at >= at);
  }

  /** Requests of `kind` started at or after `at` that succeeded. */
  succeeded(kind: Outcome['kind'], at: number): number {
    return this.since(at).filter((o) => o.kind === kind && o.codes.length === 0).length;
  }

  acknowledged(): string[] {
    return this.outcomes
      .filter((o) => o.kind === 'write' && o.codes.length === 0)
      .map((o) => o.articleId as string);
  }

  private async work(kind: Outcome['kind']): Promise<void> {
    while (this.running) {
      const at = Date.now();
      const articleId = `${this.tag}-${this.sequence++}`;
      let status = 0;
      let codes: string[];
      let text = '';
      try {
        const response = await fetch(this.graphqlUrl(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
          body: faultRequest(kind, articleId),
          signal: AbortSignal.timeout(this.clientTimeoutMs),
        });
        status = response.status;
        text = await response.text();
        const body = JSON.parse(text) as {
          data?: { ingestBundle?: { articleId?: string } } | null;
          errors?: { extensions: { code: string } }[];
        };
        codes = (body.errors ?? []).map((e) => e.extensions.code);
        if (codes.length === 0 && kind === 'write' && body.data?.ingestBundle?.articleId !== articleId)
          codes = ['UNEXPECTED_ANSWER'];
      } catch (error) {
        // The client's timeout may also cut a body short; an answer that is not JSON is flagged as such.
        const timedOut = (error as Error).name === 'TimeoutError';
        codes = [timedOut ? 'CLIENT_TIMEOUT' : status > 0 ? 'UNPARSABLE_ANSWER' : 'NO_RESPONSE'];
        text ||= String(error);
      }
      this.outcomes.push({
        kind,
        at,
        ms: Date.now() - at,
        status,
        codes,
        text,
        ...(kind === 'write' ? { articleId } : {}),
      });
      await sleep(20);
    }
  }
}

/** How many of the articles `ids` are in the graph with their statement. */
export async function articlesInGraph(db: Db, ids: string[]): Promise<number> {
  const [row] = await db.read(
    'UNWIND $ids AS id OPTIONAL MATCH (a:Article {id: id})-[:REPORTS]->(s:Statement {id: id + "-statement"}) RETURN count(s) AS found',
    { ids },
  );
  return Number(row?.found);
}

/** Polls `condition` every 100 ms; the time it took, or an error after `timeoutMs`. */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(100);
  }
  return Date.now() - started;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
