import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import {
  chinaDate,
  FINISHED_ITEM_STATES,
  isWithinRegion,
  OverProtectionScreeningLine,
  OverProtectionScreeningSummary,
  SCREENED_PROBLEMS,
  screeningRef,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { RegionScope, requestedRegion, scopeQuery, setContainsCode } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { JobProgress, JobsService } from '../../../platform/jobs/jobs.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { Settlement } from '../../assistance';
import { RectificationItem } from '../rectification-items/rectification-item.entity';
import { RectificationItemsService } from '../rectification-items/rectification-items.service';

/** The background-job kind of a screening run (resource `over-protection-screenings`). */
export const OVER_PROTECTION_SCREENING = 'over-protection-screening';

interface ScreeningParams {
  regionCode: string;
  year: number;
  campaignId: number;
}

interface Figures {
  settlements: number;
  affectedPersons: number;
  amount: number;
}

/**
 * 数据筛查 (issue 14): the settlements the calculator flagged become rectification items — one per county ×
 * year × problem type, with the persons and the fen paid above the 95 % line — through the one job mechanism.
 */
@Injectable()
export class OverProtectionScreeningsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly jobs: JobsService,
    private readonly regions: RegionsService,
    private readonly items: RectificationItemsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<ScreeningParams, OverProtectionScreeningSummary>({
      kind: OVER_PROTECTION_SCREENING,
      resource: 'over-protection-screenings',
      run: (actor, params, progress) => this.screen(actor, params, progress),
      // a city and its province screening the same campaign and year at once (in any API process) would both open the same items
      serialKeys: ({ campaignId, year }) => [`${OVER_PROTECTION_SCREENING}:${campaignId}:${year}`],
    });
  }

  /** Checks the region (the caller's scope) and the campaign (readable, its province holds the region), answers with the job. */
  async startScreening(actor: Actor, dto: { regionCode?: string; year: number; campaignId: number }) {
    const region = requestedRegion(actor, dto.regionCode);
    const campaign = await this.items.campaignFor(actor, dto.campaignId, this.ds.manager);
    if (!isWithinRegion(region.regionCode, campaign.regionCode)) throw fieldError('regionCode', '不在该专项治理的范围内 (outside the campaign’s province)');
    return this.jobs.start(actor, OVER_PROTECTION_SCREENING, { regionCode: region.regionCode, year: dto.year, campaignId: campaign.id });
  }

  /** The job's run: one grouped query per flag over the region's year, then one item per county and problem type. */
  async screen(actor: Actor, params: ScreeningParams, progress: JobProgress): Promise<OverProtectionScreeningSummary> {
    const { regionCode, year, campaignId } = params;
    const region = RegionScope.of(regionCode);
    const result: OverProtectionScreeningSummary = { regionCode, year, campaignId, created: 0, updated: 0, unchanged: 0, lines: [] };
    // progress: the grouped pass, then one unit per county
    await progress.report(0, 1);
    let done = 1;
    const counties = await this.flagged(region, year);
    await progress.report(1, counties.size + 1);
    for (const [county, byFlag] of counties) {
      for (const problem of SCREENED_PROBLEMS) {
        const all = byFlag.get(problem.flag);
        if (!all) continue;
        const ref = screeningRef(county, year, problem.problemType);
        const line: OverProtectionScreeningLine = {
          regionCode: county,
          problemType: problem.problemType,
          flag: problem.flag,
          ...all,
          itemId: null,
          outcome: 'unchanged',
        };
        // after 销号 (or 核实排除) only settlements recorded since count: a recurrence is a new finding
        const since = await this.finishedAt(ref);
        const figures = since ? ((await this.flagged(RegionScope.of(county), year, since)).get(county)?.get(problem.flag) ?? null) : all;
        if (!figures) {
          line.outcome = 'closed';
          result.lines.push(line);
          continue;
        }
        Object.assign(line, figures);
        const name = (await this.regions.name(county)) ?? county;
        const before = await this.ds.getRepository(RectificationItem).findOne({
          where: { source: 'screening', sourceRef: ref, state: Not(In([...FINISHED_ITEM_STATES])) },
          select: { id: true, version: true },
        });
        const { item, created } = await inTransaction(this.ds, async (em) => {
          const opened = await this.items.openOrUpdateScreeningItem(em, actor, {
            campaignId,
            regionCode: county,
            problemType: problem.problemType,
            sourceRef: ref,
            title: `${name} ${year} 年${problem.zh}结算（数据筛查）`,
            description: `${year} 年 ${figures.settlements} 笔结算标记为 ${problem.flag}，涉及 ${figures.affectedPersons} 人${since ? '（上次销号后新增）' : ''}`,
            affectedPersons: figures.affectedPersons,
            amount: figures.amount,
            identifiedOn: chinaDate(new Date()),
          });
          // a process whose job was taken over opens or updates no further item
          await progress.confirmLease(em);
          return opened;
        });
        line.itemId = item.id;
        line.outcome = created ? 'created' : before && item.version !== before.version ? 'updated' : 'unchanged';
        result[line.outcome === 'created' ? 'created' : line.outcome === 'updated' ? 'updated' : 'unchanged']++;
        result.lines.push(line);
      }
      await progress.report(++done);
    }
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, {
        action: 'screen',
        resource: 'rectification-items',
        resourceId: regionCode,
        after: { ...result, lines: result.lines.length },
      });
      await progress.confirmLease(em);
    });
    return result;
  }

  /**
   * Per county of the region and screened flag: the settlements of the year carrying it (recorded from `since` on,
   * when given), their persons, and Σ max(0, basic + 大病 + 医疗救助 − 95 % × in-policy cost) in fen, floored once
   * at the end. One pass over the year for both flags (conditional aggregates).
   */
  private async flagged(region: RegionScope, year: number, since?: Date): Promise<Map<string, Map<string, Figures>>> {
    const over = '(s.paidBasic + s.paidCriticalIllness + s.paidMedicalAid) * 100 - s.inPolicyCost * 95';
    const flags = SCREENED_PROBLEMS.map((p, i) => ({ flag: p.flag, ...setContainsCode('s.flags', p.flag, `flag${i}`) }));
    const q = scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), region)
      .andWhere('s.year = :year', { year })
      .andWhere(`(${flags.map((f) => f.sql).join(' OR ')})`, Object.assign({}, ...flags.map((f) => f.params)))
      // grouped by an expression: MariaDB would otherwise walk the (regionCode, id) index in order and fetch each
      // row by key (24 s instead of 5 s for a pooling region's 1M settlements, bench/rectification-screening.mjs)
      .select('SUBSTR(s.regionCode, 1, 12)', 'regionCode')
      .groupBy('SUBSTR(s.regionCode, 1, 12)');
    flags.forEach((f, i) => {
      q.addSelect(`SUM(CASE WHEN ${f.sql} THEN 1 ELSE 0 END)`, `n${i}`)
        .addSelect(`COUNT(DISTINCT CASE WHEN ${f.sql} THEN s.idNumber END)`, `persons${i}`)
        .addSelect(`SUM(CASE WHEN ${f.sql} AND ${over} > 0 THEN ${over} ELSE 0 END)`, `over${i}`);
    });
    // settlements keep their recording time to the second: one recorded in the second of closure counts as new
    if (since) q.andWhere('s.createdAt >= :since', { since: new Date(Math.floor(since.getTime() / 1000) * 1000) });
    const rows: Array<Record<string, string | number | null>> = await q.getRawMany();
    const result = new Map<string, Map<string, Figures>>();
    for (const r of rows.sort((x, y) => String(x.regionCode).localeCompare(String(y.regionCode)))) {
      const byFlag = new Map<string, Figures>();
      flags.forEach((f, i) => {
        const settlements = Number(r[`n${i}`] ?? 0);
        if (settlements) byFlag.set(f.flag, { settlements, affectedPersons: Number(r[`persons${i}`]), amount: Math.floor(Number(r[`over${i}`] ?? 0) / 100) });
      });
      result.set(String(r.regionCode), byFlag);
    }
    return result;
  }

  /** When the last finished (closed or dismissed) screening item of this key finished; null when none has. */
  private async finishedAt(ref: string): Promise<Date | null> {
    const finished = await this.ds.getRepository(RectificationItem).find({
      where: { source: 'screening', sourceRef: ref, state: In([...FINISHED_ITEM_STATES]) },
      select: { id: true, closedAt: true },
    });
    if (!finished.length) return null;
    return finished.reduce((latest, i) => (i.closedAt && i.closedAt > latest ? i.closedAt : latest), new Date(0));
  }
}
