import { Injectable, NotFoundException, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { COST_WARNING_WORKFLOW, CostWarningDetectionLine, CostWarningDetectionSummary, decodeCategories, PolicyParameters } from '@yibao/shared';
import { earlyWarningLine, warningCounty, warningDepartment, warningDetectionChange } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { RegionScope, requestedRegion, scopeQuery, setContainsCode } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { insertMany } from '../../../database/insert-many';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { JobProgress, JobsService } from '../../../platform/jobs/jobs.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { Beneficiary } from '../../enrollment';
import { CostWarning } from '../cost-warnings/cost-warning.entity';
import { PolicyParametersService } from '../policy-parameters/policy-parameters.service';
import { Settlement } from '../settlements/settlement.entity';

/** The background-job kind of a detection run (resource `cost-warning-detections`). */
export const COST_WARNING_DETECTION = 'cost-warning-detection';

interface DetectedRow {
  idNumber: string;
  burden: string | number;
  n: string | number;
  name: string;
  regionCode: string;
  categories: string;
}

/** 预警检测 (S3 §三): idempotent detection of high-cost warnings from the recorded settlements, as a background job. */
@Injectable()
export class CostWarningDetectionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly parameters: PolicyParametersService,
    private readonly jobs: JobsService,
    private readonly regions: RegionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ regionCode: string; year: number }, CostWarningDetectionSummary>({
      kind: COST_WARNING_DETECTION,
      resource: 'cost-warning-detections',
      run: (actor, { regionCode, year }, progress) => this.detect(actor, RegionScope.of(regionCode), year, progress),
      // a county and its city detecting at the same moment (in any API process) would both insert the same new
      // warnings: one run per pooling region and year at a time, the second then finds them and leaves them unchanged
      serialKeys: async ({ regionCode, year }) =>
        (await this.poolingsOf(RegionScope.of(regionCode), year)).map((p) => `${COST_WARNING_DETECTION}:${p}:${year}`),
    });
  }

  /** Detection runs in the background (a province's year is 7–18 s of work): checks the region, answers with the job. */
  startDetection(actor: Actor, regionCode: string | undefined, year: number) {
    return this.jobs.start(actor, COST_WARNING_DETECTION, { regionCode: requestedRegion(actor, regionCode).regionCode, year });
  }

  /**
   * Yearly burden after basic + 大病 = Σ (total − basic paid − 大病 paid) over the person's recorded
   * settlements, per pooling region against its approved threshold and categories. Re-running changes only
   * what moved: a new person is created `detected`, a known one gets its figures updated (its stage is kept).
   * The job's run, progress in pooling regions; `region` was checked against the starter's scope at start.
   */
  async detect(actor: Actor, region: RegionScope, year: number, progress: JobProgress): Promise<CostWarningDetectionSummary> {
    const settlements = () => this.settlementsOf(region, year);
    const poolings = (await this.poolingsOf(region, year)).map((pooling) => ({ pooling }));
    const result: CostWarningDetectionSummary = { year, regionCode: region.regionCode, found: 0, created: 0, updated: 0, unchanged: 0, lines: [], skipped: [] };

    const detectIn = async (pooling: string) => {
      let params: PolicyParameters;
      try {
        params = await this.parameters.parametersFor(actor, pooling, year);
      } catch (e) {
        if (!(e instanceof NotFoundException)) throw e;
        result.skipped.push({ poolingRegionCode: pooling, reason: `${year} 年政策参数尚未批准，无法确定预警线 (no approved parameters)` });
        return;
      }
      const { thresholdFen: threshold, categories: watched, ...sources } = earlyWarningLine(params);
      const line: CostWarningDetectionLine = {
        poolingRegionCode: pooling,
        poolingRegionName: await this.regions.name(pooling),
        year,
        thresholdFen: threshold,
        categories: watched,
        ...sources,
        found: 0,
        notWatched: 0,
      };
      result.lines.push(line);
      // per person of the pooling region over the line: with a watched identity in any settlement of the year
      // (warned), or without one (counted, so the result says who the line leaves out — S3 §三)
      const burden = 'SUM(s.totalCost - s.paidBasic - s.paidCriticalIllness)';
      const watchedSet = watched.map((c, i) => setContainsCode('s.identityCategories', c, `w${i}`));
      const watchedCount = `SUM(CASE WHEN ${watchedSet.map((w) => w.sql).join(' OR ') || '1 = 0'} THEN 1 ELSE 0 END)`;
      const overTheLine = (watchedRows: string) =>
        settlements()
          .andWhere('s.poolingRegionCode = :pooling', { pooling })
          .select('s.idNumber', 'idNumber')
          .groupBy('s.idNumber')
          .having(`${burden} >= :threshold AND ${watchedCount} ${watchedRows}`, { threshold })
          .setParameters(Object.assign({}, ...watchedSet.map((w) => w.params)));
      const [unwatchedSql, unwatchedParams] = overTheLine('= 0').getQueryAndParameters();
      const [{ n: unwatched }] = await this.ds.query(`SELECT COUNT(*) AS n FROM (${unwatchedSql}) x`, unwatchedParams);
      line.notWatched = Number(unwatched);
      const over: DetectedRow[] = watched.length
        ? await overTheLine('> 0')
            .addSelect(burden, 'burden')
            .addSelect('COUNT(*)', 'n')
            .addSelect('MAX(s.name)', 'name')
            .addSelect('MAX(s.regionCode)', 'regionCode')
            .addSelect('MAX(s.identityCategories)', 'categories')
            .getRawMany()
        : [];
      line.found = over.length;
      result.found += over.length;
      for (let i = 0; i < over.length; i += 2000) await this.applyDetection(over.slice(i, i + 2000), pooling, year, threshold, result, progress);
    };
    // a county and its city detecting at the same moment would both insert the same new warnings: one
    // pooling region at a time, the second run then finds them and leaves them unchanged
    await progress.report(0, poolings.length);
    let done = 0;
    for (const { pooling } of poolings.sort((a, b) => a.pooling.localeCompare(b.pooling))) {
      await detectIn(pooling);
      await progress.report(++done);
    }
    await inTransaction(this.ds, async (em) => {
      await this.audit.append(em, actor, { action: 'detect', resource: 'cost-warnings', resourceId: region.regionCode, after: result });
      await progress.confirmLease(em);
    });
    return result;
  }

  private settlementsOf(region: RegionScope, year: number) {
    return scopeQuery(this.ds.getRepository(Settlement).createQueryBuilder('s'), region).andWhere('s.year = :year', { year });
  }

  /** The pooling regions with settlements of the year in `region` (a run's serial keys, its units of progress). */
  private async poolingsOf(region: RegionScope, year: number): Promise<string[]> {
    const rows: Array<{ pooling: string }> = await this.settlementsOf(region, year).select('DISTINCT s.poolingRegionCode', 'pooling').getRawMany();
    return rows.map((r) => r.pooling);
  }

  /**
   * One chunk of persons over the line: new ones inserted `detected`, known ones updated when their figures
   * moved — known in this pooling region only: another region's warning for the same person is never read
   * or overwritten with this region's figures.
   */
  private async applyDetection(
    chunk: DetectedRow[],
    pooling: string,
    year: number,
    threshold: number,
    result: CostWarningDetectionSummary,
    progress: JobProgress,
  ) {
    const ids = chunk.map((c) => c.idNumber);
    const existing = new Map(
      (
        await this.ds.getRepository(CostWarning).find({
          where: { idNumber: In(ids), year, poolingRegionCode: pooling },
          select: { id: true, idNumber: true, burdenFen: true, settlementCount: true, thresholdFen: true, version: true },
        })
      ).map((w) => [w.idNumber, w]),
    );
    const change = (c: DetectedRow) =>
      warningDetectionChange({ burdenFen: Number(c.burden), settlementCount: Number(c.n), thresholdFen: threshold }, existing.get(c.idNumber));
    const fresh = chunk.filter((c) => change(c) === 'create');
    const moved = chunk.filter((c) => change(c) === 'update');
    result.unchanged += chunk.length - fresh.length - moved.length;
    if (!fresh.length && !moved.length) return;
    await inTransaction(this.ds, async (em) => {
      const people = fresh.length
        ? new Map(
            (await em.find(Beneficiary, { where: { idNumber: In(fresh.map((c) => c.idNumber)) }, select: { id: true, idNumber: true } })).map((b) => [
              b.idNumber,
              b.id,
            ]),
          )
        : new Map<string, number>();
      const now = new Date();
      await insertMany(
        em,
        CostWarning,
        fresh.map((c) => ({
          burdenFen: Number(c.burden),
          thresholdFen: threshold,
          settlementCount: Number(c.n),
          beneficiaryId: people.get(c.idNumber) ?? null,
          idNumber: c.idNumber,
          name: c.name,
          regionCode: warningCounty(c.regionCode),
          poolingRegionCode: pooling,
          year,
          identityCategories: c.categories,
          department: warningDepartment(decodeCategories(c.categories)),
          state: COST_WARNING_WORKFLOW.initial,
          stateChangedAt: now,
          measures: '[]',
          lastPushId: null,
          version: 1,
        })),
      );
      for (const c of moved) {
        const known = existing.get(c.idNumber)!;
        await em.update(
          CostWarning,
          { id: known.id },
          { burdenFen: Number(c.burden), settlementCount: Number(c.n), thresholdFen: threshold, version: known.version + 1 },
        );
      }
      // a process whose job was taken over commits no further chunk
      await progress.confirmLease(em);
    });
    result.created += fresh.length;
    result.updated += moved.length;
  }
}
