/**
 * 报送任务 (DOMAIN §5): the duty catalogue — who files each report, for which period, by when, and the clause
 * that asks for it — and the pure period and due-date rules the API generates and judges tasks with.
 */
import { addDays, daysBetween, isCalendarDate } from '../dates';
import { type FieldProblem, isPlainObject, unknownKeyProblems } from '../documents';
import { parentRegionCodeOf, type RegionLevel, regionLevelOf, REGION_CODE_PATTERN } from '../regions';
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

/**
 * A year's due rules of a province or a city (the parameter set `reporting-due-rules`: drafted by the unit, approved
 * by the province), per duty, each with its source. A province's rules are its own duties' and the default of every
 * unit below it; a city's are its own and its counties'. A duty without a rule keeps the nearest default.
 */
export interface ReportingDueRules {
  regionCode: string;
  year: number;
  rules: Partial<Record<ReportingDuty, ReportingDueRule>>;
}

/** Bounds of a due rule: within three months of the period's end; a source a task can store (its `dueSource` column). */
export const REPORTING_DUE_DAYS_MAX = 90;
export const REPORTING_DUE_SOURCE_MAX = 255;

/** The duties a province or city sets rules for: those it or a unit below it files (a city cannot set the province's bulletin). */
export function reportingDutiesRuledBy(regionCode: string): ReportingDuty[] {
  const level = regionLevelOf(regionCode);
  const below: readonly RegionLevel[] = level === 'province' ? ['province', 'city', 'county'] : level === 'city' ? ['city', 'county'] : [];
  return (Object.keys(REPORTING_DUTY_CATALOGUE) as ReportingDuty[]).filter((duty) => REPORTING_DUTY_CATALOGUE[duty].filers.some((f) => below.includes(f)));
}

/**
 * The whole check of a due-rules document: a province or city code and a year; per duty the unit may rule, exactly
 * one of `monthDay` (a real day of that year, for a yearly duty only: a fixed day cannot serve every month) or
 * `daysAfterPeriodEnd` (whole days, 0–90), and a source (required, at most 255 characters). Fields are dotted paths.
 */
export function validateReportingDueRules(value: unknown): FieldProblem[] {
  if (!isPlainObject(value)) return [{ field: '', message: '须为报送时限规则对象 (a due-rules object)' }];
  const problems = unknownKeyProblems(value, ['regionCode', 'year', 'rules'], '');
  const { regionCode, year, rules } = value;
  const ruler = typeof regionCode === 'string' && REGION_CODE_PATTERN.test(regionCode) && ['province', 'city'].includes(regionLevelOf(regionCode));
  if (!ruler) problems.push({ field: 'regionCode', message: '须为省或市的行政区划代码 (a province or city code)' });
  if (!Number.isSafeInteger(year) || (year as number) < 2019 || (year as number) > 2100)
    problems.push({ field: 'year', message: '须为 2019–2100 的年份 (a year, 2019–2100)' });
  if (!isPlainObject(rules)) return [...problems, { field: 'rules', message: '须为 {任务代码: 规则} 对象 (an object of rules by duty)' }];
  const ruled: readonly string[] = ruler ? reportingDutiesRuledBy(regionCode as string) : Object.keys(REPORTING_DUTY_CATALOGUE);
  for (const [duty, rule] of Object.entries(rules)) {
    const field = `rules.${duty}`;
    if (!ruled.includes(duty)) {
      problems.push({ field, message: `本级不能设置此项报送任务的时限，可设置：${ruled.join('、')} (not a duty this unit sets)` });
      continue;
    }
    if (!isPlainObject(rule)) {
      problems.push({ field, message: '须为 {monthDay 或 daysAfterPeriodEnd, source} (a rule)' });
      continue;
    }
    problems.push(...unknownKeyProblems(rule, ['monthDay', 'daysAfterPeriodEnd', 'source'], field));
    const yearly = REPORTING_DUTY_CATALOGUE[duty as ReportingDuty].period === 'year';
    if ('monthDay' in rule === 'daysAfterPeriodEnd' in rule) {
      problems.push({
        field,
        message: '须且只能设置 monthDay（固定日期）或 daysAfterPeriodEnd（期末后天数）之一 (exactly one of monthDay, daysAfterPeriodEnd)',
      });
    } else if ('monthDay' in rule) {
      if (!yearly)
        problems.push({ field: `${field}.monthDay`, message: '按月、按季报送只能按期末后天数设置 (a monthly or quarterly duty is due days after its period)' });
      else if (
        typeof rule.monthDay !== 'string' ||
        !/^\d{2}-\d{2}$/.test(rule.monthDay) ||
        !isCalendarDate(`${Number.isSafeInteger(year) ? year : 2026}-${rule.monthDay}`)
      )
        problems.push({ field: `${field}.monthDay`, message: '须为该年度的有效日期 MM-DD (a real day of the year, MM-DD)' });
    } else if (
      !Number.isSafeInteger(rule.daysAfterPeriodEnd) ||
      (rule.daysAfterPeriodEnd as number) < 0 ||
      (rule.daysAfterPeriodEnd as number) > REPORTING_DUE_DAYS_MAX
    ) {
      problems.push({ field: `${field}.daysAfterPeriodEnd`, message: `须为 0–${REPORTING_DUE_DAYS_MAX} 的整数天 (whole days, 0–${REPORTING_DUE_DAYS_MAX})` });
    }
    if (typeof rule.source !== 'string' || !rule.source.trim()) problems.push({ field: `${field}.source`, message: '须注明依据文件 (cite the source)' });
    else if (rule.source.length > REPORTING_DUE_SOURCE_MAX)
      problems.push({ field: `${field}.source`, message: `依据文件不超过 ${REPORTING_DUE_SOURCE_MAX} 字 (at most ${REPORTING_DUE_SOURCE_MAX} characters)` });
  }
  return problems;
}

/**
 * The rule a filing unit's task of a duty follows: the nearest region's approved rule — its own (a province or city
 * filing), its city's, its province's — else the catalogue's default. `approved` maps a region code to the rules of
 * its approved set for the task's year.
 */
export function reportingDueRuleFor(duty: ReportingDuty, filerRegionCode: string, approved: ReadonlyMap<string, ReportingDueRules['rules']>): ReportingDueRule {
  for (let code: string | null = filerRegionCode; code; code = parentRegionCodeOf(code)) {
    const rule = approved.get(code)?.[duty];
    if (rule) return rule;
  }
  return REPORTING_DUTY_CATALOGUE[duty].due;
}
