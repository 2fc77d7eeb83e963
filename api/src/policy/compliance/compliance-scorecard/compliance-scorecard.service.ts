import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable, OnModuleInit } from '@nestjs/common';
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
  type CompliancePeriod,
  type ComplianceScorecard,
  type ComplianceScorecardRow,
  type ComplianceStatus,
  type ComplianceTrendPoint,
} from '@yibao/shared';
import type { Actor } from '../../../common/actor';
import { fieldError } from '../../../common/errors';
import { isInScope, notFound, regionAncestors } from '../../../common/region-scope';
import { Region } from '../../../platform/regions/region.entity';
import { RegionsService } from '../../../platform/regions/regions.service';
import { ComplianceFollowUpsReader, cellKey } from '../compliance-actions/compliance-follow-ups.reader';
import { complianceGeneration, touchComplianceResults } from '../compliance-results/compliance-generation';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';
import { STORED_CELL_COLUMNS, storedCellOf, type StoredCell } from '../compliance-results/stored-cell';
import { compliancePeriodOf } from '../compliance-period';
import { instantOf } from '../compliance-raw';
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
function cellOf(
  r: StoredCell | ComplianceResult,
  previous: { value: number | null } | undefined,
  counts: { openActions: number; comments: number } | undefined,
): ComplianceCell {
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

/** Scorecards kept per process (each up to the expanded province's ≈ 2,500 cells): the pages people have open. */
const SCORECARD_CACHE_SIZE = 32;

/**
 * The scorecard as the stored results give it, before follow-up counts: what is cached under the province's results
 * generation. Follow-ups move without a run, so they are counted on every read and laid over it.
 */
interface ResultsScorecard {
  scorecard: ComplianceScorecard;
  /** the JSON body with the follow-up counts it was made with (`countsKey`), and gzipped once when first asked */
  json?: { countsKey: string; body: string; etag: string; gzip?: Buffer };
}

/** What `GET /api/compliance` sends: the body as text, or gzipped for a client that accepts it. */
export interface ScorecardBody {
  etag: string;
  body: string | Buffer;
  gzip: boolean;
}

/** The cached scorecard with each cell's follow-up counts: rows and cells without any are shared, never changed. */
function withFollowUps(base: ComplianceScorecard, counts: Map<string, { openActions: number; comments: number }>): ComplianceScorecard {
  if (!counts.size) return base;
  const rows = base.rows.map((row) => {
    let cells: ComplianceScorecardRow['cells'] | null = null;
    for (const id of base.indicators) {
      const cell = row.cells[id];
      const c = cell && counts.get(cellKey(row.regionCode, base.period, id));
      if (!cell || !c) continue;
      cells ??= { ...row.cells };
      cells[id] = { ...cell, openActions: c.openActions, comments: c.comments };
    }
    return cells ? { ...row, cells } : row;
  });
  return { ...base, rows };
}

/**
 * The scorecard read (`GET /api/compliance`), the one place results become rows and cells — the exports read it too —
 * with the catalogue in force (`/indicators`) and a cell's explanation (`/cells/…`). Reads stored results only: a
 * period never run has rows without cells.
 */
@Injectable()
export class ComplianceScorecardService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly targets: ComplianceTargetsService,
    private readonly followUps: ComplianceFollowUpsReader,
    private readonly regions: RegionsService,
  ) {}

  /** The rows show the region tree and names: a region added, renamed or removed bumps the results generation in its write. */
  onModuleInit(): void {
    this.regions.onRegionWrite((em, codes) => touchComplianceResults(em, codes));
  }

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

  /**
   * The scorecard: rows of the stored results, cached per process under the province's results generation (read
   * first, a primary-key lookup — a run, a freeze, here or in another API process, bumps it in its transaction), the
   * region and the options; the follow-up counts read every time and laid over it.
   */
  async scorecard(actor: Actor, regionCode: string, period: string, options: ScorecardOptions = {}): Promise<ComplianceScorecard> {
    const { entry, counts } = await this.read(actor, regionCode, period, options);
    return withFollowUps(entry.scorecard, counts);
  }

  /**
   * The scorecard as its JSON body (`GET /api/compliance`): the expanded province is ≈ 800 KB, whose serialising
   * costs more than the rest of the read, so the text is kept with the cached scorecard for the follow-up counts it
   * was made with, and made again only when they change. The same holds for compressing it (`gzip`: the client
   * accepts it): the compression middleware would gzip the 800 KB again on every send, so it is gzipped once and kept.
   */
  async scorecardJson(actor: Actor, regionCode: string, period: string, options: ScorecardOptions = {}, gzip = false): Promise<ScorecardBody> {
    const { key, entry, counts } = await this.read(actor, regionCode, period, options);
    const countsKey = [...counts]
      .map(([cell, c]) => `${cell}:${c.openActions}:${c.comments}`)
      .sort()
      .join(',');
    if (entry.json?.countsKey !== countsKey) {
      // the body's tag from what made it (cache key and follow-up counts), not from hashing its ≈ 800 KB on every send
      const etag = `W/"${createHash('sha1').update(key).update('|').update(countsKey).digest('base64url')}"`;
      entry.json = { countsKey, body: JSON.stringify(withFollowUps(entry.scorecard, counts)), etag };
    }
    if (!gzip) return { body: entry.json.body, etag: entry.json.etag, gzip: false };
    entry.json.gzip ??= gzipSync(entry.json.body);
    return { body: entry.json.gzip, etag: entry.json.etag, gzip: true };
  }

  /** The cached scorecard of the stored results (made on a miss) and the follow-up counts of its rows now. */
  private async read(
    actor: Actor,
    regionCode: string,
    period: string,
    options: ScorecardOptions,
  ): Promise<{ key: string; entry: ResultsScorecard; counts: Map<string, { openActions: number; comments: number }> }> {
    const region = await this.region(actor, regionCode);
    const p = compliancePeriodOf(period);
    const indicators = this.indicatorsOf(options);
    const generation = await complianceGeneration(this.ds.manager, region.code);
    const key = JSON.stringify([
      generation,
      region.code,
      p.period,
      options.depth ?? 1,
      options.onlyRed ?? false,
      options.top ?? null,
      options.bottom ?? null,
      indicators,
    ]);
    let entry = this.cache.get(key);
    if (entry) {
      // most recently used last
      this.cache.delete(key);
    } else {
      entry = { scorecard: await this.resultsScorecard(region, p, indicators, options) };
      if (this.cache.size >= SCORECARD_CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, entry);
    const counts = await this.followUps.countsByCell(
      entry.scorecard.rows.map((r) => r.regionCode),
      p.period,
      this.ds.manager,
    );
    return { key, entry, counts };
  }

  /** Cached scorecards by generation, region, period and options (SCORECARD_CACHE_SIZE, least recently used dropped). */
  private readonly cache = new Map<string, ResultsScorecard>();

  /** The scorecard from the stored results, follow-up counts 0: the region tree, one raw read of both periods' results. */
  private async resultsScorecard(
    region: Region,
    p: CompliancePeriod,
    indicators: ComplianceIndicatorId[],
    options: ScorecardOptions,
  ): Promise<ComplianceScorecard> {
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

    const qb = this.ds.getRepository(ComplianceResult).createQueryBuilder('c');
    for (const column of STORED_CELL_COLUMNS) qb.addSelect(`c.${column}`, column);
    const results = indicators.length
      ? (
          await qb
            .where('c.period IN (:...periods)', { periods: [p.period, previous] })
            .andWhere('c.regionCode IN (:...codes)', { codes })
            .andWhere('c.indicatorId IN (:...indicators)', { indicators })
            .getRawMany<Record<string, unknown>>()
        ).map(storedCellOf)
      : [];
    const byCell = new Map(results.map((r) => [cellKey(r.regionCode, r.period, r.indicatorId), r]));

    let runId: number | null = null;
    let computedAt: Date | null = null;
    const rows: ComplianceScorecardRow[] = tree.map(({ region: r, depth }) => {
      const cells: ComplianceScorecardRow['cells'] = {};
      let redCount = 0;
      for (const id of indicators) {
        const stored = byCell.get(cellKey(r.code, p.period, id));
        if (!stored) continue;
        if (runId === null || stored.runId > runId) runId = stored.runId;
        const at = instantOf(stored.computedAt);
        if (computedAt === null || at > computedAt) computedAt = at;
        const cell = cellOf(stored, byCell.get(cellKey(r.code, previous, id)), undefined);
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
