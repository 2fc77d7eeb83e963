import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { childCodeLength, ReportingDuty, reportingPeriodKind, reportingPeriodYear, ReportingRateItem, ReportingRates } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { requestedRegion, scopeQuery } from '../../../common/region-scope';
import { RegionsService } from '../../../platform/regions/regions.service';
import { ReportingTask } from '../reporting-tasks/reporting-task.entity';
import { ReportingTasksService } from '../reporting-tasks/reporting-tasks.service';

const share = (part: number, whole: number) => (whole ? part / whole : null);

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
    const qb = scopeQuery(this.ds.getRepository(ReportingTask).createQueryBuilder('t'), region)
      .select(`SUBSTR(t.regionCode, 1, ${length})`, 'child')
      .addSelect('COUNT(*)', 'expected')
      .addSelect('SUM(CASE WHEN t.receivedAt IS NOT NULL THEN 1 ELSE 0 END)', 'received')
      .addSelect('SUM(CASE WHEN t.receivedAt IS NOT NULL AND t.onTime = :onTime THEN 1 ELSE 0 END)', 'onTime')
      .setParameter('onTime', true)
      .groupBy('child')
      .orderBy('child', 'ASC');
    if (reportingPeriodKind(q.period) === 'year') qb.andWhere('t.period LIKE :year', { year: `${q.period}%` });
    else qb.andWhere('t.period = :period', { period: q.period });
    if (q.duty) qb.andWhere('t.duty = :duty', { duty: q.duty });
    const rows: Array<{ child: string; expected: string | number; received: string | number | null; onTime: string | number | null }> = await qb.getRawMany();
    const items: ReportingRateItem[] = rows.map((r) => {
      const expected = Number(r.expected);
      const received = Number(r.received ?? 0);
      const onTime = Number(r.onTime ?? 0);
      return {
        regionCode: r.child.padEnd(6, '0'),
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
