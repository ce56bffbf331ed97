import { daysBetween, describeFuzzyDate } from './FuzzyDateView';
import { STANCE_LABELS } from './labels';
import type { StanceType } from '../gql/graphql';

export interface TimelineStance {
  id: string;
  type: StanceType;
  date: { date: string; knownBy: string; precision: string; text?: string | null };
  statement: { id: string; text: string };
  /** The type this actor held on the same statement before, when it differs. */
  changedFrom?: StanceType;
}

const WIDTH = 800;
const LABEL = 260;
const ROW = 28;

/**
 * Positions over time, one row per statement: each position is a bar from its first possible
 * day to the day it was certainly on record, so a week-precise date is drawn a week wide.
 * A ring marks a change of position. The SVG is a picture; the list beside it is the text.
 */
export function PositionTimeline({ stances }: { stances: TimelineStance[] }) {
  if (stances.length === 0) return null;
  const rows = [...new Map(stances.map((s) => [s.statement.id, s.statement])).values()];
  const start = stances.reduce((m, s) => (s.date.date < m ? s.date.date : m), stances[0]!.date.date);
  const end = stances.reduce((m, s) => (s.date.knownBy > m ? s.date.knownBy : m), stances[0]!.date.knownBy);
  const span = Math.max(daysBetween(start, end) + 1, 7);
  const x = (iso: string) => LABEL + ((WIDTH - LABEL - 10) * daysBetween(start, iso)) / span;
  const dayWidth = (WIDTH - LABEL - 10) / span;
  const height = rows.length * ROW + 30;
  return (
    <figure className="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Timeline of ${stances.length} positions on ${rows.length} statements, ${start} to ${end}`}
      >
        {rows.map((r, i) => (
          <g key={r.id}>
            <rect x={0} y={i * ROW} width={WIDTH} height={ROW} className={i % 2 ? 'row-odd' : 'row-even'} />
            <text x={4} y={i * ROW + 18} className="row-label">
              {r.text.length > 42 ? `${r.text.slice(0, 41)}…` : r.text}
            </text>
          </g>
        ))}
        {stances.map((s) => {
          const row = rows.findIndex((r) => r.id === s.statement.id);
          // "On or before" has no first day: a faded bar from the timeline's start to its day.
          const open = s.date.precision === 'ON_OR_BEFORE';
          const x0 = open ? x(start) : x(s.date.date);
          const w = Math.max(dayWidth * (daysBetween(open ? start : s.date.date, s.date.knownBy) + 1), 4);
          return (
            <g key={s.id} className="bar">
              <title>
                {STANCE_LABELS[s.type].verb},{' '}
                {describeFuzzyDate({ ...s.date, precision: s.date.precision as never })}
                {s.changedFrom ? ` (changed from ${STANCE_LABELS[s.changedFrom].verb})` : ''}
              </title>
              <rect
                x={x0}
                y={row * ROW + 6}
                width={w}
                height={ROW - 12}
                rx={3}
                fill={STANCE_LABELS[s.type].colour}
                opacity={open ? 0.35 : 1}
              />
              {s.changedFrom && (
                <circle cx={x(s.date.date)} cy={row * ROW + ROW / 2} r={8} className="change-ring" />
              )}
            </g>
          );
        })}
        <text x={LABEL} y={height - 8} className="axis">
          {start}
        </text>
        <text x={WIDTH - 10} y={height - 8} textAnchor="end" className="axis">
          {end}
        </text>
      </svg>
      <figcaption className="legend">
        {Object.entries(STANCE_LABELS).map(([type, l]) => (
          <span key={type}>
            <span className="swatch" style={{ background: l.colour }} aria-hidden="true" /> {l.heading}
          </span>
        ))}
        <span>
          <span className="swatch ring" aria-hidden="true" /> change of position
        </span>
      </figcaption>
    </figure>
  );
}
