/**
 * 报送任务 (DOMAIN §5): the duty catalogue — who files each report, for which period, by when, and the clause
 * that asks for it — and the pure period and due-date rules the API generates and judges tasks with.
 */
import { addDays, daysBetween } from '../dates';
import type { RegionLevel } from '../regions';
import type { ReportingDuty } from './codes';
import { chinaDate, RESPONSIBILITY_TABLE_DUE } from './responsibility-tables';

/** How often a duty falls due: one task per month (`2026-10`), quarter (`2026-Q3`) or year (`2026`). */
export type ReportingPeriodKind = 'month' | 'quarter' | 'year';

/**
 * When a period's report is due, with its source: a fixed day of the period's year (`12-10`), or a number
 * of days after the period's last day. A parameter: `reportingDueOn` takes the rule, so a region's or a
 * year's own rule replaces the default without another code path.
 */
export type ReportingDueRule = { monthDay: string; source: string } | { daysAfterPeriodEnd: number; source: string };

export interface ReportingDutyDefinition {
  /** the region levels that file it (each region of the level is expected to) */
  filers: readonly Extract<RegionLevel, 'province' | 'city' | 'county'>[];
  period: ReportingPeriodKind;
  /** the default due rule */
  due: ReportingDueRule;
  /** the clause that asks for the report */
  clause: string;
  /** fulfilled by the product's own records (the resource whose state change receives it), or by a submission with attachments */
  fulfilledBy: 'enrollment-bulletin' | 'responsibility-tables' | 'roster-imports' | 'submission';
}

/** Marks a due rule the sources do not fix: a working value, not a policy (as the demo parameters say). */
const EXAMPLE = '示例取值，非政策规定';

export const REPORTING_DUTY_CATALOGUE: Readonly<Record<ReportingDuty, ReportingDutyDefinition>> = {
  monthly_bulletin: {
    filers: ['province'],
    period: 'month',
    due: { daysAfterPeriodEnd: 15, source: `S1 §一(二) 建立月通报制度（每月通报，未定日期；次月15日前为${EXAMPLE}）` },
    clause: 'S1 §一(二)',
    fulfilledBy: 'enrollment-bulletin',
  },
  quarterly_statistics: {
    filers: ['city', 'county'],
    period: 'quarter',
    due: { daysAfterPeriodEnd: 15, source: `S0 §四 定期（按季度）调度和统计制度（具体要求另行通知；季后15日前为${EXAMPLE}）` },
    clause: 'S0 §四',
    fulfilledBy: 'submission',
  },
  annual_report: {
    filers: ['province'],
    period: 'year',
    due: { monthDay: '12-10', source: 'S4 §八 每年12月10日前向国家医疗保障局书面报告医保扶贫重点工作完成情况' },
    clause: 'S4 §八',
    fulfilledBy: 'submission',
  },
  responsibility_table: {
    filers: ['city', 'county'],
    period: 'year',
    // the table's own due date: one parameter, read by the table and by its reporting task
    due: { monthDay: RESPONSIBILITY_TABLE_DUE.monthDay, source: RESPONSIBILITY_TABLE_DUE.source },
    clause: 'S0 §四',
    fulfilledBy: 'responsibility-tables',
  },
  roster_comparison: {
    filers: ['county'],
    period: 'month',
    due: { daysAfterPeriodEnd: 10, source: `S0 §三(二) 按月比对（S1 §一(一) 每月上旬推送比对结果；次月10日前为${EXAMPLE}）` },
    clause: 'S0 §三(二)',
    fulfilledBy: 'roster-imports',
  },
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
const PATTERNS: Record<ReportingPeriodKind, RegExp> = { month: MONTH, quarter: QUARTER, year: YEAR };

/** The kind of a period written `2026-10`, `2026-Q3` or `2026`, or null for anything else. */
export function reportingPeriodKind(period: string): ReportingPeriodKind | null {
  for (const kind of ['month', 'quarter', 'year'] as const) if (PATTERNS[kind].test(period)) return kind;
  return null;
}

/** Every period of a kind in a year, in order. */
export function reportingPeriodsOf(kind: ReportingPeriodKind, year: number): string[] {
  if (kind === 'year') return [String(year)];
  if (kind === 'quarter') return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The year a period belongs to. */
export function reportingPeriodYear(period: string): number {
  return Number(period.slice(0, 4));
}

/** The last calendar day of a period. */
export function reportingPeriodEnd(period: string): string {
  const year = reportingPeriodYear(period);
  const kind = reportingPeriodKind(period);
  if (!kind) throw new Error(`not a reporting period: ${period}`);
  const lastMonth = kind === 'year' ? 12 : kind === 'quarter' ? Number(QUARTER.exec(period)![2]) * 3 : Number(MONTH.exec(period)![2]);
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

/** The due date of a period's report under a rule (a fixed day falls in the period's year). */
export function reportingDueOn(rule: ReportingDueRule, period: string): string {
  if ('monthDay' in rule) return `${reportingPeriodYear(period)}-${rule.monthDay}`;
  return addDays(reportingPeriodEnd(period), rule.daysAfterPeriodEnd);
}

/** The tasks a filer of a region level is expected to file in a year: every duty it files × every period. */
export function expectedReportingTasks(level: RegionLevel, year: number): Array<{ duty: ReportingDuty; period: string }> {
  const out: Array<{ duty: ReportingDuty; period: string }> = [];
  for (const [duty, def] of Object.entries(REPORTING_DUTY_CATALOGUE) as [ReportingDuty, ReportingDutyDefinition][]) {
    if (!(def.filers as readonly string[]).includes(level)) continue;
    for (const period of reportingPeriodsOf(def.period, year)) out.push({ duty, period });
  }
  return out;
}

/**
 * A receipt judged against its due date in China time: on time when received on or before the due day;
 * otherwise the whole days late. Not received: not on time, and late by the days since the due day once it passed.
 */
export function reportingTimeliness(dueOn: string, receivedAt: Date | string | null, now: Date | string): { onTime: boolean | null; daysLate: number } {
  const day = chinaDate(receivedAt ?? now);
  const late = Math.max(0, daysBetween(dueOn, day));
  return { onTime: receivedAt ? late === 0 : null, daysLate: late };
}

/** Received; or not, and overdue once the due day (China time) has passed; else pending. */
export function reportingTaskState(dueOn: string, receivedAt: Date | string | null, now: Date | string): 'pending' | 'overdue' | 'received' {
  if (receivedAt) return 'received';
  return chinaDate(now) > dueOn ? 'overdue' : 'pending';
}
