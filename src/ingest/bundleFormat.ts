/**
 * The article bundle format: the one typed source. The JSON Schema in
 * schemas/bundle.schema.json is generated from it (`npm run schema:bundle`, checked fresh by a
 * test), the TypeScript types are `Static<>` of it, and the validator compiles it.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { AGENCY_KIND_LIST } from '../data/rows';
import { STANCE_TYPES } from '../domain/stanceTypes';

export const BUNDLE_FORMAT = 'claimgraph-bundle/2';
/** Still accepted: format 1 differs only in its figure (`approximate` instead of `qualifier`). */
export const BUNDLE_FORMAT_V1 = 'claimgraph-bundle/1';

export const ACTOR_KINDS = ['STATE', 'PERSON', 'ORGANISATION', 'GROUP', ...AGENCY_KIND_LIST] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export { AGENCY_KINDS } from '../data/rows';

export const EVENT_TYPES = [
  'ARMED_CONFLICT',
  'DEPLOYMENT',
  'TRAINING',
  'TROOP_MOVEMENT',
  'MEETING',
  'SUPPLY',
  'ATTACK',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export { STANCE_TYPES, type StanceType } from '../domain/stanceTypes';

export const LINK_TYPES = ['SUPPORTS', 'REFUTES'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const RELATION_TYPES = ['LEADS', 'REPRESENTS', 'PART_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export { DATE_PRECISIONS as PRECISIONS, type DatePrecision as Precision } from '../domain/datePrecision';
import { DATE_PRECISIONS } from '../domain/datePrecision';

/** A `$ref` to a named definition, typed as that definition (TypeBox 0.34's form of `Ref`). */
const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(schema.$id ?? ''));

export const FIGURE_QUALIFIERS = ['EXACT', 'APPROXIMATE', 'AT_LEAST', 'AT_MOST', 'RANGE', 'VAGUE'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
export const FIGURE_KINDS = ['OBSERVED', 'CUMULATIVE', 'PLANNED'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

const oneOf = <T extends readonly string[]>(values: T, description?: string) =>
  Type.Unsafe<T[number]>({ enum: [...values], ...(description ? { description } : {}) });
const nullableString = (maxLength: number, description?: string) =>
  Type.Unsafe<string | null>({
    type: ['string', 'null'],
    maxLength,
    ...(description ? { description } : {}),
  });

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ISO_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

const Slug = Type.String({
  $id: 'slug',
  description: 'An id: lower-case letters and digits in words joined by single hyphens.',
  maxLength: 200,
  pattern: SLUG_PATTERN,
});
const ActorRef = Type.String({
  $id: 'actorRef',
  description: 'An actor id (in this bundle or in the graph), or a name or alias of exactly one such actor.',
  minLength: 1,
  maxLength: 300,
});
const IsoDate = Type.String({
  $id: 'isoDate',
  description: 'A calendar day, YYYY-MM-DD.',
  pattern: ISO_DATE_PATTERN,
});
const Text = Type.String({ $id: 'text', minLength: 1, maxLength: 20000 });

const DateRefObject = Type.Object(
  {
    date: ref(IsoDate),
    precision: oneOf(DATE_PRECISIONS),
    text: Type.String({ minLength: 1, maxLength: 200 }),
    sameAs: Type.String({
      minLength: 1,
      maxLength: 300,
      description:
        'For "the same day", "that day", "the day before" and the like: the id of an event or statement of this bundle, or the JSON path of an item (`$.stances[2]`), whose date this one is read against.',
    }),
  },
  { additionalProperties: false },
);
const DateRef = Type.Unsafe<Partial<Static<typeof DateRefObject>> | null>({
  $id: 'dateRef',
  description:
    'When something happened. `date` is an ISO day (with `precision`, default DAY); without `date`, `text` is a phrase such as "last week", "On Monday", "8 October" or "by 1 November", resolved against the article\'s `published` day. `text` is kept as the original wording. null is the same as leaving it out.',
  type: ['object', 'null'],
  additionalProperties: false,
  anyOf: [{ required: ['date'] }, { required: ['text'] }],
  properties: DateRefObject.properties,
});

const Article = Type.Object(
  {
    id: ref(Slug),
    title: ref(Text),
    published: ref(IsoDate),
    publisher: Type.Optional(nullableString(300)),
    url: Type.Optional(nullableString(2000)),
    text: Type.Optional(
      nullableString(
        2_000_000,
        "The article's text. When given, every stance `quote` must occur in it (whitespace and typographic quotes normalised) and is stored anchored to its position.",
      ),
    ),
    cites: Type.Optional(
      Type.Array(ref(ActorRef), {
        description: 'Agencies the article cites, as actor references.',
        maxItems: 10000,
      }),
    ),
  },
  { $id: 'article', additionalProperties: false },
);

const Actor = Type.Object(
  {
    id: ref(Slug),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    kind: oneOf(ACTOR_KINDS, 'Kinds from INTELLIGENCE_SERVICE on are agencies (label :Agency).'),
    aliases: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
        description: 'Other names; for an actor already in the graph they are added to its aliases.',
        maxItems: 200,
      }),
    ),
    description: Type.Optional(nullableString(20000)),
  },
  { $id: 'actor', additionalProperties: false },
);

const Relation = Type.Object(
  {
    from: ref(ActorRef),
    type: oneOf(RELATION_TYPES),
    to: ref(ActorRef),
    role: Type.Optional(nullableString(300)),
  },
  { $id: 'relation', additionalProperties: false },
);

const Participant = Type.Object(
  { actor: ref(ActorRef), role: Type.Optional(nullableString(300)) },
  { $id: 'participant', additionalProperties: false },
);

const Event = Type.Object(
  {
    id: ref(Slug),
    name: Type.String({ minLength: 1, maxLength: 1000 }),
    type: oneOf(EVENT_TYPES),
    place: Type.Optional(nullableString(300)),
    date: Type.Optional(ref(DateRef)),
    partOf: Type.Optional(Type.Array(ref(Slug), { description: 'Ids of larger events.', maxItems: 1000 })),
    participants: Type.Optional(Type.Array(ref(Participant), { maxItems: 10000 })),
  },
  { $id: 'event', additionalProperties: false },
);

const Figure = Type.Object(
  {
    qualifier: Type.Optional(
      oneOf(
        FIGURE_QUALIFIERS,
        'EXACT, APPROXIMATE ("about"), AT_LEAST ("at least"), AT_MOST ("up to") take `value`; RANGE ("between") takes `low` and `high`; VAGUE ("several hundred") takes `phrase`, and `low`/`high` unless the phrase is a known one.',
      ),
    ),
    approximate: Type.Optional(
      Type.Boolean({
        description: 'Format 1 only, instead of `qualifier`: true reads as APPROXIMATE, false as EXACT.',
      }),
    ),
    value: Type.Optional(Type.Number()),
    low: Type.Optional(Type.Number()),
    high: Type.Optional(Type.Number()),
    phrase: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    unit: Type.String({ minLength: 1, maxLength: 100 }),
    kind: Type.Optional(
      oneOf(
        FIGURE_KINDS,
        'OBSERVED (so far, the default), CUMULATIVE (total to date), PLANNED (intended; may give `targetDate`).',
      ),
    ),
    targetDate: Type.Optional(ref(DateRef)),
  },
  { description: 'The number a statement gives.', additionalProperties: false },
);

/** The figure, or null (the same as leaving it out). */
const NullableFigure = Type.Unsafe<Static<typeof Figure> | null>({
  ...Figure,
  $id: 'figure',
  type: ['object', 'null'],
});

const Statement = Type.Object(
  {
    id: ref(Slug),
    text: ref(Text),
    about: Type.Optional(
      Type.Array(ref(Slug), { description: 'Ids of the events it is about.', maxItems: 1000 }),
    ),
    figure: Type.Optional(ref(NullableFigure)),
    refersTo: Type.Optional(ref(DateRef)),
  },
  { $id: 'statement', additionalProperties: false },
);

const Stance = Type.Object(
  {
    actor: ref(ActorRef),
    statement: ref(Slug),
    stance: oneOf(STANCE_TYPES),
    date: Type.Optional(ref(DateRef)),
    quote: Type.Optional(nullableString(20000)),
    paraphrase: Type.Optional(nullableString(20000)),
    venue: Type.Optional(nullableString(1000)),
    event: Type.Optional(
      Type.Unsafe<string | null>({
        description: 'Id of the event at which it was taken.',
        type: ['string', 'null'],
        maxLength: 200,
        pattern: SLUG_PATTERN,
      }),
    ),
    relayOf: Type.Optional(
      Type.Unsafe<string | null>({
        description: 'The actor whose position this actor merely relays.',
        type: ['string', 'null'],
        minLength: 1,
        maxLength: 300,
      }),
    ),
  },
  { $id: 'stance', additionalProperties: false },
);

const Link = Type.Object(
  { from: ref(Slug), type: oneOf(LINK_TYPES), to: ref(Slug) },
  { $id: 'link', additionalProperties: false },
);

const BundleSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    format: Type.Unsafe<typeof BUNDLE_FORMAT | typeof BUNDLE_FORMAT_V1>({
      enum: [BUNDLE_FORMAT, BUNDLE_FORMAT_V1],
      description: `Format and version of this bundle: ${BUNDLE_FORMAT} (${BUNDLE_FORMAT_V1} is still accepted).`,
    }),
    article: ref(Article),
    actors: Type.Optional(Type.Array(ref(Actor), { maxItems: 100000 })),
    relations: Type.Optional(Type.Array(ref(Relation), { maxItems: 100000 })),
    events: Type.Optional(Type.Array(ref(Event), { maxItems: 100000 })),
    statements: Type.Optional(Type.Array(ref(Statement), { maxItems: 200000 })),
    stances: Type.Optional(Type.Array(ref(Stance), { maxItems: 1000000 })),
    links: Type.Optional(Type.Array(ref(Link), { maxItems: 1000000 })),
  },
  {
    additionalProperties: false,
    title: `claimgraph article bundle, format ${BUNDLE_FORMAT}`,
    description:
      'One article and what it reports: actors, their relations, events, statements, the stances actors took on statements, and links between statements. Items refer to each other by id; actors (in stances, relations, participants, relayOf and article.cites) may also be referred to by a name or alias of an actor in this bundle or already in the graph. Ids are the identity: the same id in two bundles is the same node. Reference: docs/bundle-format.md.',
  },
);

/** Every named definition, in the order they appear under `$defs`. */
const DEFINITIONS: TSchema[] = [
  Slug,
  ActorRef,
  IsoDate,
  Text,
  DateRef,
  Article,
  Actor,
  Relation,
  Participant,
  Event,
  NullableFigure,
  Statement,
  Stance,
  Link,
];

export type DateRef = NonNullable<Static<typeof DateRef>>;
export type BundleArticle = Static<typeof Article>;
export type BundleActor = Static<typeof Actor>;
export type BundleRelation = Static<typeof Relation>;
export type BundleParticipant = Static<typeof Participant>;
export type BundleFigure = Static<typeof Figure>;
export type BundleEvent = Omit<Static<typeof Event>, 'participants'> & { participants?: BundleParticipant[] };
export type BundleStatement = Static<typeof Statement>;
export type BundleStance = Static<typeof Stance>;
export type BundleLink = Static<typeof Link>;
export interface Bundle {
  $schema?: string;
  format: typeof BUNDLE_FORMAT | typeof BUNDLE_FORMAT_V1;
  article: BundleArticle;
  actors?: BundleActor[];
  relations?: BundleRelation[];
  events?: BundleEvent[];
  statements?: BundleStatement[];
  stances?: BundleStance[];
  links?: BundleLink[];
}

/**
 * The bundle JSON Schema (draft 2020-12) as a plain object: the root with every named
 * definition under `$defs`, references rewritten to `#/$defs/<name>`.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const def of DEFINITIONS) {
    const { $id, ...rest } = plain(def) as { $id: string };
    defs[$id] = rest;
  }
  const root = plain(BundleSchema) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://claimgraph.dev/schemas/${BUNDLE_FORMAT}/bundle.schema.json`,
    title: root.title,
    description: root.description,
    type: 'object',
    required: root.required,
    additionalProperties: false,
    properties: root.properties,
    $defs: defs,
  };
}

/** A JSON copy without TypeBox's symbol keys, `$ref`s pointing into `$defs`. */
function plain(schema: TSchema): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === '$ref' && typeof value === 'string' ? `#/$defs/${value}` : value,
  );
}
