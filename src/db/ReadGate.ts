import { Sema } from 'async-sema';
import { ServiceBusyError } from '../errors';

/**
 * Admission control for reads: at most `limit` run on Neo4j at once; the rest wait their turn,
 * first come first served, for at most their query's time limit. Two cores that share 32 heavy
 * queries finish none of them within the limit (each gets 1/16 of a core), while the same
 * queries taken a few at a time finish in turn. A read that found no free slot in time fails
 * with SERVICE_BUSY without having cost Neo4j anything. The wait counts against the limit:
 * the query itself gets what is left.
 */
export class ReadGate {
  private readonly sema: Sema;

  constructor(readonly limit: number) {
    this.sema = new Sema(limit);
  }

  /** Reads waiting for a slot right now. */
  get waiting(): number {
    return this.sema.nrWaiting();
  }

  async run<T>(timeoutMs: number, work: (remainingMs: number) => Promise<T>): Promise<T> {
    const started = Date.now();
    // A free slot is taken at once; only a read that has to queue arms a timer.
    const free = (this.sema.tryAcquire() as string | undefined) !== undefined;
    if (!free && !(await this.waitForSlot(timeoutMs)))
      throw ServiceBusyError.queuedTooLong(this.limit, timeoutMs);
    try {
      return await work(Math.max(1, timeoutMs - (Date.now() - started)));
    } finally {
      this.sema.release();
    }
  }

  /** Queues for a slot; false when none came within `timeoutMs`. */
  private async waitForSlot(timeoutMs: number): Promise<boolean> {
    const acquired = this.sema.acquire();
    let timer: NodeJS.Timeout | undefined;
    const gotSlot = await Promise.race([
      acquired.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => {
          resolve(false);
        }, timeoutMs);
        timer.unref();
      }),
    ]);
    clearTimeout(timer);
    // async-sema cannot withdraw a waiter: hand the slot straight back when it comes.
    if (!gotSlot)
      void acquired.then(() => {
        this.sema.release();
      });
    return gotSlot;
  }
}
