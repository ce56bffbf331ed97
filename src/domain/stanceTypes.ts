/**
 * The stance vocabulary: the one home of the positions an actor can take on a statement.
 * The GraphQL enum, the bundle format, the Cypher relationship types and the docs are drawn
 * from (or checked equal to) this list.
 */
export const STANCE_TYPES = [
  'CLAIMED',
  'CONFIRMED',
  'DENIED',
  'DECLINED_TO_CONFIRM',
  'DID_NOT_DENY',
  'DECLINED_TO_COMMENT',
  'RETRACTED',
] as const;

export type StanceType = (typeof STANCE_TYPES)[number];

/**
 * The name a stance type takes as a breakdown's field and as its research column
 * (`DECLINED_TO_CONFIRM` -> `declinedToConfirm`).
 */
export const stanceFieldName = (type: StanceType): string =>
  type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * How a stance bears on the statement when it is the actor's current position:
 * SUPPORTS and OPPOSES take sides; NON_COMMITTAL is on record without taking a side (a
 * non-denial is not opposition); WITHDRAWS ends the actor's earlier position.
 */
export type StanceEffect = 'SUPPORTS' | 'OPPOSES' | 'NON_COMMITTAL' | 'WITHDRAWS';

export const STANCE_EFFECT: Readonly<Record<StanceType, StanceEffect>> = {
  CLAIMED: 'SUPPORTS',
  CONFIRMED: 'SUPPORTS',
  DENIED: 'OPPOSES',
  DECLINED_TO_CONFIRM: 'NON_COMMITTAL',
  DID_NOT_DENY: 'NON_COMMITTAL',
  DECLINED_TO_COMMENT: 'NON_COMMITTAL',
  RETRACTED: 'WITHDRAWS',
};

/** Precise definitions, used verbatim by the SDL descriptions and the docs. */
export const STANCE_DEFINITIONS: Readonly<Record<StanceType, string>> = {
  CLAIMED: 'The actor asserted the statement on its own account.',
  CONFIRMED:
    'The actor affirmed a statement already made by others, typically with authority or evidence of its own.',
  DENIED: 'The actor said the statement is false.',
  DECLINED_TO_CONFIRM:
    'Asked about the statement, the actor said it could not or would not confirm it; it takes no side.',
  DID_NOT_DENY:
    'Asked about the statement, the actor pointedly did not deny it; it takes no side (a non-denial is not opposition, nor support).',
  DECLINED_TO_COMMENT:
    'Asked about the statement, the actor refused to say anything about it; it takes no side.',
  RETRACTED:
    'The actor withdrew its own earlier position on the statement; from then on it holds none until it takes a new one.',
};

export const stanceTypesWith = (effect: StanceEffect): StanceType[] =>
  STANCE_TYPES.filter((type) => STANCE_EFFECT[type] === effect);

/** `CLAIMED|CONFIRMED|…`: the relationship-type alternation for a Cypher pattern. */
export const STANCE_PATTERN = STANCE_TYPES.join('|');
