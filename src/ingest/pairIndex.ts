import { appendTo } from './appendTo';

/** Items under one first id kept as a list; past this, a map by the second id. */
const LIST_MAX = 32;

/**
 * Items filed under two ids (a statement and an actor, an edge's two ends), keyed by the ids
 * themselves rather than by a string joining them: a 200,000-statement bundle plans half a
 * million stances, and a joined key and a list for each were a sixth of planning's memory. The
 * items under one first id are a list until there are many (a crowd of actors on one claim),
 * then a map by the second id, so a lookup never scans a crowd.
 */
export class PairIndex<T> {
  private readonly byFirst = new Map<string, T[] | Map<string, T[]>>();

  constructor(private readonly secondOf: (item: T) => string) {}

  /** The first item added under `first` and `second` that `matches`. */
  find(first: string, second: string, matches: (item: T) => boolean): T | undefined {
    const held = this.byFirst.get(first);
    const items = held instanceof Map ? held.get(second) : held;
    return items?.find((item) => this.secondOf(item) === second && matches(item));
  }

  add(first: string, item: T): void {
    const held = this.byFirst.get(first);
    if (held instanceof Map) appendTo(held, this.secondOf(item), item);
    else if (!held) this.byFirst.set(first, [item]);
    else if (held.length < LIST_MAX) held.push(item);
    else {
      const bySecond = new Map<string, T[]>();
      for (const x of [...held, item]) appendTo(bySecond, this.secondOf(x), x);
      this.byFirst.set(first, bySecond);
    }
  }
}
