import type { BundleActor } from './bundleTypes';
import { aliasKeysOf, normaliseAlias } from './normaliseAlias';

export { normaliseAlias };

/** An actor already in the graph, as entity resolution sees it. */
export interface GraphActor {
  id: string;
  name: string;
  aliasKeys: string[];
}

export type ActorResolution =
  | { ok: true; id: string; via: 'id' | 'alias' }
  | { ok: false; reason: 'unknown' }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

/**
 * Resolves actor references (in stances, relations, participants, relayOf, article.cites)
 * against the bundle's actors and the graph's. Ids are the identity and win: a reference that
 * is an actor id resolves to it. Otherwise its normalised form must match the name or an alias
 * of exactly one actor, a bundle actor with a known id counting once (its aliases extend the
 * graph actor's). A bundle actor with a new id is never merged into a graph actor it shares a
 * name with: both exist, and a reference by the shared name is ambiguous.
 */
export class ActorResolver {
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, Set<string>>();

  constructor(bundleActors: readonly BundleActor[], graphActors: readonly GraphActor[]) {
    for (const actor of graphActors) this.add(actor.id, actor.aliasKeys);
    for (const actor of bundleActors) this.add(actor.id, aliasKeysOf(actor.name, actor.aliases ?? []));
  }

  resolve(reference: string): ActorResolution {
    if (this.ids.has(reference)) return { ok: true, id: reference, via: 'id' };
    const candidates = [...(this.byKey.get(normaliseAlias(reference)) ?? [])].sort();
    if (candidates.length === 1) return { ok: true, id: candidates[0] as string, via: 'alias' };
    if (candidates.length === 0) return { ok: false, reason: 'unknown' };
    return { ok: false, reason: 'ambiguous', candidates };
  }

  /** Ids of the other actors that share a name or alias key with `id`'s keys. */
  namesakes(id: string, keys: readonly string[]): string[] {
    const others = new Set<string>();
    for (const key of keys)
      for (const other of this.byKey.get(key) ?? []) if (other !== id) others.add(other);
    return [...others].sort();
  }

  private add(id: string, keys: readonly string[]): void {
    this.ids.add(id);
    for (const key of keys) {
      let set = this.byKey.get(key);
      if (!set) this.byKey.set(key, (set = new Set()));
      set.add(id);
    }
  }
}
