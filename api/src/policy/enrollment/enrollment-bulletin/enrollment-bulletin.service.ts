import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { BulletinRow, can, chinaDate, COUNTY_CODE_LENGTH, ENROLLMENT_TARGETS, EnrollmentBulletin, monthEnd } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { requestedRegion, RegionScope, scopeQuery } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { Counts, countsByCounty, pick, rollUp, withRate, zeroCounts } from '../enrollment-counts/county-rates';
import { VerificationTask } from '../verification-tasks/verification-task.entity';
import { bulletinTitle, bulletinWorkbook } from './enrollment-bulletin.workbook';

interface TaskCounts {
  tasksOpened: number;
  tasksClosed: number;
  tasksOverdue: number;
}

/** The bulletin's yardstick: 农村低收入人口参保率稳定在99%以上 (the overall line the province reads). */
const BULLETIN_TARGET = ENROLLMENT_TARGETS.rural_low_income!;

/**
 * 月通报 (the monthly bulletin): the month's rates by city and county from the same aggregation as the
 * rates, with the month's verification work beside them.
 */
@Injectable()
export class EnrollmentBulletinService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
  ) {}

  /** Verification tasks per county: opened in the month, closed in it, and overdue at its end. */
  private async taskCountsByCounty(region: RegionScope, month: string): Promise<Map<string, TaskCounts>> {
    const start = new Date(`${month}-01T00:00:00+08:00`);
    const end = new Date(`${monthEnd(month)}T23:59:59.999+08:00`);
    const rows: Array<{ county: string; opened: string | number | null; closed: string | number | null; overdue: string | number | null }> = await scopeQuery(
      this.ds.getRepository(VerificationTask).createQueryBuilder('t'),
      region,
    )
      .select(`SUBSTR(t.regionCode, 1, ${COUNTY_CODE_LENGTH})`, 'county')
      .addSelect('SUM(CASE WHEN t.month = :month THEN 1 ELSE 0 END)', 'opened')
      .addSelect('SUM(CASE WHEN t.closedAt >= :start AND t.closedAt <= :end THEN 1 ELSE 0 END)', 'closed')
      // still open at the month's end with the deadline passed by then (deadlines are Beijing dates)
      .addSelect('SUM(CASE WHEN t.deadline < :lastDay AND t.month <= :month AND (t.closedAt IS NULL OR t.closedAt > :end) THEN 1 ELSE 0 END)', 'overdue')
      .setParameters({ month, start, end, lastDay: monthEnd(month) })
      .groupBy('county')
      .getRawMany();
    return new Map(
      rows.map((r) => [r.county, { tasksOpened: Number(r.opened ?? 0), tasksClosed: Number(r.closed ?? 0), tasksOverdue: Number(r.overdue ?? 0) }]),
    );
  }

  /**
   * 月通报: the month's rates by city and county of the region (a province lists its cities, each followed
   * by its counties; a city its counties; a county its own row — the province's bulletin lists every county
   * (S1 §一(二)), so a county reads its line of it), with the verification work of the month. Rates use the
   * ledger as it stands and the month's year of enrollment.
   */
  async bulletin(actor: Actor, regionCode: string | undefined, month: string): Promise<EnrollmentBulletin> {
    const region = requestedRegion(actor, regionCode);
    const parent = region.regionCode;
    const level = region.level;
    if (level !== 'province' && level !== 'city' && level !== 'county') {
      throw fieldError('regionCode', '月通报按省、市或县生成 (a province, city or county code)');
    }
    const year = Number(month.slice(0, 4));
    const counts = pick(await countsByCounty(this.ds, region, year), 'all');
    const tasks = await this.taskCountsByCounty(region, month);
    const zeroTasks = (): TaskCounts => ({ tasksOpened: 0, tasksClosed: 0, tasksOverdue: 0 });
    // a county's bulletin holds its own row even before its ledger has anyone
    const counties = new Set([...counts.keys(), ...tasks.keys(), ...(level === 'county' ? [parent] : [])]);
    const both = new Map([...counties].map((c) => [c, { ...(counts.get(c) ?? zeroCounts()), ...(tasks.get(c) ?? zeroTasks()) }]));
    const zero = () => ({ ...zeroCounts(), ...zeroTasks() });
    const cityTotals = level === 'province' ? rollUp(both, 4, zero) : new Map<string, Counts & TaskCounts>();
    const total = rollUp(both, region.scopePrefix.length, zero).get(parent) ?? zero();

    const codes = [parent, ...cityTotals.keys(), ...counties];
    const names = await this.regions.names(codes);
    const figures = (code: string, c: Counts & TaskCounts) => {
      const r = withRate(c);
      return {
        regionCode: code,
        regionName: names.get(code) ?? null,
        ...c,
        ...r,
        targetBp: BULLETIN_TARGET.targetBp,
        met: r.rateBp === null ? null : r.rateBp >= BULLETIN_TARGET.targetBp,
      };
    };
    const row = (code: string, rowLevel: 'city' | 'county', c: Counts & TaskCounts): BulletinRow => ({ ...figures(code, c), level: rowLevel });
    const rows: BulletinRow[] = [];
    const countyRows = [...counties].sort().map((c) => row(c, 'county', both.get(c)!));
    if (level === 'province') {
      for (const [city, c] of [...cityTotals].sort(([a], [b]) => a.localeCompare(b))) {
        rows.push(row(city, 'city', c), ...countyRows.filter((r) => r.regionCode.startsWith(city.slice(0, 4))));
      }
    } else {
      rows.push(...countyRows);
    }
    return {
      regionCode: parent,
      regionName: names.get(parent) ?? null,
      month,
      year,
      target: BULLETIN_TARGET,
      generatedAt: new Date().toISOString(),
      generatedOn: chinaDate(new Date()),
      rows,
      total: figures(parent, total),
    };
  }

  /** The bulletin as the workbook a bureau files: title, region and month, one row per city/county. */
  async sendBulletin(actor: Actor, regionCode: string | undefined, month: string, res: Response): Promise<void> {
    if (!can(actor.role, 'enrollment-bulletin', 'export')) throw new ForbiddenException('您没有导出月通报的权限 (no export permission)');
    const b = await this.bulletin(actor, regionCode, month);
    await this.audit.record(actor, { action: 'export', resource: 'enrollment-bulletin', resourceId: b.regionCode, after: { month, rows: b.rows.length } });
    await sendWorkbook(res, `${bulletinTitle(b)}.xlsx`, (wb) => bulletinWorkbook(wb, b));
  }
}
