import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  chinaDate,
  COMPLIANCE_AREA_CODES,
  COMPLIANCE_INDICATOR_CODES,
  COMPLIANCE_INDICATOR_LIST,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  compliancePeriodTrend,
  complianceTrendArrow,
  isRegionCode,
  scorecardAverage,
  selectScorecardRows,
  shiftCompliancePeriod,
  type ComplianceCell,
  type ComplianceCellExplanation,
  type ComplianceIndicatorId,
  type ComplianceIndicatorItem,
  type ComplianceScorecard,
  type ComplianceScorecardRow,
  type ComplianceStatus,
  type ComplianceTrendPoint,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { isInScope, notFound, regionAncestors } from '../../../common/region-scope';
import { Region } from '../../../platform/regions/region.entity';
import { ComplianceFollowUpsReader, cellKey } from '../compliance-actions/compliance-follow-ups.reader';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import { compliancePeriodOf } from '../compliance-period';
import { ComplianceSnapshot } from '../compliance-snapshots/compliance-snapshot.entity';
import { ComplianceTargetsService } from '../compliance-targets/compliance-targets.service';

/** What the scorecard read takes besides region and period (issue 18's filters). */
export interface ScorecardOptions {
  /** rows down to the region's children (1, the default) or grandchildren (2) */
  depth?: 1 | 2;
  area?: string;
  onlyRed?: boolean;
  /** top/bottom N child rows by red cells */
  top?: number;
  bottom?: number;
  indicators?: readonly ComplianceIndicatorId[];
}

/** The levels a scorecard row may be: results are kept down to counties (townships report through theirs). */
const ROW_LEVELS = ['national', 'province', 'city', 'county'];

/** A stored result as a cell (follow-up counts and the previous value filled by the caller). */
function cellOf(r: ComplianceResult, previous: ComplianceResult | undefined, counts: { openActions: number; comments: number } | undefined): ComplianceCell {
  const def = COMPLIANCE_INDICATORS[r.indicatorId as ComplianceIndicatorId];
  const previousValue = previous?.value ?? null;
  return {
    regionCode: r.regionCode,
    period: r.period,
    indicatorId: r.indicatorId as ComplianceIndicatorId,
    numerator: r.numerator,
    denominator: r.denominator,
    value: r.value,
    status: r.status as ComplianceStatus,
    threshold: r.threshold,
    previousValue,
    arrow: complianceTrendArrow(def.effectiveGap, r.value, previousValue),
    frozen: r.snapshotId !== null,
    changedSinceFrozen: r.snapshotId !== null && r.liveNumerator !== null,
    liveNumerator: r.liveNumerator,
    liveDenominator: r.liveDenominator,
    openActions: counts?.openActions ?? 0,
    comments: counts?.comments ?? 0,
  };
}

/**
 * The scorecard read (`GET /api/compliance`), the one place results become rows and cells — the exports read it too —
 * with the catalogue in force (`/indicators`) and a cell's explanation (`/cells/…`). Reads stored results only: a
 * period never run has rows without cells.
 */
@Injectable()
export class ComplianceScorecardService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly targets: ComplianceTargetsService,
    private readonly followUps: ComplianceFollowUpsReader,
  ) {}

  /** A region code of the caller's subtree that exists: 400 for a malformed code, 404 outside the scope or unknown (never say which). */
  private async region(actor: Actor, regionCode: string | undefined): Promise<Region> {
    const code = regionCode ?? actor.regionCode;
    if (!isRegionCode(code)) throw fieldError('regionCode', '须为 6 位或 9 位行政区划代码 (a division code)');
    const region = isInScope(actor, code) ? await this.ds.getRepository(Region).findOneBy({ code }) : null;
    if (!region || !ROW_LEVELS.includes(region.level)) throw notFound('compliance', code);
    return region;
  }

  /** The indicators shown: the catalogue's order, narrowed by area (400 naming `area` for an unknown one). */
  private indicatorsOf(options: Pick<ScorecardOptions, 'area' | 'indicators'>): ComplianceIndicatorId[] {
    if (options.area !== undefined && !COMPLIANCE_AREA_CODES.is(options.area))
      throw fieldError('area', `须为 ${COMPLIANCE_AREA_CODES.values.join('、')} 之一 (an indicator area)`);
    return COMPLIANCE_INDICATOR_LIST.filter(
      (d) => (!options.area || d.area === options.area) && (!options.indicators || options.indicators.includes(d.id)),
    ).map((d) => d.id);
  }

  async scorecard(actor: Actor, regionCode: string, period: string, options: ScorecardOptions = {}): Promise<ComplianceScorecard> {
    const region = await this.region(actor, regionCode);
    const p = compliancePeriodOf(period);
    const indicators = this.indicatorsOf(options);
    const previous = shiftCompliancePeriod(p, -1).period;

    const repo = this.ds.getRepository(Region);
    const children = region.level === 'county' ? [] : await repo.find({ where: { parentCode: region.code, level: In(ROW_LEVELS) }, order: { code: 'ASC' } });
    const grandchildren =
      options.depth === 2 && children.length
        ? await repo.find({ where: { parentCode: In(children.map((c) => c.code)), level: In(ROW_LEVELS) }, order: { code: 'ASC' } })
        : [];
    const tree: { region: Region; depth: number }[] = [{ region, depth: 0 }];
    for (const child of children) {
      tree.push({ region: child, depth: 1 });
      for (const g of grandchildren) if (g.parentCode === child.code) tree.push({ region: g, depth: 2 });
    }
    const codes = tree.map((t) => t.region.code);
    const withKids = new Set(
      (
        await repo
          .createQueryBuilder('r')
          .select('DISTINCT r.parentCode', 'code')
          .where('r.parentCode IN (:...codes)', { codes })
          .andWhere('r.level IN (:...levels)', { levels: ROW_LEVELS })
          .getRawMany<{ code: string }>()
      ).map((r) => r.code),
    );

    const results = indicators.length
      ? await this.ds.getRepository(ComplianceResult).find({ where: { regionCode: In(codes), period: In([p.period, previous]), indicatorId: In(indicators) } })
      : [];
    const byCell = new Map(results.map((r) => [cellKey(r.regionCode, r.period, r.indicatorId), r]));
    const counts = await this.followUps.countsByCell(codes, p.period, this.ds.manager);

    let runId: number | null = null;
    let computedAt: Date | null = null;
    const rows: ComplianceScorecardRow[] = tree.map(({ region: r, depth }) => {
      const cells: ComplianceScorecardRow['cells'] = {};
      let redCount = 0;
      for (const id of indicators) {
        const stored = byCell.get(cellKey(r.code, p.period, id));
        if (!stored) continue;
        if (runId === null || stored.runId > runId) runId = stored.runId;
        if (computedAt === null || new Date(stored.computedAt) > computedAt) computedAt = new Date(stored.computedAt);
        const cell = cellOf(stored, byCell.get(cellKey(r.code, previous, id)), counts.get(cellKey(r.code, p.period, id)));
        if (cell.status === 'red') redCount++;
        cells[id] = cell;
      }
      return { regionCode: r.code, regionName: r.name, level: r.level, parentCode: r.parentCode, depth, hasChildren: withKids.has(r.code), cells, redCount };
    });

    const shown = selectScorecardRows(rows, options);
    const snapshot = await this.ds
      .getRepository(ComplianceSnapshot)
      .findOne({ where: { period: p.period, regionCode: In([region.code, ...regionAncestors(region.code)]) }, order: { id: 'ASC' } });
    return {
      regionCode: region.code,
      period: p.period,
      runId,
      computedAt: computedAt ? (computedAt as Date).toISOString() : null,
      snapshotId: snapshot?.id ?? null,
      indicators,
      rows: shown,
      average: scorecardAverage(shown, indicators),
    };
  }

  /** `GET /api/compliance/indicators`: the catalogue with the line in force for the region (default the caller's) and year (default this one). */
  async indicators(actor: Actor, regionCode: string | undefined, year: number | undefined): Promise<ComplianceIndicatorItem[]> {
    const region = await this.region(actor, regionCode);
    const applicable = await this.targets.applicable(region.code, year ?? Number(chinaDate(new Date()).slice(0, 4)), this.ds.manager);
    return COMPLIANCE_INDICATOR_LIST.map((def) => ({ ...def, target: applicable.targets[def.id] }));
  }

  /** `GET /api/compliance/cells/:regionCode/:period/:indicatorId`: what the explanation drawer shows. */
  async explain(actor: Actor, regionCode: string, period: string, indicatorId: string): Promise<ComplianceCellExplanation> {
    if (!COMPLIANCE_INDICATOR_CODES.is(indicatorId)) throw fieldError('indicatorId', '须为目录中的指标编号，如 ENR-1 (an indicator id of the catalogue)');
    const p = compliancePeriodOf(period);
    const region = await this.region(actor, regionCode);
    const def = COMPLIANCE_INDICATORS[indicatorId];
    const applicable = await this.targets.applicable(region.code, p.year, this.ds.manager);
    const trendPeriods = compliancePeriodTrend(p).map((t) => t.period);
    const previous = shiftCompliancePeriod(p, -1).period;
    const stored = await this.ds
      .getRepository(ComplianceResult)
      .find({ where: { regionCode: region.code, indicatorId, period: In([...new Set([...trendPeriods, previous])]) } });
    const byPeriod = new Map(stored.map((r) => [r.period, r]));
    const current = byPeriod.get(p.period);
    const counts = current
      ? (await this.followUps.countsByCell([region.code], p.period, this.ds.manager)).get(cellKey(region.code, p.period, indicatorId))
      : undefined;
    const trend: ComplianceTrendPoint[] = trendPeriods.map((period) => {
      const r = byPeriod.get(period);
      return r
        ? { period, numerator: r.numerator, denominator: r.denominator, value: r.value, status: r.status as ComplianceStatus }
        : { period, numerator: 0, denominator: 0, value: null, status: 'no_data' };
    });
    return {
      regionCode: region.code,
      regionName: region.name,
      period: p.period,
      indicator: { ...def, target: applicable.targets[indicatorId] },
      cell: current ? cellOf(current, byPeriod.get(previous), counts) : null,
      trend,
      drillDown: { resource: def.drillDown.resource, filter: complianceDrillDownFilter(def, region.code, p) },
    };
  }
}
