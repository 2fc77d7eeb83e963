import { useId } from 'react';

export interface Bar {
  key: string;
  label: string;
  /** null: nothing to measure (no one counted) — drawn as an empty row */
  value: number | null;
  /** fill; default the brand blue */
  color?: string;
}

export interface ReferenceLine {
  value: number;
  label: string;
  color?: string;
}

export interface BarChartProps {
  bars: Bar[];
  /** the domain of the value axis */
  min: number;
  max: number;
  format: (value: number) => string;
  /** accessible name of the chart (and its <title>) */
  title: string;
  /** e.g. "no data" for a null bar */
  emptyLabel: string;
  referenceLines?: ReferenceLine[];
  ticks?: number[];
  'data-testid'?: string;
}

const ROW = 28;
const BAR = 18;
const LABEL_W = 150;
const VALUE_W = 70;
const WIDTH = 760;
const TOP = 26;
const BOTTOM = 26;

/**
 * A horizontal bar chart in plain SVG (no chart library: the admin's bundle budget), one bar per row with
 * its label and value written out, optional reference lines (targets) and ticks. It scales to its box.
 * Screen readers get the chart's name and one <title> per bar; the table beside it has the same numbers.
 */
export function BarChart({ bars, min, max, format, title, emptyLabel, referenceLines = [], ticks = [], ...rest }: BarChartProps) {
  const titleId = useId();
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const height = TOP + bars.length * ROW + BOTTOM;
  const span = max - min || 1;
  const x = (v: number) => LABEL_W + (Math.min(Math.max(v, min), max) - min) * (plotW / span);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      style={{ maxWidth: WIDTH, display: 'block', fontSize: 12 }}
      data-testid={rest['data-testid']}
    >
      <title id={titleId}>{title}</title>
      {ticks.map((tick) => (
        <g key={`tick-${tick}`} aria-hidden="true">
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height - BOTTOM} stroke="#e8e8e8" />
          <text x={x(tick)} y={height - BOTTOM + 16} textAnchor="middle" fill="#595959">
            {format(tick)}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const y = TOP + i * ROW;
        const text = b.value === null ? emptyLabel : format(b.value);
        return (
          <g key={b.key} data-testid="bar">
            <title>{`${b.label}：${text}`}</title>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} textAnchor="end" fill="#262626">
              {b.label.length > 11 ? `${b.label.slice(0, 10)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={y + (ROW - BAR) / 2} width={plotW} height={BAR} fill="#f5f7fa" />
            {b.value !== null && (
              <rect x={LABEL_W} y={y + (ROW - BAR) / 2} width={Math.max(1, x(b.value) - LABEL_W)} height={BAR} fill={b.color ?? '#1558b0'} rx={2} />
            )}
            <text x={WIDTH - VALUE_W + 6} y={y + ROW / 2 + 4} fill={b.value === null ? '#595959' : '#262626'}>
              {text}
            </text>
          </g>
        );
      })}
      {referenceLines.map((r) => (
        <g key={`ref-${r.value}`} aria-hidden="true">
          <line x1={x(r.value)} x2={x(r.value)} y1={TOP - 6} y2={height - BOTTOM + 2} stroke={r.color ?? '#cf1322'} strokeWidth={1.5} strokeDasharray="4 3" />
          <text x={x(r.value)} y={TOP - 10} textAnchor="middle" fill={r.color ?? '#cf1322'}>
            {r.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
