import {
  Chart,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartDataset,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { figureSpan, formatFigure, type FigureView } from './formatFigure';
import { describeFuzzyDate, formatDay, type FuzzyDate } from './FuzzyDateView';
import { STANCE_LABELS } from './labels';
import type { StanceType } from '../gql/graphql';

Chart.register(ScatterController, LinearScale, PointElement, LineElement, Tooltip, Legend);

export interface FigurePointView {
  figure: FigureView;
  actor: { name: string };
  stance: StanceType;
  date: FuzzyDate;
}

const DAY = 86_400_000;
// The marker says how the source qualified the figure (a span's marker sits at its middle).
const POINT_STYLES: Record<FigureView['qualifier'], 'circle' | 'triangle' | 'rectRot' | 'rect'> = {
  EXACT: 'circle',
  APPROXIMATE: 'triangle',
  AT_LEAST: 'triangle',
  AT_MOST: 'triangle',
  RANGE: 'rect',
  VAGUE: 'rectRot',
};
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Every figure over time: a marker on the first possible day, and a bar across the days the
 * date could be (a week-precise date spans its week; "on or before" is a dashed line ending on
 * its day). Colours by stance; x is days (UTC).
 */
export function FigureChart({ points: all }: { points: FigurePointView[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    // A figure with neither a value nor both ends cannot be placed; the table still lists it.
    const points = all.filter((p) => figureSpan(p.figure));
    const y = (p: FigurePointView) => figureSpan(p.figure)!.y;
    const stances = [...new Set(points.map((p) => p.stance))];
    const markers: ChartDataset<'scatter'>[] = stances.map((stance) => ({
      label: STANCE_LABELS[stance].heading,
      data: points
        .filter((p) => p.stance === stance)
        .map((p) => ({ x: ms(p.date.date), y: y(p), point: p }) as never),
      backgroundColor: STANCE_LABELS[stance].colour,
      borderColor: '#222',
      pointRadius: 6,
      pointHoverRadius: 8,
      pointStyle: points.filter((p) => p.stance === stance).map((p) => POINT_STYLES[p.figure.qualifier]),
    }));
    // "On or before D" has no first day: a thin dashed line from the chart's first day says so.
    const earliest = Math.min(...points.map((p) => ms(p.date.date)));
    const ranges: ChartDataset<'scatter'>[] = points.map((p) => {
      const open = p.date.precision === 'ON_OR_BEFORE';
      return {
        label: `range:${p.actor.name}`,
        data: [
          { x: open ? earliest : ms(p.date.date), y: y(p) },
          { x: ms(p.date.knownBy) + DAY, y: y(p) },
        ],
        showLine: true,
        borderColor: STANCE_LABELS[p.stance].colour,
        borderWidth: open ? 2 : 6,
        borderDash: open ? [6, 4] : [],
        pointRadius: 0,
        pointHitRadius: 0,
      };
    });
    // RANGE and VAGUE figures: a vertical span from low to high on the figure's first day.
    const spans: ChartDataset<'scatter'>[] = points
      .filter((p) => p.figure.qualifier === 'RANGE' || p.figure.qualifier === 'VAGUE')
      .map((p) => {
        const s = figureSpan(p.figure)!;
        return {
          label: `range:span:${p.actor.name}`,
          data: [
            { x: ms(p.date.date), y: s.low },
            { x: ms(p.date.date), y: s.high },
          ],
          showLine: true,
          borderColor: STANCE_LABELS[p.stance].colour,
          borderWidth: 3,
          borderDash: p.figure.qualifier === 'VAGUE' ? [4, 3] : [],
          pointRadius: 3,
          pointStyle: 'line',
          pointHitRadius: 0,
        };
      });
    const chart = new Chart(canvas.current, {
      type: 'scatter',
      data: { datasets: [...ranges, ...spans, ...markers] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: 'Date (bars span the date’s precision)' },
            ticks: {
              stepSize: DAY,
              callback: (v) => formatDay(new Date(Number(v)).toISOString().slice(0, 10)),
            },
            grace: '5%',
          },
          y: { title: { display: true, text: 'Figure' }, beginAtZero: true, grace: '10%' },
        },
        plugins: {
          legend: { labels: { filter: (item) => !item.text.startsWith('range:') } },
          tooltip: {
            filter: (item) => !(item.dataset.label ?? '').startsWith('range:'),
            callbacks: {
              label: (item) => {
                const p = (item.raw as { point?: FigurePointView }).point;
                return p
                  ? `${formatFigure(p.figure)}: ${p.actor.name} ${STANCE_LABELS[p.stance].verb}, ${describeFuzzyDate(p.date)}`
                  : '';
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [all]);
  return (
    <div className="chart-box">
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Chart of ${all.length} figures over time; the table below lists them`}
      />
    </div>
  );
}
