import { ConflictException, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, In, IsNull, Not, type EntityManager } from 'typeorm';
import {
  can,
  chinaDate,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  maskIdNumbersIn,
  parseCompliancePeriod,
  shiftCompliancePeriod,
  type ComplianceHome,
  type ComplianceHomeRegion,
  type ComplianceIndicatorId,
  type ComplianceStatus,
  type ComplianceTrendPoint,
  type Resource,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { DOCX_MIME } from '../../../common/docx';
import { contentDisposition } from '../../../common/download';
import { domainError, fieldError } from '../../../common/errors';
import { requestedRegion } from '../../../common/region-scope';
import { officialList, sendWorkbook } from '../../../common/xlsx';
import { AuditLogService } from '../../../platform/audit-log/audit-log.service';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { InboxService } from '../../../platform/workflow/inbox.service';
import { ComplianceActionsService } from '../compliance-actions/compliance-actions.service';
import { cellRef, checkedCell } from '../compliance-actions/compliance-cell';
import { ComplianceComment } from '../compliance-comments/compliance-comment.entity';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import { ComplianceScorecardService } from '../compliance-scorecard/compliance-scorecard.service';
import { annualReportBody, type AnnualReportInput } from './compliance-annual-report';
import { DRILL_DOWN_HEADERS, DRILL_DOWN_LISTS, type ListRead } from './compliance-drill-downs';
import { complianceScorecardWorkbook, SCORECARD_SHEETS } from './compliance-scorecard.workbook';

/** the most records one drill-down export holds (a county's flagged settlements of a year are far fewer) */
export const MAX_DRILL_DOWN_ROWS = 20_000;
/** the page the drill-down export reads its list by (the contract's largest window) */
const DRILL_DOWN_PAGE = 1000;
/** follow-up actions on the scorecard export's third sheet */
const MAX_EXPORTED_ACTIONS = 5000;
/** the headline indicators of the home page: one or two per area, those a supervisor is asked about first */
export const COMPLIANCE_HEADLINE: readonly ComplianceIndicatorId[] = ['ENR-1', 'ENR-2', 'TIR-4', 'OVP-1', 'OVP-2', 'OVP-3', 'MON-1', 'SUP-3', 'FRD-1', 'REC-1'];
/** open follow-ups listed on the home page */
const HOME_ACTIONS = 10;

/** The annual report's DOCX draft of a frozen year, with what it was made from. */
export interface AnnualReportDraft {
  fileName: string;
  content: Buffer;
  snapshotIds: number[];
  indicators: number;
}

const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * The compliance exports (issue 18): the scorecard as XLSX (from the one scorecard read), a cell's drill-down list as
 * XLSX (through the target list's own read), the annual report as DOCX (from the frozen year), and the home page.
 */
@Injectable()
export class ComplianceReportsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly scorecards: ComplianceScorecardService,
    private readonly actions: ComplianceActionsService,
    private readonly audit: AuditLogService,
    private readonly regions: RegionsService,
    private readonly inbox: InboxService,
  ) {}

  /** `GET /api/compliance/export`: the scorecard of a region (default the caller's, 400 outside its scope) and period. */
  async sendScorecard(actor: Actor, regionCode: string | undefined, periodText: string, res: Response): Promise<void> {
    const region = requestedRegion(actor, regionCode);
    const period = parseCompliancePeriod(periodText);
    if (!period) throw fieldError('period', 'period: 须为 2000–2100 年间的 2026-10、2026-Q3 或 2026 形式的期间 (a month, quarter or year)');
    const scorecard = await this.scorecards.scorecard(actor, region.regionCode, period.period);
    const actions = await this.actions.forPeriod(actor, region.regionCode, period.period, MAX_EXPORTED_ACTIONS);
    const regionNames = await this.regions.names([region.regionCode, ...actions.flatMap((a) => [a.regionCode, a.responsibleRegionCode])]);
    const regionName = regionNames.get(region.regionCode) ?? region.regionCode;
    await this.audit.record(actor, {
      action: 'export',
      resource: 'compliance',
      resourceId: `${region.regionCode}:${period.period}`,
      after: { sheets: SCORECARD_SHEETS, rows: scorecard.rows.length, actions: actions.length, snapshotId: scorecard.snapshotId },
    });
    await sendWorkbook(res, `${regionName}${period.period}政策合规审计记分卡.xlsx`, (wb) =>
      complianceScorecardWorkbook(wb, { scorecard, regionName, today: chinaDate(new Date()), actions, regionNames }),
    );
  }

  /**
   * `GET /api/compliance/cells/:regionCode/:period/:indicatorId/export`: the numerator's records as the drill-down list
   * shows them — the target list's own read with the cell's filter (its scope, masking and filters), paged through;
   * ID numbers masked in every text. A cell outside the caller's region is not found (404); a role that may not read
   * the target list is refused (403); more than MAX_DRILL_DOWN_ROWS records is a 400 asking for a smaller cell.
   */
  async sendDrillDown(actor: Actor, cellParams: { regionCode: string; period: string; indicatorId: string }, res: Response): Promise<void> {
    const cell = await checkedCell(actor, this.regions, cellParams);
    const def = COMPLIANCE_INDICATORS[cell.indicatorId];
    const { resource } = def.drillDown;
    const target = DRILL_DOWN_LISTS[resource];
    if (!target) throw new Error(`compliance: no list read for drill-down resource ${resource}`);
    if (!can(actor.role, resource as Resource, 'list')) throw domainError(403, 'role_forbidden');
    const filter = complianceDrillDownFilter(def, cell.regionCode, cell.period);
    const service = this.moduleRef.get(target.service, { strict: false }) as Record<string, ListRead>;
    const read: ListRead = (a, query) => service[target.read].call(service, a, query);
    const first = await read(actor, { ...filter, _start: '0', _end: String(DRILL_DOWN_PAGE) });
    if (first.total > MAX_DRILL_DOWN_ROWS)
      throw fieldError(
        'regionCode',
        `该单元格涉及 ${first.total} 条记录，超过 ${MAX_DRILL_DOWN_ROWS} 条，请按下级地区或较短期间导出 (more than ${MAX_DRILL_DOWN_ROWS} records: export a smaller region or period)`,
      );
    const rows = [...first.rows];
    while (rows.length < first.total) {
      const page = await read(actor, { ...filter, _start: String(rows.length), _end: String(rows.length + DRILL_DOWN_PAGE) });
      if (!page.rows.length) break;
      rows.push(...page.rows);
    }
    const columns = [
      ...new Set(
        rows.flatMap((r) =>
          Object.entries(r)
            .filter(([k, v]) => isScalar(v) && k !== 'version')
            .map(([k]) => k),
        ),
      ),
    ];
    const text = (v: unknown) => (typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'string' ? maskIdNumbersIn(v) : (v as number | null));
    await this.audit.record(actor, {
      action: 'export',
      resource: 'compliance',
      resourceId: cellRef(cell),
      after: { drillDown: resource, filter, rows: rows.length, maskedIds: true },
    });
    await sendWorkbook(res, `${cell.regionName}${cell.period.period}${def.id}明细.xlsx`, (wb) =>
      officialList(wb, {
        sheet: `${def.id}明细`,
        title: `${cell.regionName} ${cell.period.period} ${def.id} ${def.label.zh}：${def.numerator.zh}`,
        subtitle: {
          text: `筛选条件：${Object.entries(filter)
            .map(([k, v]) => `${k}=${v}`)
            .join('，')}；共 ${rows.length} 条；身份证号已脱敏`,
        },
        headers: columns.map((c) => DRILL_DOWN_HEADERS[c] ?? c),
        rows: rows.map((r) => columns.map((c) => text((r as Record<string, unknown>)[c]))),
        widths: columns.map((c) => (c === 'title' || c === 'name' ? 30 : 16)),
      }),
    );
  }

  /**
   * `GET /api/compliance/annual-report`: the DOCX draft of a region's year from its frozen results (S4 §八). A year
   * that is not frozen is a 409 naming the snapshot to make first.
   */
  async sendAnnualReport(actor: Actor, regionCode: string | undefined, year: number, res: Response): Promise<void> {
    const region = requestedRegion(actor, regionCode);
    const draft = await this.annualReportDraft(this.ds.manager, region.regionCode, year);
    await this.audit.record(actor, {
      action: 'export',
      resource: 'compliance',
      resourceId: `${region.regionCode}:${year}`,
      after: { annualReport: true, snapshotIds: draft.snapshotIds, indicators: draft.indicators },
    });
    res.setHeader('Content-Type', DOCX_MIME);
    res.setHeader('Content-Disposition', contentDisposition(draft.fileName, 'annual-report.docx'));
    res.setHeader('Cache-Control', 'no-store');
    res.end(draft.content);
  }

  /**
   * The annual report's DOCX draft of a region's frozen year, read through `em` (the freeze files it inside its own
   * transaction, before the frozen rows are committed). A year that is not frozen is a 409 naming the snapshot to make.
   */
  async annualReportDraft(em: EntityManager, regionCode: string, year: number): Promise<AnnualReportDraft> {
    const period = parseCompliancePeriod(String(year));
    if (!period || period.kind !== 'year') throw fieldError('year', 'year: 须为 2000–2100 年间的年份 (a year)');
    const results = em.getRepository(ComplianceResult);
    const own = await results.find({ where: { regionCode, period: period.period, snapshotId: Not(IsNull()) } });
    if (!own.length) {
      throw new ConflictException({
        statusCode: 409,
        error: 'Conflict',
        message: `${regionCode} ${period.period} 年度尚未冻结，请先冻结（POST /api/compliance-snapshots {regionCode: ${regionCode}, period: ${period.period}}） (no snapshot of ${regionCode} for ${period.period}: freeze the year first)`,
        details: { reason: 'not_frozen', regionCode, period: period.period },
      });
    }
    const children = await em.getRepository(Region).find({ where: { parentCode: regionCode }, select: { code: true } });
    const childRows = children.length
      ? await results.find({ where: { regionCode: In(children.map((c) => c.code)), period: period.period, status: 'red' } })
      : [];
    const comments = await em.getRepository(ComplianceComment).find({
      where: { regionCode, period: period.period },
      order: { id: 'ASC' },
    });
    const names = await this.regions.names([regionCode, ...childRows.map((r) => r.regionCode)]);
    const unitName = names.get(regionCode) ?? regionCode;
    const actionCounts = await this.actions.countsByStatus(regionCode, period.period, em);
    const input: AnnualReportInput = {
      unitName,
      year,
      today: chinaDate(new Date()),
      snapshotIds: [...new Set(own.map((r) => r.snapshotId!))],
      results: own,
      redChildren: childRows.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode })),
      comments,
      actionCounts,
    };
    return {
      fileName: `${unitName}${year}年度医疗保障扶贫重点工作完成情况报告（草稿）.docx`,
      content: await annualReportBody(input),
      snapshotIds: input.snapshotIds,
      indicators: own.length,
    };
  }

  /** `GET /api/compliance/home`: headline figures with sparklines, children by red cells, inbox, open follow-ups. */
  async home(actor: Actor, regionCode: string | undefined, periodText: string | undefined): Promise<ComplianceHome> {
    const region = requestedRegion(actor, regionCode);
    const period = parseCompliancePeriod(periodText ?? chinaDate(new Date()).slice(0, 7));
    if (!period || period.kind !== 'month') throw fieldError('period', 'period: 须为 2026-10 形式的月份 (a month)');
    const months = Array.from({ length: 12 }, (_, i) => shiftCompliancePeriod(period, i - 11).period);
    const results = this.ds.getRepository(ComplianceResult);
    const trendRows = await results.find({
      where: { regionCode: region.regionCode, period: In(months), indicatorId: In([...COMPLIANCE_HEADLINE]) },
    });
    const byKey = new Map(trendRows.map((r) => [`${r.indicatorId}|${r.period}`, r]));
    const point = (id: string, p: string): ComplianceTrendPoint => {
      const r = byKey.get(`${id}|${p}`);
      return r
        ? { period: p, numerator: r.numerator, denominator: r.denominator, value: r.value, status: r.status as ComplianceStatus }
        : { period: p, numerator: 0, denominator: 0, value: null, status: 'no_data' };
    };
    const headline = COMPLIANCE_HEADLINE.map((id) => ({
      indicatorId: id,
      current: byKey.has(`${id}|${period.period}`) ? point(id, period.period) : null,
      trend: months.map((p) => point(id, p)),
    }));
    const children = await this.ds.getRepository(Region).find({ where: { parentCode: region.regionCode }, select: { code: true } });
    const counts = children.length
      ? await results
          .createQueryBuilder('r')
          .select('r.regionCode', 'regionCode')
          .addSelect('r.status', 'status')
          .addSelect('COUNT(*)', 'n')
          .where('r.regionCode IN (:...codes) AND r.period = :period', { codes: children.map((c) => c.code), period: period.period })
          .groupBy('r.regionCode')
          .addGroupBy('r.status')
          .getRawMany<{ regionCode: string; status: string; n: number | string }>()
      : [];
    const names = await this.regions.names([region.regionCode, ...children.map((c) => c.code)]);
    const ranked: ComplianceHomeRegion[] = children.map((c) => {
      const n = (status: string) => Number(counts.find((r) => r.regionCode === c.code && r.status === status)?.n ?? 0);
      return {
        regionCode: c.code,
        regionName: names.get(c.code) ?? null,
        redCells: n('red'),
        amberCells: n('amber'),
        computedCells: n('red') + n('amber') + n('green'),
      };
    });
    ranked.sort((a, b) => b.redCells - a.redCells || b.amberCells - a.amberCells || a.regionCode.localeCompare(b.regionCode));
    const summary = await this.inbox.summary(actor);
    return {
      regionCode: region.regionCode,
      regionName: names.get(region.regionCode) ?? null,
      period: period.period,
      headline,
      children: ranked,
      inbox: { total: summary.total, overdue: summary.overdue },
      openActions: await this.actions.openSummary(actor, region.regionCode, HOME_ACTIONS),
    };
  }
}
