import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { BulletinFigures, BulletinRow, can, chinaDate, COUNTY_CODE_LENGTH, ENROLLMENT_TARGETS, EnrollmentBulletin, monthEnd } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { assertActsAt } from '../../../common/record-access';
import { inTransaction } from '../../../database/data-source';
import { insertMany } from '../../../database/insert-many';
import { requestedRegion, RegionScope, scopeQuery } from '../../../common/region-scope';
import { sendWorkbook } from '../../../common/xlsx';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { Counts, countsByCounty, pick, rollUp, withRate, zeroCounts } from '../enrollment-counts/county-rates';
import { receiveReportingTask } from '../../supervision';
import { VerificationTask } from '../verification-tasks/verification-task.entity';
import { PublishedBulletinLine } from './published-bulletin-line.entity';
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
    const level = region.level;
    if (level !== 'province' && level !== 'city' && level !== 'county') {
      throw fieldError('regionCode', '月通报按省、市或县生成 (a province, city or county code)');
    }
    return (await this.published(region, month)) ?? this.computed(region, month);
  }

  /** The month's bulletin as the province published it (the region's part of it), or null while it is not. */
  private async published(region: RegionScope, month: string): Promise<EnrollmentBulletin | null> {
    const repo = this.ds.getRepository(PublishedBulletinLine);
    const own = await repo.findOneBy({ month, regionCode: region.regionCode });
    if (!own) return null;
    const lines = await scopeQuery(repo.createQueryBuilder('l'), region).andWhere('l.month = :month', { month }).getMany();
    const figures = (l: PublishedBulletinLine) => JSON.parse(l.figures) as BulletinFigures;
    // the live bulletin's order: a province's cities each followed by its counties; a city's counties; a county's own line
    const rows: BulletinRow[] = lines
      .filter((l) => l.level !== 'province' && (l.regionCode !== region.regionCode || region.level === 'county'))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode))
      .map((l) => ({ ...figures(l), level: l.level as BulletinRow['level'] }));
    const total = figures(own);
    const publishedAt = new Date(own.publishedAt).toISOString();
    return {
      regionCode: region.regionCode,
      regionName: total.regionName,
      month,
      year: Number(month.slice(0, 4)),
      target: BULLETIN_TARGET,
      generatedAt: publishedAt,
      generatedOn: chinaDate(own.publishedAt),
      publishedAt,
      rows,
      total,
    };
  }

  private async computed(region: RegionScope, month: string): Promise<EnrollmentBulletin> {
    const parent = region.regionCode;
    const level = region.level;
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
      publishedAt: null,
      rows,
      total: figures(parent, total),
    };
  }

  /**
   * 发布月通报 (S1 §一(二)): the province freezes the month's figures — its total, every city's and county's line
   * as computed now — so the published bulletin never changes afterwards, and its monthly_bulletin reporting task
   * is received, in one transaction. A month is published once (409 after), after it has ended.
   */
  async publish(actor: Actor, regionCode: string, month: string): Promise<EnrollmentBulletin> {
    const region = requestedRegion(actor, regionCode);
    if (region.level !== 'province') throw fieldError('regionCode', '月通报由省级医保部门发布 (the province publishes the bulletin)');
    assertActsAt(actor, region.regionCode, {
      roles: ['province_supervisor'],
      message: '只能由本省发布月通报 (only the province itself publishes its bulletin)',
    });
    if (month >= chinaDate(new Date()).slice(0, 7)) throw fieldError('month', '只能发布已结束月份的通报 (only a month that has ended)');
    const alreadyPublished = () =>
      new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `${month} 月通报已发布，不能重复发布 (this month's bulletin is already published)`,
        details: { reason: 'duplicate' },
      });
    const repo = this.ds.getRepository(PublishedBulletinLine);
    if (await repo.findOneBy({ month, regionCode: region.regionCode })) throw alreadyPublished();
    const b = await this.computed(region, month);
    const now = new Date();
    const line = (regionCode: string, level: string, figures: BulletinFigures) => ({
      month,
      regionCode,
      level,
      figures: JSON.stringify(figures),
      publishedBy: region.regionCode,
      publishedAt: now,
      publishedById: actor.userId,
    });
    await inTransaction(this.ds, async (em) => {
      // the unique (month, region) index refuses a second publication racing this one
      if (await em.findOneBy(PublishedBulletinLine, { month, regionCode: region.regionCode })) throw alreadyPublished();
      const total = await em.save(em.create(PublishedBulletinLine, line(region.regionCode, 'province', b.total)));
      await insertMany(
        em,
        PublishedBulletinLine,
        b.rows.map(({ level, ...figures }) => line(figures.regionCode, level, figures)),
      );
      await receiveReportingTask(
        em,
        { duty: 'monthly_bulletin', regionCode: region.regionCode, period: month },
        { resource: 'enrollment-bulletin', id: total.id },
        now,
      );
      await this.audit.append(em, actor, {
        action: 'publish',
        resource: 'enrollment-bulletin',
        resourceId: region.regionCode,
        after: { month, rows: b.rows.length, persons: b.total.persons, enrolled: b.total.enrolled },
      });
    });
    return (await this.published(region, month))!;
  }

  /** The bulletin as the workbook a bureau files: title, region and month, one row per city/county. */
  async sendBulletin(actor: Actor, regionCode: string | undefined, month: string, res: Response): Promise<void> {
    if (!can(actor.role, 'enrollment-bulletin', 'export')) throw new ForbiddenException('您没有导出月通报的权限 (no export permission)');
    const b = await this.bulletin(actor, regionCode, month);
    await this.audit.record(actor, { action: 'export', resource: 'enrollment-bulletin', resourceId: b.regionCode, after: { month, rows: b.rows.length } });
    await sendWorkbook(res, `${bulletinTitle(b)}.xlsx`, (wb) => bulletinWorkbook(wb, b));
  }
}
