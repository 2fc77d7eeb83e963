import { EntityManager, In } from 'typeorm';
import {
  chinaDate,
  REPORTING_DUTY_CATALOGUE,
  ReportingDueRules,
  reportingDueRuleFor,
  regionLevelOf,
  reportingDueOn,
  ReportingDuty,
  reportingPeriodYear,
  reportingTimeliness,
} from '@yibao/shared';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { tableOf, upsertRows } from '../../../database/insert-many';
import { ReportingDueRuleSet } from '../reporting-due-rules/reporting-due-rule-set.entity';
import { ResponsibilityTable } from '../responsibility-tables/responsibility-table.entity';
import { ReportingTask } from './reporting-task.entity';

/** One expected task: a duty, its filer and its period. */
export interface ReportingTaskKey {
  duty: ReportingDuty;
  regionCode: string;
  period: string;
}

const COLUMNS = ['duty', 'regionCode', 'period', 'dueOn', 'dueSource', 'version'] as const;

type ApprovedDueRules = Map<string, ReportingDueRules['rules']>;

/** The approved due rules of the years asked, by year and by the province or city that set them. */
async function approvedDueRules(em: EntityManager, years: readonly number[]): Promise<Map<number, ApprovedDueRules>> {
  const byYear = new Map<number, ApprovedDueRules>(years.map((y) => [y, new Map()]));
  if (!years.length) return byYear;
  const sets = await em.find(ReportingDueRuleSet, {
    where: { year: In([...new Set(years)]) },
    select: { regionCode: true, year: true, approvedDocument: true },
  });
  for (const set of sets) if (set.approvedDocument) byYear.get(set.year)!.set(set.regionCode, (JSON.parse(set.approvedDocument) as ReportingDueRules).rules);
  return byYear;
}

/**
 * Inserts the tasks not there yet, dated by the nearest region's approved rule for their year (the catalogue's
 * default without one); an existing one is left as it is (its due date was fixed when it was generated, or moved
 * by an approval: `redatePendingReportingTasks`). Idempotent on the unique index (duty, region, period), so two
 * writers racing both succeed.
 */
export async function ensureReportingTasks(em: EntityManager, keys: readonly ReportingTaskKey[]): Promise<void> {
  if (!keys.length) return;
  const rules = await approvedDueRules(em, [...new Set(keys.map((k) => reportingPeriodYear(k.period)))]);
  const rows = keys.map((k) => {
    const rule = reportingDueRuleFor(k.duty, k.regionCode, rules.get(reportingPeriodYear(k.period))!);
    return [k.duty, k.regionCode, k.period, reportingDueOn(rule, k.period), rule.source.slice(0, 255), 1];
  });
  // the no-op update makes a present row a success, not a duplicate-key error, on both dialects
  await upsertRows(em, tableOf(em, ReportingTask), COLUMNS, rows, ['duty', 'regionCode', 'period'], { duty: 'OLD(duty)' });
}

/**
 * The one hook by which the product's own records fulfil a reporting task (a responsibility table's first
 * submission, a roster import that succeeded, a published bulletin), called in the transaction of that state
 * change. The first receipt counts: a task already received keeps its time and its record. A region that
 * does not file the duty (a city importing a roster) fulfils nothing.
 */
export async function receiveReportingTask(
  em: EntityManager,
  key: ReportingTaskKey,
  by: { resource: string; id: number } | null,
  at: Date,
  submittedById: number | null = null,
): Promise<void> {
  const def = REPORTING_DUTY_CATALOGUE[key.duty];
  if (!(def.filers as readonly string[]).includes(regionLevelOf(key.regionCode))) return;
  await ensureReportingTasks(em, [key]);
  const task = await em.findOneByOrFail(ReportingTask, { duty: key.duty, regionCode: key.regionCode, period: key.period });
  if (task.receivedAt) return;
  const { daysLate } = reportingTimeliness(task.dueOn, at, at);
  await em
    .createQueryBuilder()
    .update(ReportingTask)
    .set({
      receivedAt: at,
      onTime: daysLate === 0,
      daysLate,
      fulfilledByResource: by?.resource ?? null,
      fulfilledById: by?.id ?? null,
      submittedById,
      version: () => 'version + 1',
    })
    .where('id = :id AND receivedAt IS NULL', { id: task.id })
    .execute();
}

/** The rule a region's own tasks of a duty would follow in a year (its level's default for the units below it). */
export async function reportingDueRuleOf(em: EntityManager, duty: ReportingDuty, regionCode: string, year: number) {
  return reportingDueRuleFor(duty, regionCode, (await approvedDueRules(em, [year])).get(year)!);
}

/**
 * The due date and its source of a duty's tasks for some filers and a period, generated if need be: the one value
 * a product record with its own due date (a responsibility table) takes from its task.
 */
export async function reportingTaskDueDates(
  em: EntityManager,
  duty: ReportingDuty,
  regionCodes: readonly string[],
  period: string,
): Promise<Map<string, { dueOn: string; dueSource: string }>> {
  if (!regionCodes.length) return new Map();
  await ensureReportingTasks(
    em,
    regionCodes.map((regionCode) => ({ duty, regionCode, period })),
  );
  const tasks = await em.find(ReportingTask, {
    where: { duty, period, regionCode: In([...regionCodes]) },
    select: { regionCode: true, dueOn: true, dueSource: true },
  });
  return new Map(tasks.map((t) => [t.regionCode, { dueOn: t.dueOn, dueSource: t.dueSource }]));
}

/**
 * An approved change of a year's due rules re-dates the tasks of that year in the setter's subtree that are still
 * pending: not received and not yet due (China date). A deadline already passed stays passed — an overdue task
 * is not excused, nor is a task on time made overdue by a rule approved after the fact — and a new date already
 * past is not applied. Received tasks keep theirs (their timeliness was judged at receipt). An unfiled
 * responsibility table keeps its due date one value with its task's.
 */
export async function redatePendingReportingTasks(em: EntityManager, set: { regionCode: string; year: number; document: string }): Promise<number> {
  const today = chinaDate(new Date());
  const rules = (await approvedDueRules(em, [set.year])).get(set.year)!;
  rules.set(set.regionCode, (JSON.parse(set.document) as ReportingDueRules).rules);
  const pending = await scopeQuery(em.createQueryBuilder(ReportingTask, 't'), RegionScope.of(set.regionCode))
    .andWhere('t.period LIKE :year AND t.receivedAt IS NULL AND t.dueOn >= :today', { year: `${set.year}%`, today })
    .getMany();
  const moves = new Map<string, { dueOn: string; dueSource: string; ids: number[] }>();
  for (const t of pending) {
    const rule = reportingDueRuleFor(t.duty as ReportingDuty, t.regionCode, rules);
    const dueOn = reportingDueOn(rule, t.period);
    const dueSource = rule.source.slice(0, 255);
    if (dueOn < today || (dueOn === t.dueOn && dueSource === t.dueSource)) continue;
    const key = `${dueOn}|${dueSource}`;
    if (!moves.has(key)) moves.set(key, { dueOn, dueSource, ids: [] });
    moves.get(key)!.ids.push(t.id);
    if (t.duty === 'responsibility_table')
      await em
        .createQueryBuilder()
        .update(ResponsibilityTable)
        .set({ dueDate: dueOn })
        .where('regionCode = :region AND year = :year AND firstSubmittedAt IS NULL', { region: t.regionCode, year: set.year })
        .execute();
  }
  for (const move of moves.values())
    for (let i = 0; i < move.ids.length; i += 500)
      await em
        .createQueryBuilder()
        .update(ReportingTask)
        .set({ dueOn: move.dueOn, dueSource: move.dueSource, version: () => 'version + 1' })
        .where('id IN (:...ids) AND receivedAt IS NULL', { ids: move.ids.slice(i, i + 500) })
        .execute();
  return [...moves.values()].reduce((n, m) => n + m.ids.length, 0);
}
