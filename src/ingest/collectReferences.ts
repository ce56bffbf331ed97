import type { Bundle } from './bundleFormat';
import { normaliseAlias } from './normaliseAlias';

/** What a reference must denote: an actor (by id, name or alias), or a statement or event id. */
export type ReferenceKind = 'actor' | 'statement' | 'event';

/** One reference in a bundle, with the JSON path it sits at. */
export interface Reference {
  path: string;
  kind: ReferenceKind;
  ref: string;
}

/** An id a bundle defines, with the JSON path of the definition. */
export interface Definition {
  path: string;
  label: 'Actor' | 'Statement' | 'Event' | 'Article';
  id: string;
}

/** Every definition and reference of a schema-valid bundle, collected in one walk. */
export interface BundleReferences {
  definitions: Definition[];
  references: Reference[];
}

export function collectReferences(bundle: Bundle): BundleReferences {
  const references: Reference[] = [];
  forEachReference(bundle, (r) => references.push(r));
  return { definitions: collectDefinitions(bundle), references };
}

/** Every id a bundle defines, in bundle order: the article, actors, events, statements. */
export function collectDefinitions(bundle: Bundle): Definition[] {
  const definitions: Definition[] = [{ path: '$.article.id', label: 'Article', id: bundle.article.id }];
  (bundle.actors ?? []).forEach((a, i) =>
    definitions.push({ path: `$.actors[${i}].id`, label: 'Actor', id: a.id }),
  );
  (bundle.events ?? []).forEach((e, i) =>
    definitions.push({ path: `$.events[${i}].id`, label: 'Event', id: e.id }),
  );
  (bundle.statements ?? []).forEach((s, i) =>
    definitions.push({ path: `$.statements[${i}].id`, label: 'Statement', id: s.id }),
  );
  return definitions;
}

/**
 * Calls `visit` with every reference of a schema-valid bundle, in bundle order, without
 * holding them: a 200,000-statement bundle has about 1.4 million.
 */
export function forEachReference(bundle: Bundle, visit: (reference: Reference) => void): void {
  const ref = (path: string, kind: ReferenceKind, value: string | null | undefined) => {
    if (typeof value === 'string') visit({ path, kind, ref: value });
  };
  /** `list[j]` (or `list[j]<field>` with `field`) refers to a `kind` for each item. */
  const refEach = <T>(
    list: string,
    kind: ReferenceKind,
    items: T[] | undefined,
    value: (t: T) => string,
    field = '',
  ) => {
    (items ?? []).forEach((item, j) => {
      ref(`${list}[${j}]${field}`, kind, value(item));
    });
  };
  const itself = (id: string) => id;
  refEach('$.article.cites', 'actor', bundle.article.cites, itself);
  (bundle.relations ?? []).forEach((r, i) => {
    ref(`$.relations[${i}].from`, 'actor', r.from);
    ref(`$.relations[${i}].to`, 'actor', r.to);
  });
  (bundle.events ?? []).forEach((e, i) => {
    const path = `$.events[${i}]`;
    refEach(`${path}.partOf`, 'event', e.partOf, itself);
    refEach(`${path}.participants`, 'actor', e.participants, (p) => p.actor, '.actor');
  });
  (bundle.statements ?? []).forEach((s, i) => {
    refEach(`$.statements[${i}].about`, 'event', s.about, itself);
  });
  (bundle.stances ?? []).forEach((s, i) => {
    const path = `$.stances[${i}]`;
    ref(`${path}.actor`, 'actor', s.actor);
    ref(`${path}.statement`, 'statement', s.statement);
    ref(`${path}.event`, 'event', s.event);
    ref(`${path}.relayOf`, 'actor', s.relayOf);
  });
  (bundle.links ?? []).forEach((l, i) => {
    ref(`$.links[${i}].from`, 'statement', l.from);
    ref(`$.links[${i}].to`, 'statement', l.to);
  });
}

/** The ids to ask the graph about, once per bundle: every id it defines or refers to. */
export function idQuestions(refs: BundleReferences): string[] {
  const ids = new Set<string>(refs.definitions.map((d) => d.id));
  for (const r of refs.references) ids.add(r.ref);
  return [...ids].sort();
}

/**
 * The alias keys to ask the graph about once it has answered the ids (`graphActorIds`: which
 * of them are actors there). Ids are the identity and win, so only two kinds of key matter:
 * actor references that are no actor's id (they resolve by name or alias), and the names and
 * aliases of actors new to the graph (a namesake there draws a warning). A re-ingested bundle
 * that refers by id asks nothing.
 */
export function aliasQuestions(
  bundle: Bundle,
  refs: BundleReferences,
  graphActorIds: ReadonlySet<string>,
): string[] {
  const actorIds = new Set([...graphActorIds, ...(bundle.actors ?? []).map((a) => a.id)]);
  const keys = new Set<string>();
  for (const r of refs.references)
    if (r.kind === 'actor' && !actorIds.has(r.ref)) keys.add(normaliseAlias(r.ref));
  for (const a of bundle.actors ?? [])
    if (!graphActorIds.has(a.id)) for (const n of [a.name, ...(a.aliases ?? [])]) keys.add(normaliseAlias(n));
  keys.delete('');
  return [...keys].sort();
}
