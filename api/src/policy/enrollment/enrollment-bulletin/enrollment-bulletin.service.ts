import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, In } from 'typeorm';
import {
  can,
  childCodeLength,
  decodeCategories,
  chinaDate,
  ENROLLMENT_TARGETS,
  IDENTITY_CATEGORIES,
  IDENTITY_CATEGORY_LABELS,
  IdentityCategory,
  monthEnd,
  regionLevelOf,
  regionScopePrefix,
} from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { fieldError } from '../../common/errors';
import { requestedRegion } from '../../common/region-scope';
import { sendWorkbook, THIN_BORDER } from '../../common/xlsx';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../../platform/audit-log/audit-log.service';
import { Region } from '../../platform/regions/region.entity';
import { enrollmentCountsByCounty } from './enrollment-counts';
import { VerificationTask } from './verification-task.entity';

/** Persons, valid exclusions and enrolled of one region; the rate follows (DOMAIN §2). */
interface Counts {
  persons: number;
  validExclusions: number;
  enrolled: number;
}

interface TaskCounts {
  tasksOpened: number;
  tasksClosed: number;
  tasksOverdue: number;
}

/** 参保率 = enrolled ÷ (persons − valid exclusions), in basis points rounded down; null without a denominator. */
function withRate(c: Counts) {
  const denominator = c.persons - c.validExclusions;
  return { ...c, notEnrolled: denominator - c.enrolled, rateBp: denominator > 0 ? Math.floor((c.enrolled * 10000) / denominator) : null };
}

const add = <T extends object>(into: T, from: T) => {
  for (const k of Object.keys(from) as (keyof T)[]) (into[k] as number) += from[k] as number;
  return into;
};

/** The bulletin's yardstick: 农村低收入人口参保率稳定在99%以上 (the overall line the province reads). */
const BULLETIN_TARGET = ENROLLMENT_TARGETS.rural_low_income!;

export interface BulletinRow extends Counts, TaskCounts {
  regionCode: string;
  regionName: string | null;
  level: 'city' | 'county';
  notEnrolled: number;
  rateBp: number | null;
  targetBp: number;
  met: boolean | null;
}

/**
 * Enrollment rates and the monthly bulletin (月通报). Both read one aggregation — active ledger entries
 * per county with their enrollment in the year — and roll it up to cities; nothing is counted twice.
 */
@Injectable()
export class EnrollmentReportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Active persons per county (6-digit code) under `prefix`: in total (key `all`) and per identity category,
   * from the kept counts by county × stored category set × enrollment state (`enrollment-counts.ts`),
   * expanded to categories here. A person in two categories counts in both, once in `all`.
   */
  private async countsByCounty(prefix: string, year: number): Promise<Map<string, Map<IdentityCategory | 'all', Counts>>> {
    const out = new Map<string, Map<IdentityCategory | 'all', Counts>>();
    for (const r of await enrollmentCountsByCounty(this.ds, prefix, year)) {
      const groups = out.get(r.county) ?? out.set(r.county, new Map()).get(r.county)!;
      for (const key of ['all' as const, ...decodeCategories(r.categories)]) {
        const c = groups.get(key) ?? groups.set(key, { persons: 0, validExclusions: 0, enrolled: 0 }).get(key)!;
        c.persons += r.n;
        if (r.state === 'enrolled') c.enrolled += r.n;
        if (r.state === 'excluded') c.validExclusions += r.n;
      }
    }
    return out;
  }

  /** One group's counts per county, e.g. `all` or an identity category (counties without any are left out). */
  private pick(byCounty: Map<string, Map<IdentityCategory | 'all', Counts>>, key: IdentityCategory | 'all'): Map<string, Counts> {
    const out = new Map<string, Counts>();
    for (const [county, groups] of byCounty) {
      const c = groups.get(key);
      if (c && c.persons > 0) out.set(county, c);
    }
    return out;
  }

  /** County counts summed into the regions whose code is the first `length` digits (2 province, 4 city, 6 county). */
  private rollUp<T extends object>(byCounty: Map<string, T>, length: number, zero: () => T): Map<string, T> {
    const out = new Map<string, T>();
    for (const [county, c] of byCounty) {
      const code = county.slice(0, length).padEnd(6, '0');
      add(out.get(code) ?? out.set(code, zero()).get(code)!, c);
    }
    return out;
  }

  private async regionNames(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    return new Map((await this.ds.getRepository(Region).find({ where: { code: In(codes) }, select: { code: true, name: true } })).map((r) => [r.code, r.name]));
  }

  /**
   * 参保率 per child region and identity category: enrolled ÷ (persons − valid exclusions), against the
   * targets with their sources (DOMAIN §2). Active ledger entries only.
   */
  async rates(actor: Actor, regionCode: string | undefined, year: number) {
    const parent = requestedRegion(actor, regionCode);
    // children: cities of a province, counties of a city; a county is shown as itself
    const childLength = childCodeLength(parent);
    const zero = (): Counts => ({ persons: 0, validExclusions: 0, enrolled: 0 });
    const items: Array<Record<string, unknown>> = [];
    const byCounty = await this.countsByCounty(regionScopePrefix(parent), year);
    for (const category of IDENTITY_CATEGORIES) {
      const byChild = this.rollUp(this.pick(byCounty, category), childLength, zero);
      const target = ENROLLMENT_TARGETS[category];
      for (const [code, c] of byChild) {
        const r = withRate(c);
        items.push({
          regionCode: code,
          category,
          categoryLabel: IDENTITY_CATEGORY_LABELS[category],
          ...r,
          targetBp: target?.targetBp ?? null,
          targetSource: target?.source ?? null,
          met: target ? r.rateBp !== null && r.rateBp >= target.targetBp : null,
        });
      }
    }
    const names = await this.regionNames([...new Set(items.map((i) => i.regionCode as string))]);
    for (const i of items) i.regionName = names.get(i.regionCode as string) ?? null;
    items.sort((a, b) => String(a.regionCode).localeCompare(String(b.regionCode)) || IDENTITY_CATEGORIES.indexOf(a.category as never) - IDENTITY_CATEGORIES.indexOf(b.category as never));
    return { regionCode: parent, year, items };
  }

  /** Verification tasks per county: opened in the month, closed in it, and overdue at its end. */
  private async taskCountsByCounty(prefix: string, month: string): Promise<Map<string, TaskCounts>> {
    const start = new Date(`${month}-01T00:00:00+08:00`);
    const end = new Date(`${monthEnd(month)}T23:59:59.999+08:00`);
    const rows: Array<{ county: string; opened: string | number | null; closed: string | number | null; overdue: string | number | null }> = await this.ds
      .getRepository(VerificationTask)
      .createQueryBuilder('t')
      .select('SUBSTR(t.regionCode, 1, 6)', 'county')
      .addSelect('SUM(CASE WHEN t.month = :month THEN 1 ELSE 0 END)', 'opened')
      .addSelect('SUM(CASE WHEN t.closedAt >= :start AND t.closedAt <= :end THEN 1 ELSE 0 END)', 'closed')
      // still open at the month's end with the deadline passed by then (deadlines are Beijing dates)
      .addSelect('SUM(CASE WHEN t.deadline < :lastDay AND t.month <= :month AND (t.closedAt IS NULL OR t.closedAt > :end) THEN 1 ELSE 0 END)', 'overdue')
      .where('t.regionCode LIKE :prefix', { prefix: `${prefix}%` })
      .setParameters({ month, start, end, lastDay: monthEnd(month) })
      .groupBy('county')
      .getRawMany();
    return new Map(rows.map((r) => [r.county, { tasksOpened: Number(r.opened ?? 0), tasksClosed: Number(r.closed ?? 0), tasksOverdue: Number(r.overdue ?? 0) }]));
  }

  /**
   * 月通报: the month's rates by city and county of the region (a province lists its cities, each followed
   * by its counties; a city its counties), with the verification work of the month. Rates use the
   * ledger as it stands and the month's year of enrollment.
   */
  async bulletin(actor: Actor, regionCode: string | undefined, month: string) {
    const parent = requestedRegion(actor, regionCode);
    const level = regionLevelOf(parent);
    if (level !== 'province' && level !== 'city') throw fieldError('regionCode', '月通报按省或市生成 (a province or city code)');
    const year = Number(month.slice(0, 4));
    const prefix = regionScopePrefix(parent);
    const counts = this.pick(await this.countsByCounty(prefix, year), 'all');
    const tasks = await this.taskCountsByCounty(prefix, month);
    const zeroCounts = (): Counts => ({ persons: 0, validExclusions: 0, enrolled: 0 });
    const zeroTasks = (): TaskCounts => ({ tasksOpened: 0, tasksClosed: 0, tasksOverdue: 0 });
    const counties = new Set([...counts.keys(), ...tasks.keys()]);
    const both = new Map([...counties].map((c) => [c, { ...(counts.get(c) ?? zeroCounts()), ...(tasks.get(c) ?? zeroTasks()) }]));
    const zero = () => ({ ...zeroCounts(), ...zeroTasks() });
    const cityTotals = level === 'province' ? this.rollUp(both, 4, zero) : new Map<string, Counts & TaskCounts>();
    const total = this.rollUp(both, prefix.length, zero).get(parent) ?? zero();

    const codes = [parent, ...cityTotals.keys(), ...counties];
    const names = await this.regionNames(codes);
    const figures = (code: string, c: Counts & TaskCounts) => {
      const r = withRate(c);
      return { regionCode: code, regionName: names.get(code) ?? null, ...c, ...r, targetBp: BULLETIN_TARGET.targetBp, met: r.rateBp === null ? null : r.rateBp >= BULLETIN_TARGET.targetBp };
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
    const pct = (bp: number | null) => (bp === null ? '—' : `${(bp / 100).toFixed(2)}%`);
    const title = `${b.regionName ?? b.regionCode}医疗保障扶贫资助参保月通报（${month}）`;
    await inTransaction(this.ds, (em) => this.audit.append(em, { actor, action: 'export', resource: 'enrollment-bulletin', resourceId: b.regionCode, after: { month, rows: b.rows.length }, ip: actor.ip }));
    await sendWorkbook(res, `${title}.xlsx`, (wb) => {
      const ws = wb.addWorksheet('月通报');
      const headers = ['地区', '在册人数', '正当理由未参保', '已参保', '应保未保', '参保率', `是否达标（≥${pct(b.target.targetBp)}）`, '本月新增核查任务', '本月办结', '逾期未办结'];
      ws.mergeCells(1, 1, 1, headers.length);
      ws.getCell(1, 1).value = title;
      ws.getCell(1, 1).font = { bold: true, size: 16 };
      ws.getCell(1, 1).alignment = { horizontal: 'center' };
      ws.mergeCells(2, 1, 2, headers.length);
      ws.getCell(2, 1).value = `统计口径：在册帮扶对象 ${b.year} 年度参保情况；参保率 = 已参保 ÷（在册人数 − 正当理由未参保）；目标依据：${b.target.source}。生成日期：${b.generatedOn}`;
      ws.getCell(2, 1).alignment = { wrapText: true };
      ws.getRow(2).height = 32;
      const head = ws.addRow(headers);
      head.font = { bold: true };
      const line = (name: string, r: BulletinRow | typeof b.total, bold = false) => {
        const x = ws.addRow([name, r.persons, r.validExclusions, r.enrolled, r.notEnrolled, pct(r.rateBp), r.met === null ? '—' : r.met ? '达标' : '未达标', r.tasksOpened, r.tasksClosed, r.tasksOverdue]);
        if (bold) x.font = { bold: true };
      };
      for (const r of b.rows) line(r.level === 'county' && regionLevelOf(b.regionCode) === 'province' ? `\u3000${r.regionName ?? r.regionCode}` : (r.regionName ?? r.regionCode), r, r.level === 'city');
      line('合计', b.total, true);
      for (let i = 3; i <= ws.rowCount; i++) ws.getRow(i).eachCell((c) => (c.border = THIN_BORDER));
      ws.columns.forEach((c, i) => (c.width = i === 0 ? 22 : 14));
      ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    });
  }
}
