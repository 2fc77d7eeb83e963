import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  chinaDate,
  COMPLIANCE_INDICATOR_IDS,
  COMPLIANCE_INDICATORS,
  complianceRunRegions,
  complianceStatus,
  monthPeriodOf,
  isRegionCode,
  parseCompliancePeriod,
  provinceCodeOf,
  poolingRegionCodeOf,
  rollUpComplianceFigures,
  rollUpIntoAncestor,
  type ApplicableComplianceTargets,
  type BackgroundJobRecord,
  type ComplianceIndicatorId,
  type ComplianceRunSummary,
  type ComplianceFigure,
  type ComplianceStatus,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { RegionScope, regionAncestors } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { insertRows, tableOf } from '../../../database/insert-many';
import { updateById } from '../../../database/update-by-id';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { JobProgress, JobsService, systemActor } from '../../../platform/jobs/jobs.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { User } from '../../../platform/users/user.entity';
import { touchComplianceResults } from '../compliance-results/compliance-generation';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import { compliancePeriodOf } from '../compliance-period';
import { ComplianceTargetsService } from '../compliance-targets/compliance-targets.service';
import { IndicatorComputers } from './indicator-computers';

/** The background-job kind of a compliance run (resource `compliance-runs`). */
export const COMPLIANCE_RUN = 'compliance-run';

/** The nightly run keeps the current month fresh at 02:00 China time (18:00 UTC), before the 06:00 sweep and the working day. */
const NIGHTLY_UTC_HOUR = 18;

interface RunParams {
  regionCode: string;
  period: string;
}

const RESULT_COLUMNS = ['regionCode', 'period', 'indicatorId', 'numerator', 'denominator', 'value', 'status', 'threshold', 'runId', 'computedAt'];

/**
 * 合规计算 (issue 18): every indicator for every unit of a region in a period, through the one job mechanism. The
 * computers (C1's and C2's, combined by IndicatorComputers) answer figures per unit; the run rolls them up the region
 * tree by sums, judges each with the line in force for the region and year (ComplianceTargetsService.applicable) and
 * replaces the region's and its subtree's results for the period in one transaction — except frozen rows, which keep
 * their figure and hold the run's in `live*` when it differs (a review that the data moved under).
 */
@Injectable()
export class ComplianceRunsService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly jobs: JobsService,
    private readonly regions: RegionsService,
    private readonly computers: IndicatorComputers,
    private readonly targets: ComplianceTargetsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RunParams, ComplianceRunSummary>({
      kind: COMPLIANCE_RUN,
      resource: 'compliance-runs',
      run: (actor, params, progress) => this.run(actor, params, progress),
      // one run per province and period at a time (in any API process): a city's run and its province's (or two
      // officers') would delete and insert the same rows of the city's subtree
      serialKeys: ({ regionCode, period }) => [
        `${COMPLIANCE_RUN}:${provinceCodeOf(regionCode) ?? regionCode}:${parseCompliancePeriod(period)?.period ?? period}`,
      ],
    });
  }

  onApplicationBootstrap(): void {
    this.jobs.daily(NIGHTLY_UTC_HOUR, 'nightly compliance run', () => this.startNightly());
  }

  /**
   * The nightly run: the current China month for every province someone works in (a province of an account's region —
   * the region table holds the whole country, a deployment serves one or a few), each a job started by the platform at
   * that province (listed with the province's runs).
   */
  async startNightly(now = new Date()): Promise<BackgroundJobRecord[]> {
    const period = monthPeriodOf(chinaDate(now)).period;
    const accounts = await this.ds.getRepository(User).createQueryBuilder('u').select('DISTINCT u.regionCode', 'code').getRawMany<{ code: string }>();
    const provinces = [...new Set(accounts.map((a) => (isRegionCode(a.code) ? provinceCodeOf(a.code) : null)).filter((c): c is string => !!c))].sort();
    const started: BackgroundJobRecord[] = [];
    for (const code of provinces) started.push(await this.jobs.start(systemActor(code), COMPLIANCE_RUN, { regionCode: code, period }));
    return started;
  }

  /** A region that exists in the caller's scope (400 naming regionCode otherwise) and a period (400 naming period). */
  async startRun(actor: Actor, dto: RunParams): Promise<BackgroundJobRecord> {
    const region = await this.regions.requireInScope(actor, dto.regionCode, 'regionCode');
    const period = compliancePeriodOf(dto.period);
    return this.jobs.start(actor, COMPLIANCE_RUN, { regionCode: region.code, period: period.period });
  }

  /** The job's run: count (1), roll up and judge (2), replace the results (3). Idempotent: a re-run writes the same. */
  async run(actor: Actor, params: RunParams, progress: JobProgress, now = new Date()): Promise<ComplianceRunSummary> {
    const { regionCode } = params;
    const period = parseCompliancePeriod(params.period)!;
    const runId = progress.jobId ?? 0;
    await progress.report(0, 3);
    const today = chinaDate(now);
    const scope = RegionScope.of(regionCode);
    const units = await this.computers.compute({ regionCode, period, today, em: this.ds.manager });
    await progress.report(1);

    const tree = await this.treeCodes(scope);
    const regions = complianceRunRegions(regionCode, tree, units);
    const figures = rollUpComplianceFigures(regions, COMPLIANCE_INDICATOR_IDS, units);
    const lines = await this.linesFor(regions, period.year);
    await progress.report(2);

    const ancestors = regionAncestors(regionCode);
    const ancestorLines = await this.linesFor(ancestors, period.year);
    const summary = await inTransaction(this.ds, async (em) => {
      // the region's figures as last computed, read before they are replaced: its ancestors move by the difference
      const before = await this.computedFigures(em, [regionCode], period.period);
      const replaced = await this.replace(em, scope, period.period, runId, now, figures, lines);
      await this.rollUpAncestors(em, ancestors, period.period, runId, now, before.get(regionCode), figures.get(regionCode)!, ancestorLines);
      await touchComplianceResults(em, [regionCode]);
      // a process whose job was taken over replaces nothing
      await progress.confirmLease(em);
      return replaced;
    });
    await progress.report(3);
    const result: ComplianceRunSummary = { regionCode, period: period.period, today, regions: regions.length, ...summary };
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, {
        action: 'compute',
        resource: 'compliance-runs',
        resourceId: `${regionCode}/${period.period}`,
        after: { runId, regions: result.regions, results: result.results, frozenChanged: result.frozenChanged, byStatus: result.byStatus },
      });
      await progress.confirmLease(em);
    });
    return result;
  }

  /** The region and every province, city and county under it in the region table (townships report through their county). */
  private async treeCodes(scope: RegionScope): Promise<string[]> {
    const within = scope.condition('r.code');
    const rows = await this.ds
      .getRepository(Region)
      .createQueryBuilder('r')
      .select('r.code', 'code')
      .where(within.sql, within.params)
      .andWhere('r.level IN (:...levels)', { levels: ['province', 'city', 'county'] })
      .getRawMany<{ code: string }>();
    return rows.map((r) => r.code);
  }

  /** The lines for each region: one reading per pooling region (a city and its counties share theirs; a province its own). */
  private async linesFor(regions: readonly string[], year: number): Promise<Map<string, ApplicableComplianceTargets>> {
    const byKey = new Map<string, ApplicableComplianceTargets>();
    const out = new Map<string, ApplicableComplianceTargets>();
    for (const code of regions) {
      const key = poolingRegionCodeOf(code) ?? code;
      if (!byKey.has(key)) byKey.set(key, await this.targets.applicable(key, year, this.ds.manager));
      out.set(code, byKey.get(key)!);
    }
    return out;
  }

  /** What the last run computed per region and indicator: the stored figure, or a frozen row's live one when it differs. */
  private async computedFigures(
    em: EntityManager,
    codes: readonly string[],
    period: string,
  ): Promise<Map<string, Map<string, ComplianceFigure & { row: ComplianceResult }>>> {
    const out = new Map<string, Map<string, ComplianceFigure & { row: ComplianceResult }>>();
    if (!codes.length) return out;
    const rows = await em
      .getRepository(ComplianceResult)
      .createQueryBuilder('c')
      .where('c.period = :period AND c.regionCode IN (:...codes)', { period, codes })
      .getMany();
    for (const r of rows) {
      const figure = { numerator: r.liveNumerator ?? r.numerator, denominator: r.liveDenominator ?? r.denominator, row: r };
      (out.get(r.regionCode) ?? out.set(r.regionCode, new Map()).get(r.regionCode)!).set(r.indicatorId, figure);
    }
    return out;
  }

  /**
   * A run below the top (a city or a county) keeps its ancestors' rolled-up rows true (issue 18's sums): each ancestor
   * that has results for the period moves by the region's change, judged again with its own line. A frozen ancestor
   * keeps its figure and holds the new sum in `live*` when it differs, as a frozen row of the run's own subtree does.
   * An ancestor never run for the period has nothing to move (its first run sums everything).
   */
  private async rollUpAncestors(
    em: EntityManager,
    ancestors: readonly string[],
    period: string,
    runId: number,
    now: Date,
    before: Map<string, ComplianceFigure> | undefined,
    after: Map<ComplianceIndicatorId, ComplianceFigure>,
    lines: Map<string, ApplicableComplianceTargets>,
  ): Promise<void> {
    const stored = await this.computedFigures(em, ancestors, period);
    const computedAt = now.toISOString().replace('T', ' ').replace('Z', '');
    const updates: unknown[][] = [];
    const live: unknown[][] = [];
    for (const [code, perIndicator] of stored) {
      for (const [indicatorId, previous] of perIndicator) {
        const regionAfter = after.get(indicatorId as ComplianceIndicatorId);
        if (!regionAfter) continue;
        const regionBefore = before?.get(indicatorId) ?? { numerator: 0, denominator: 0 };
        const figure = rollUpIntoAncestor(previous, regionBefore, regionAfter);
        const row = previous.row;
        if (row.snapshotId !== null) {
          const differs = row.numerator !== figure.numerator || row.denominator !== figure.denominator;
          live.push([row.id, differs ? figure.numerator : null, differs ? figure.denominator : null]);
          continue;
        }
        const target = lines.get(code)!.targets[indicatorId as ComplianceIndicatorId];
        const { value, status } = complianceStatus(COMPLIANCE_INDICATORS[indicatorId as ComplianceIndicatorId], target, figure);
        updates.push([row.id, figure.numerator, figure.denominator, value, status, target.threshold, runId, computedAt]);
      }
    }
    await updateById(em, ComplianceResult, ['numerator', 'denominator', 'value', 'status', 'threshold', 'runId', 'computedAt'], updates);
    await updateById(em, ComplianceResult, ['liveNumerator', 'liveDenominator'], live);
  }

  /** Deletes the subtree's unfrozen rows of the period, inserts the run's, and records the run's figure beside each frozen one. */
  private async replace(
    em: EntityManager,
    scope: RegionScope,
    period: string,
    runId: number,
    now: Date,
    figures: Map<string, Map<ComplianceIndicatorId, { numerator: number; denominator: number }>>,
    lines: Map<string, ApplicableComplianceTargets>,
  ): Promise<Omit<ComplianceRunSummary, 'regionCode' | 'period' | 'today' | 'regions'>> {
    const within = scope.condition('c.regionCode');
    const frozen = await em
      .getRepository(ComplianceResult)
      .createQueryBuilder('c')
      .where('c.period = :period', { period })
      .andWhere(within.sql, within.params)
      .andWhere('c.snapshotId IS NOT NULL')
      .getMany();
    const frozenByCell = new Map(frozen.map((r) => [`${r.regionCode}|${r.indicatorId}`, r]));
    await em
      .getRepository(ComplianceResult)
      .createQueryBuilder()
      .delete()
      .where('period = :period', { period })
      .andWhere(scope.condition('regionCode').sql, scope.condition('regionCode').params)
      .andWhere('snapshotId IS NULL')
      .execute();

    // raw rows bind neither Date nor boolean on SQLite: the UTC time as both dialects store a datetime
    const computedAt = now.toISOString().replace('T', ' ').replace('Z', '');
    const byStatus: Record<ComplianceStatus, number> = { green: 0, amber: 0, red: 0, no_data: 0 };
    const rows: unknown[][] = [];
    const live: unknown[][] = [];
    let frozenChanged = 0;
    for (const [regionCode, perIndicator] of figures) {
      const applicable = lines.get(regionCode)!;
      for (const [indicatorId, figure] of perIndicator) {
        const kept = frozenByCell.get(`${regionCode}|${indicatorId}`);
        if (kept) {
          const differs = kept.numerator !== figure.numerator || kept.denominator !== figure.denominator;
          if (differs) frozenChanged++;
          live.push([kept.id, differs ? figure.numerator : null, differs ? figure.denominator : null]);
          byStatus[kept.status as ComplianceStatus]++;
          continue;
        }
        const target = applicable.targets[indicatorId];
        const { value, status } = complianceStatus(COMPLIANCE_INDICATORS[indicatorId], target, figure);
        byStatus[status]++;
        rows.push([regionCode, period, indicatorId, figure.numerator, figure.denominator, value, status, target.threshold, runId, computedAt]);
      }
    }
    await insertRows(em, tableOf(em, ComplianceResult), RESULT_COLUMNS, rows);
    await updateById(em, ComplianceResult, ['liveNumerator', 'liveDenominator'], live);
    const targetSetIds = [...new Set([...lines.values()].map((l) => l.setId).filter((id): id is number => id !== null))].sort((a, b) => a - b);
    return { results: rows.length + live.length, frozenKept: live.length, frozenChanged, targetSetIds, byStatus };
  }
}
