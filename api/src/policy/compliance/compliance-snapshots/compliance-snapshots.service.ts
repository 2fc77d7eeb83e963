import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { complianceSnapshotHash, type ComplianceSnapshotRecord, type ComplianceSnapshotVerification } from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fetchList, type ListSpec } from '../../../common/list';
import { assertInScope, RegionScope, scopeQuery } from '../../../common/region-scope';
import { inTransaction } from '../../../database/data-source';
import { touchComplianceResults } from '../compliance-results/compliance-generation';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { RegionsService } from '../../../platform/regions/regions.service';
import { AttachmentsService } from '../../../platform/attachments/attachments.service';
import { DOCX_MIME } from '../../../common/docx';
import { ReportingTask, ReportingTasksService } from '../../supervision';
import { ComplianceReportsService } from '../compliance-exports/compliance-reports.service';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import { compliancePeriodOf } from '../compliance-period';
import { ComplianceSnapshot } from './compliance-snapshot.entity';

export const COMPLIANCE_SNAPSHOT_LIST: ListSpec = {
  fields: {
    id: { type: 'int' },
    regionCode: { type: 'string' },
    period: { type: 'string' },
    frozenBy: { type: 'string' },
    frozenAt: { type: 'date' },
  },
  defaultSort: [['id', 'DESC']],
  maxPageSize: 100,
};

/**
 * 冻结期间 (issue 18): freezing hashes the canonical results of a region's subtree for a period and marks them frozen
 * (a later run keeps their figures and records its own beside them); `verify` hashes the rows again, so a result
 * changed in the database after the freeze shows as not intact.
 */
@Injectable()
export class ComplianceSnapshotsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly attachments: AttachmentsService,
    private readonly reportingTasks: ReportingTasksService,
    private readonly reports: ComplianceReportsService,
  ) {}

  /** The rows a snapshot covers: the subtree's of the period frozen by it or an earlier one (none are ever unfrozen). */
  private covered(em: EntityManager, s: Pick<ComplianceSnapshot, 'id' | 'regionCode' | 'period'>) {
    const within = RegionScope.of(s.regionCode).condition('c.regionCode');
    return em
      .getRepository(ComplianceResult)
      .createQueryBuilder('c')
      .where('c.period = :period', { period: s.period })
      .andWhere(within.sql, within.params)
      .andWhere('c.snapshotId IS NOT NULL AND c.snapshotId <= :id', { id: s.id });
  }

  async create(actor: Actor, dto: { regionCode: string; period: string }): Promise<ComplianceSnapshotRecord> {
    const region = await this.regions.requireInScope(actor, dto.regionCode, 'regionCode');
    const period = compliancePeriodOf(dto.period).period;
    const saved = await inTransaction(this.ds, async (em) => {
      if (await em.findOneBy(ComplianceSnapshot, { regionCode: region.code, period })) {
        throw new ConflictException(`${region.code} ${period} 已冻结 (already frozen)`);
      }
      const within = RegionScope.of(region.code).condition('c.regionCode');
      const rows = await em
        .getRepository(ComplianceResult)
        .createQueryBuilder('c')
        .where('c.period = :period', { period })
        .andWhere(within.sql, within.params)
        .getMany();
      if (!rows.length)
        throw new ConflictException(`${region.code} ${period} 尚未计算，无结果可冻结：请先运行合规计算 (no results to freeze: run the period first)`);
      const snapshot = await em.save(
        em.create(ComplianceSnapshot, {
          regionCode: region.code,
          period,
          hash: complianceSnapshotHash(rows),
          resultCount: rows.length,
          frozenById: actor.userId,
          frozenBy: actor.username,
        }),
      );
      // rows an earlier snapshot froze (an overlapping city) stay with it: their figures are the same either way
      await em
        .getRepository(ComplianceResult)
        .createQueryBuilder()
        .update()
        .set({ snapshotId: snapshot.id })
        .where('period = :period', { period })
        .andWhere(RegionScope.of(region.code).condition('regionCode').sql, RegionScope.of(region.code).condition('regionCode').params)
        .andWhere('snapshotId IS NULL')
        .execute();
      await touchComplianceResults(em, [region.code]);
      const filed = await this.fileAnnualReport(em, actor, region.code, period, snapshot.id);
      await this.audit.append(em, actor, {
        action: 'freeze',
        resource: 'compliance-snapshots',
        resourceId: snapshot.id,
        after: { regionCode: snapshot.regionCode, period, hash: snapshot.hash, resultCount: snapshot.resultCount, annualReportTaskId: filed },
      });
      return snapshot;
    });
    return this.toRecord(saved);
  }

  /**
   * A frozen year of a unit that owes the annual report (S4 §八: the province, by 10 December) files the report's
   * draft from the frozen figures as an attachment of its `annual_report` reporting task — the one attachments
   * mechanism, as a case's documents — in the freeze's transaction. The unit edits it and submits the task itself
   * (submission stays the filer's act). Nothing is filed for a month or quarter, a unit without the duty, or a task
   * already received. Answers the task's id, or null.
   */
  private async fileAnnualReport(em: EntityManager, actor: Actor, regionCode: string, period: string, snapshotId: number): Promise<number | null> {
    const p = compliancePeriodOf(period);
    if (p.kind !== 'year') return null;
    await this.reportingTasks.generateYear(p.year, RegionScope.of(regionCode), em);
    const task = await em.findOneBy(ReportingTask, { duty: 'annual_report', regionCode, period: p.period });
    if (!task || task.receivedAt) return null;
    const draft = await this.reports.annualReportDraft(em, regionCode, p.year);
    await this.attachments.storeGenerated(
      em,
      actor,
      { resource: 'reporting-tasks', id: task.id, regionCode: task.regionCode },
      { fileName: draft.fileName, mimeType: DOCX_MIME, content: draft.content, note: `合规审计冻结 #${snapshotId} 生成的草稿 (draft from the frozen year)` },
    );
    return task.id;
  }

  async list(actor: Actor, query: Record<string, unknown>) {
    const qb = scopeQuery(this.ds.getRepository(ComplianceSnapshot).createQueryBuilder('s'), actor);
    const { rows, total } = await fetchList(qb, query, COMPLIANCE_SNAPSHOT_LIST);
    return { rows: await Promise.all(rows.map((r) => this.toRecord(r))), total };
  }

  private async load(actor: Actor, id: number): Promise<ComplianceSnapshot> {
    return assertInScope(actor, await this.ds.getRepository(ComplianceSnapshot).findOneBy({ id }), (s) => s.regionCode, 'compliance-snapshots', id);
  }

  async get(actor: Actor, id: number): Promise<ComplianceSnapshotRecord> {
    return this.toRecord(await this.load(actor, id));
  }

  /** The hash of the covered rows as they are now against the stored one. */
  async verify(actor: Actor, id: number): Promise<ComplianceSnapshotVerification> {
    const snapshot = await this.load(actor, id);
    const rows = await this.covered(this.ds.manager, snapshot).getMany();
    const recomputedHash = complianceSnapshotHash(rows);
    return {
      id,
      hash: snapshot.hash,
      recomputedHash,
      intact: recomputedHash === snapshot.hash && rows.length === snapshot.resultCount,
      checkedAt: new Date().toISOString(),
    };
  }

  private async toRecord(s: ComplianceSnapshot): Promise<ComplianceSnapshotRecord> {
    const changedCells = await this.covered(this.ds.manager, s).andWhere('c.liveNumerator IS NOT NULL').getCount();
    return {
      id: s.id,
      regionCode: s.regionCode,
      regionName: await this.regions.name(s.regionCode),
      period: s.period,
      hash: s.hash,
      resultCount: s.resultCount,
      frozenBy: s.frozenBy,
      frozenAt: new Date(s.frozenAt).toISOString(),
      changedCells,
    };
  }
}
