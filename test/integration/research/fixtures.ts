/** Shared expectations for questions 8-12 on the seed graph (the article in data/seed/2024-10-22-dprk-denial.txt). */

export const DEPLOYMENT = 'dprk-troops-to-russia';
export const PLANS_11000 = 'dprk-plans-11000-regular-troops';
export const GROUNDLESS = 'troop-accusations-are-groundless-rumours';

/** Statements that SUPPORT the deployment claim, by id. */
export const DEPLOYMENT_SUPPORTERS = [
  '11000-dprk-infantry-training-in-russia-east',
  'dprk-decided-to-send-12000',
  'dprk-entered-the-war',
  'dprk-likely-to-send-regular-forces',
  'dprk-plans-11000-regular-troops',
  'dprk-sent-1500-to-vladivostok',
  'dprk-supplies-weapons-and-personnel',
  'russia-to-involve-10000-dprk-soldiers',
];
/** Those of them someone had claimed or confirmed by 2024-10-19. */
export const DEPLOYMENT_SUPPORTERS_BY_19 = [
  '11000-dprk-infantry-training-in-russia-east',
  'dprk-entered-the-war',
  'dprk-likely-to-send-regular-forces',
  'dprk-supplies-weapons-and-personnel',
  'russia-to-involve-10000-dprk-soldiers',
];

/** A position on the deployment claim: actor id, ISO date, precision, knownBy. */
export interface Position {
  actor: string;
  date: string;
  precision: string;
  knownBy: string;
}
const at = (actor: string, date: string, precision = 'DAY', knownBy = date): Position => ({
  actor,
  date,
  precision,
  knownBy,
});

export const ZELENSKYY_13 = at('zelenskyy', '2024-10-13');
export const NIS_WEEK_14 = at('south-korea-nis', '2024-10-14', 'WEEK', '2024-10-20');
export const BUDANOV_18 = at('kyrylo-budanov', '2024-10-18');
export const AMBASSADOR_22 = at('ukraine-ambassador', '2024-10-22', 'ON_OR_BEFORE');
export const DPRK_REP_22 = at('dprk-un-representative', '2024-10-22', 'ON_OR_BEFORE');
export const AUSTIN_20 = at('lloyd-austin', '2024-10-20');
export const KREMLIN_21 = at('kremlin', '2024-10-21');
export const UNITED_STATES_22 = at('united-states', '2024-10-22', 'ON_OR_BEFORE');

/** The stance id of a position on a statement (docs/graph-model.md). */
export const stanceId = (p: Position, type: string, statementId = DEPLOYMENT): string =>
  `${p.actor}:${type}:${statementId}:${p.date}`;
