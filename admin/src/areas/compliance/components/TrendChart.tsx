import type { ComplianceTrendPoint } from '@yibao/shared';
import { useId } from 'react';
import { STATUS_STYLE } from './status';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 24, bottom: 40 };

/** The value axis: from 0 (or a little under the lowest value) to a little over the highest value or the line. */
function domain(values: number[], threshold: number | undefined): [number, number] {
  const all = threshold === undefined ? values : [...values, threshold];
  if (!all.length) return [0, 1];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || Math.abs(hi) || 1;
  return [Math.max(0, lo - span * 0.15), hi + span * 0.15];
}

/** The line through the points, broken where a period has no value. */
function linePath(points: ComplianceTrendPoint[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  points.forEach((p, i) => {
    if (p.value === null) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)} `;
    pen = true;
  });
  return d;
}

/**
 * A cell's trend (last 12 months, 4 quarters or 5 years) as a line in plain SVG — no chart library (the admin's
 * bundle budget, as components/BarChart): one point per period in its status colour and shape, a gap where a
 * period has no value, the line the indicator must meet dashed, each period and value written out. Screen readers
 * get the chart's name and one <title> per point; the table under the chart has the same figures.
 */
export function TrendChart({
  points,
  format,
  threshold,
  thresholdLabel,
  title,
  emptyLabel,
}: {
  points: ComplianceTrendPoint[];
  format: (value: number | null) => string;
  threshold?: number;
  thresholdLabel?: string;
  title: string;
  emptyLabel: string;
}) {
  const titleId = useId();
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const [min, max] = domain(values, threshold);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length > 1 ? (i * plotW) / (points.length - 1) : plotW / 2);
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min || 1)) * plotH;
  const d = linePath(points, x, y);
  // three ticks, fewer where two would read the same (a count's small range)
  const ticks = [min, (min + max) / 2, max].filter((tick, i, all) => all.findIndex((o) => format(o) === format(tick)) === i);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-labelledby={titleId}
      style={{ maxWidth: WIDTH, display: 'block', fontSize: 11 }}
      data-testid="compliance-trend"
    >
      <title id={titleId}>{title}</title>
      {ticks.map((tick, i) => (
        <g key={`tick-${i}`} aria-hidden="true">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#f0f0f0" />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fill="#595959">
            {format(tick)}
          </text>
        </g>
      ))}
      {threshold !== undefined && (
        <g aria-hidden="true">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(threshold)} y2={y(threshold)} stroke="#cf1322" strokeDasharray="5 4" strokeWidth={1.5} />
          <text x={WIDTH - PAD.right} y={y(threshold) - 5} textAnchor="end" fill="#a8071a">
            {thresholdLabel}
          </text>
        </g>
      )}
      <path d={d} fill="none" stroke="#1558b0" strokeWidth={2} aria-hidden="true" />
      {points.map((p, i) => {
        const s = STATUS_STYLE[p.status];
        const label = p.value === null ? emptyLabel : format(p.value);
        return (
          <g key={p.period} data-testid="trend-point">
            <title>{`${p.period}：${label}`}</title>
            {p.value !== null &&
              (p.status === 'red' ? (
                // red a square, amber a diamond, green a circle: the class by shape as well as colour
                <rect x={x(i) - 4.5} y={y(p.value) - 4.5} width={9} height={9} fill={s.stroke} />
              ) : p.status === 'amber' ? (
                <rect x={x(i) - 4} y={y(p.value) - 4} width={8} height={8} fill={s.stroke} transform={`rotate(45 ${x(i)} ${y(p.value)})`} />
              ) : (
                <circle cx={x(i)} cy={y(p.value)} r={4.5} fill={s.stroke} />
              ))}
            <text x={x(i)} y={HEIGHT - PAD.bottom + 16} textAnchor="middle" fill="#262626">
              {p.period}
            </text>
            <text x={x(i)} y={HEIGHT - PAD.bottom + 30} textAnchor="middle" fill="#595959">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A headline's sparkline: the trend's shape only (the figures are beside it), its last point in its status colour. */
export function Sparkline({ points, label }: { points: ComplianceTrendPoint[]; label: string }) {
  const w = 120;
  const h = 32;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const [min, max] = domain(values, undefined);
  const x = (i: number) => 2 + (points.length > 1 ? (i * (w - 4)) / (points.length - 1) : (w - 4) / 2);
  const y = (v: number) => h - 3 - ((v - min) / (max - min || 1)) * (h - 6);
  const d = linePath(points, x, y);
  const lastIndex = points.length - 1;
  const last = points[lastIndex];
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={label} data-testid="compliance-sparkline">
      <path d={d} fill="none" stroke="#1558b0" strokeWidth={1.5} />
      {last && last.value !== null && <circle cx={x(lastIndex)} cy={y(last.value)} r={3} fill={STATUS_STYLE[last.status].stroke} />}
    </svg>
  );
}
