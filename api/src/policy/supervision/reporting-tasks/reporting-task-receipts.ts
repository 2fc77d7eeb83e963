import { EntityManager } from 'typeorm';
import { REPORTING_DUTY_CATALOGUE, regionLevelOf, reportingDueOn, ReportingDuty, reportingTimeliness } from '@yibao/shared';
import { tableOf, upsertRows } from '../../../database/insert-many';
import { ReportingTask } from './reporting-task.entity';

/** One expected task: a duty, its filer and its period. */
export interface ReportingTaskKey {
  duty: ReportingDuty;
  regionCode: string;
  period: string;
}

const COLUMNS = ['duty', 'regionCode', 'period', 'dueOn', 'dueSource', 'version'] as const;

/**
 * Inserts the tasks not there yet; an existing one is left as it is (its due date was fixed when it was
 * generated). Idempotent on the unique index (duty, region, period), so two writers racing both succeed.
 */
export async function ensureReportingTasks(em: EntityManager, keys: readonly ReportingTaskKey[]): Promise<void> {
  const rows = keys.map((k) => {
    const rule = REPORTING_DUTY_CATALOGUE[k.duty].due;
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
