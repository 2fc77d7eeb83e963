import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { childCodeLength, ReportingDuty, reportingPeriodYear, ReportingRateItem, ReportingRates } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { RegionScope, requestedRegion, scopeQuery } from '../../../common/region-scope';
import { RegionsService } from '../../../platform/regions/regions.service';
import { ReportingTask } from '../reporting-tasks/reporting-task.entity';
import { reportingRatePeriodSql, ReportingTasksService } from '../reporting-tasks/reporting-tasks.service';

const share = (part: number, whole: number) => (whole ? part / whole : null);

/** One group's reporting-rate counts: tasks expected, received, received on time. */
export interface ReportingRateCounts {
  group: string;
  expected: number;
  received: number;
  onTime: number;
}

/**
 * The reporting-rate counts (DHIS2's expected / actual / on time) of the tasks of `period` in a region's subtree —
 * a year takes every month and quarter in it — of some duties (all when omitted), grouped by `group` (an SQL
 * expression over `t.regionCode`): the reporting-rates report and the compliance view's SUP-2 and SUP-3 both count
 * here. One grouped query; the caller has generated the period's tasks.
 */
export async function reportingRateCounts(
  em: EntityManager,
  scope: RegionScope,
  q: { period: string; duties?: readonly ReportingDuty[] },
  group: string,
): Promise<ReportingRateCounts[]> {
  const qb = scopeQuery(em.getRepository(ReportingTask).createQueryBuilder('t'), scope)
    .select(group, 'grp')
    .addSelect('COUNT(*)', 'expected')
    .addSelect('SUM(CASE WHEN t.receivedAt IS NOT NULL THEN 1 ELSE 0 END)', 'received')
    .addSelect('SUM(CASE WHEN t.receivedAt IS NOT NULL AND t.onTime = :onTime THEN 1 ELSE 0 END)', 'onTime')
    .setParameter('onTime', true)
    .groupBy('grp')
    .orderBy('grp', 'ASC');
  const period = reportingRatePeriodSql('t', 'period', q.period);
  qb.andWhere(period.sql, period.params);
  if (q.duties) qb.andWhere('t.duty IN (:...duties)', { duties: q.duties.length ? [...q.duties] : [''] });
  const rows: Array<{ grp: string; expected: string | number; received: string | number | null; onTime: string | number | null }> = await qb.getRawMany();
  return rows.map((r) => ({ group: String(r.grp), expected: Number(r.expected), received: Number(r.received ?? 0), onTime: Number(r.onTime ?? 0) }));
}

/**
 * 报送率 (DHIS2's reporting-rate summary) per child region: completeness = received ÷ expected, timeliness =
 * received on time ÷ expected, over the tasks of a duty (or every duty) in a period — a year takes every
 * month and quarter in it. One grouped query in the requested region's scope.
 */
@Injectable()
export class ReportingRatesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly tasks: ReportingTasksService,
  ) {}

  async rates(actor: Actor, q: { duty?: ReportingDuty; period: string; regionCode?: string }): Promise<ReportingRates> {
    const region = requestedRegion(actor, q.regionCode);
    await this.tasks.generateYear(reportingPeriodYear(q.period), region);
    // children: cities of a province, counties of a city; a region's own tasks (the province's bulletin) group
    // under its own code (`4500` → 450000), a county's under itself
    const length = childCodeLength(region.regionCode);
    const rows = await reportingRateCounts(
      this.ds.manager,
      region,
      { period: q.period, duties: q.duty ? [q.duty] : undefined },
      `SUBSTR(t.regionCode, 1, ${length})`,
    );
    const items: ReportingRateItem[] = rows.map((r) => {
      const { expected, received, onTime } = r;
      return {
        regionCode: r.group.padEnd(6, '0'),
        regionName: null,
        expected,
        received,
        onTime,
        completeness: share(received, expected),
        timeliness: share(onTime, expected),
      };
    });
    const names = await this.regions.names(items.map((i) => i.regionCode));
    for (const i of items) i.regionName = names.get(i.regionCode) ?? null;
    return { regionCode: region.regionCode, duty: q.duty ?? null, period: q.period, items };
  }
}
