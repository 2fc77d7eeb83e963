/**
 * A compliance period (issue 18): a month `2026-10`, a quarter `2026-Q3` or a year `2026` — the scorecard's column of
 * time. Every indicator counts the records whose date falls in [from, to] (both inclusive, China dates).
 */
export type CompliancePeriodKind = 'month' | 'quarter' | 'year';

export interface CompliancePeriod {
  /** the canonical text, as the API takes and answers it */
  period: string;
  kind: CompliancePeriodKind;
  year: number;
  /** first day, YYYY-MM-DD */
  from: string;
  /** last day, YYYY-MM-DD (inclusive) */
  to: string;
}

/** The years a period may name: earlier than the programme's data or far in the future is a typo (a trend may read five years back from 2019). */
export const COMPLIANCE_PERIOD_YEARS = { min: 2000, max: 2100 } as const;
export const COMPLIANCE_PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthsPeriod(kind: CompliancePeriodKind, year: number, firstMonth: number, months: number, text: string): CompliancePeriod {
  const lastMonth = firstMonth + months - 1;
  return { period: text, kind, year, from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}` };
}

/** Parses `2026-10`, `2026-Q3` or `2026`; null for anything else (the API answers 400 naming `period`). */
export function parseCompliancePeriod(text: unknown): CompliancePeriod | null {
  if (typeof text !== 'string') return null;
  const m = COMPLIANCE_PERIOD_PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < COMPLIANCE_PERIOD_YEARS.min || year > COMPLIANCE_PERIOD_YEARS.max) return null;
  if (m[2]) return monthsPeriod('month', year, Number(m[2]), 1, text);
  if (m[3]) return monthsPeriod('quarter', year, (Number(m[3]) - 1) * 3 + 1, 3, text);
  return monthsPeriod('year', year, 1, 12, text);
}

/** The same kind of period `steps` back (−1 = the previous one): the arrow compares with −1, the trend reads back 11, 3 or 4. */
export function shiftCompliancePeriod(p: CompliancePeriod, steps: number): CompliancePeriod {
  if (p.kind === 'year') return parseCompliancePeriod(String(p.year + steps))!;
  const perYear = p.kind === 'month' ? 12 : 4;
  const index = p.year * perYear + (p.kind === 'month' ? Number(p.period.slice(5)) - 1 : Number(p.period.slice(6)) - 1) + steps;
  const year = Math.floor(index / perYear);
  const within = index - year * perYear + 1;
  return parseCompliancePeriod(p.kind === 'month' ? `${year}-${pad(within)}` : `${year}-Q${within}`)!;
}

/** How far back the explanation's trend reads (HISP: last 12 months, last 4 quarters, last 5 years; policy-modules §4.2). */
export const COMPLIANCE_TREND_LENGTH: Readonly<Record<CompliancePeriodKind, number>> = { month: 12, quarter: 4, year: 5 };

/** The trend's periods, oldest first, ending with `p` itself. */
export function compliancePeriodTrend(p: CompliancePeriod): CompliancePeriod[] {
  const n = COMPLIANCE_TREND_LENGTH[p.kind];
  return Array.from({ length: n }, (_, i) => shiftCompliancePeriod(p, i - n + 1));
}

/** The month a China date falls in, as a period (the nightly run keeps this one fresh). */
export function monthPeriodOf(date: string): CompliancePeriod {
  return parseCompliancePeriod(date.slice(0, 7))!;
}
