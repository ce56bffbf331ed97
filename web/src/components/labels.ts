import type { ContestedStatus, StanceType } from '../gql/graphql';

/** How each stance reads in a sentence, and its colour (as in cypher/style.grass). */
export const STANCE_LABELS: Record<StanceType, { verb: string; heading: string; colour: string }> = {
  CLAIMED: { verb: 'claimed', heading: 'Claimed', colour: '#57C7E3' },
  CONFIRMED: { verb: 'confirmed', heading: 'Confirmed', colour: '#2E8B57' },
  DENIED: { verb: 'denied', heading: 'Denied', colour: '#D62728' },
  DECLINED_TO_CONFIRM: { verb: 'declined to confirm', heading: 'Declined to confirm', colour: '#F79767' },
};

/** What each status means, in one line, for the status badge. */
export const STATUS_LABELS: Record<ContestedStatus, { label: string; help: string }> = {
  CONTESTED: { label: 'Contested', help: 'claimed or supported, and denied or refuted' },
  ASSERTED: { label: 'Asserted', help: 'claimed or confirmed, and nobody denies it' },
  DENIED: { label: 'Denied', help: 'denied or refuted, and nobody asserts it' },
  UNCONFIRMED: { label: 'Unconfirmed', help: 'only non-committal positions on record' },
  UNADDRESSED: { label: 'Unaddressed', help: 'no position on record' },
};
