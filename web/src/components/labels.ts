import type { ContestedStatus, StanceType } from '../gql/graphql';

interface StanceLabel {
  verb: string;
  heading: string;
  colour: string;
}

/**
 * How each stance reads in a sentence, and its colour (cypher/style.grass for the first four).
 * All seven types of the stance vocabulary are here, so the labels hold whichever of them the
 * schema lists; a type missing here fails the typecheck.
 */
export const STANCE_LABELS = {
  CLAIMED: { verb: 'claimed', heading: 'Claimed', colour: '#57C7E3' },
  CONFIRMED: { verb: 'confirmed', heading: 'Confirmed', colour: '#2E8B57' },
  DENIED: { verb: 'denied', heading: 'Denied', colour: '#D62728' },
  DECLINED_TO_CONFIRM: { verb: 'declined to confirm', heading: 'Declined to confirm', colour: '#F79767' },
  DID_NOT_DENY: { verb: 'did not deny', heading: 'Did not deny', colour: '#C9A227' },
  DECLINED_TO_COMMENT: { verb: 'declined to comment on', heading: 'Declined to comment', colour: '#9AA1AC' },
  RETRACTED: { verb: 'retracted', heading: 'Retracted', colour: '#6B4E9B' },
} as const satisfies Record<StanceType, StanceLabel> & Record<string, StanceLabel>;

/** What each status means, in one line, for the status badge. */
export const STATUS_LABELS: Record<ContestedStatus, { label: string; help: string }> = {
  CONTESTED: { label: 'Contested', help: 'claimed or supported, and denied or refuted' },
  ASSERTED: { label: 'Asserted', help: 'claimed or confirmed, and nobody denies it' },
  DENIED: { label: 'Denied', help: 'denied or refuted, and nobody asserts it' },
  UNCONFIRMED: { label: 'Unconfirmed', help: 'only non-committal positions on record' },
  UNADDRESSED: { label: 'Unaddressed', help: 'no position on record' },
};
