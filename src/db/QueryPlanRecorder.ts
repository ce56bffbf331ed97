import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Params, QueryInfo, QueryObserver } from './Database';

/** A read the service ran, kept so that a restarted Neo4j can plan it before a client asks. */
export interface RecordedQuery {
  query: string;
  /** The parameters' shape (paramShape): no client's words are written to disk. */
  params: Params;
}

/** Texts shorter than this plan in milliseconds (readiness pings, counts): not worth keeping. */
const MIN_QUERY_LENGTH = 100;
/** Longest text kept; a selection compiled to more than this is rare and planned on demand. */
const MAX_QUERY_LENGTH = 64 * 1024;
/** Longest string or list kept in a parameter's shape. */
const MAX_SHAPE_LENGTH = 1000;
/** How long after a new text the file is written, so a burst of new texts is one write. */
const SAVE_DELAY_MS = 5000;

/**
 * Remembers the distinct read queries the service runs, most recently used last, at most
 * `capacity` of them, and keeps them in a JSON file. A freshly started Neo4j plans a compiled
 * selection in seconds (a breakdown: 3–5 s on 2 cores, against a 5 s query timeout); after a
 * restart the service plans the remembered texts again (warmUpQueryPlans) before clients ask.
 */
export class QueryPlanRecorder implements QueryObserver {
  private readonly queries = new Map<string, Params>();
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly capacity = 100,
  ) {
    for (const entry of readRecorded(file).slice(-capacity)) this.queries.set(entry.query, entry.params);
  }

  /** The remembered queries, least recently used first. */
  recorded(): RecordedQuery[] {
    return [...this.queries].map(([query, params]) => ({ query, params }));
  }

  onQuery(info: QueryInfo): void {
    const { query, params } = info;
    if (info.mode !== 'READ' || !info.ok || query === undefined) return;
    if (query.length < MIN_QUERY_LENGTH || query.length > MAX_QUERY_LENGTH) return;
    const known = this.queries.has(query);
    if (known) {
      // Most recently used last: the capacity drops the least recently used.
      const shape = this.queries.get(query) as Params;
      this.queries.delete(query);
      this.queries.set(query, shape);
      return;
    }
    const shape = paramShape(params ?? {});
    if (shape === undefined) return;
    this.queries.set(query, shape);
    if (this.queries.size > this.capacity) this.queries.delete(this.queries.keys().next().value as string);
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.save();
    }, SAVE_DELAY_MS).unref();
  }

  /** Writes the file if something new was recorded (atomically: a crash leaves the old one). */
  save(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return;
    this.dirty = false;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const partial = `${this.file}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ queries: this.recorded() }));
      renameSync(partial, this.file);
    } catch {
      // A read-only disk loses the warm-up after a restart, nothing else.
    }
  }
}

const recordedQuery = z.object({ query: z.string(), params: z.record(z.unknown()) });
const recordedFile = z.object({ queries: z.array(z.unknown()) });

/** The recorded queries in `file`; none when it is missing or not ours, and no damaged entry. */
function readRecorded(file: string): RecordedQuery[] {
  try {
    const parsed = recordedFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return [];
    return parsed.data.queries.flatMap((q) => {
      const entry = recordedQuery.safeParse(q);
      return entry.success ? [entry.data] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Parameters of the same Cypher types and sizes, without their content: each string becomes
 * as many `x`, whole numbers 0, other numbers 0.5. Neo4j caches a plan per text, parameter
 * types and size buckets of strings and lists (a blanked string missed the cache). Undefined
 * when a value is not plain JSON (a driver type): such a read is not kept.
 */
export function paramShape(params: Params): Params | undefined {
  const shape = (v: unknown): unknown => {
    if (v === undefined) return null;
    if (v === null || typeof v === 'boolean') return v;
    if (typeof v === 'string') return 'x'.repeat(Math.min(v.length, MAX_SHAPE_LENGTH));
    if (typeof v === 'number') return Number.isSafeInteger(v) ? 0 : 0.5;
    if (Array.isArray(v)) return v.slice(0, MAX_SHAPE_LENGTH).map(shape);
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = shape(x);
      return out;
    }
    throw new NotPlain();
  };
  try {
    return shape(params) as Params;
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

class NotPlain extends Error {}
