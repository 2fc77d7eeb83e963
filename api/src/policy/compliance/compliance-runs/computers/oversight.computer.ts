import { Injectable } from '@nestjs/common';
import type { ComplianceIndicatorId, ReportingDuty } from '@yibao/shared';
import type { ObjectLiteral } from 'typeorm';
import type { ListDialect } from '../../../../common/list';
import { RegionScope, scopeQuery } from '../../../../common/region-scope';
import { FraudCase, FraudClue, fraudCaseOpenSql, fraudCaseOverdueSql, fraudClueDecidedInTimeSql, fraudClueJudgedSql } from '../../../fraud';
import {
  RectificationItem,
  rectificationClosedInTimeSql,
  rectificationDueJudgedSql,
  rectificationOpenSql,
  rectificationOverdueSql,
} from '../../../rectification';
import { ReportingTask, ReportingTasksService, reportingRateCounts, responsibilityTableApprovedInTimeSql } from '../../../supervision';
import { unitOf, type IndicatorComputation, type IndicatorComputer, type UnitFigure } from '../indicator-computer';

/** SUP-2's duties: the quarterly dispatch statistics (S0 §四) and the annual report to the national bureau (S4 §八). */
export const SUP2_DUTIES: readonly ReportingDuty[] = ['quarterly_statistics', 'annual_report'];

const num = (v: unknown): number => Number(v ?? 0);

/** A WHERE condition with its named parameters (each module's exported list condition has this shape). */
interface Condition {
  sql: string;
  params: Record<string, unknown>;
}

/** Figures summed per (unit, indicator): a grouped query's rows for towns or villages land on their county. */
class Figures {
  private readonly byKey = new Map<string, UnitFigure>();

  add(regionCode: string, indicatorId: ComplianceIndicatorId, numerator: number, denominator: number): void {
    const unit = unitOf(regionCode);
    const key = `${unit}|${indicatorId}`;
    const f = this.byKey.get(key) ?? { regionCode: unit, indicatorId, numerator: 0, denominator: 0 };
    f.numerator += numerator;
    f.denominator += denominator;
    this.byKey.set(key, f);
  }

  list(): UnitFigure[] {
    return [...this.byKey.values()].filter((f) => f.numerator || f.denominator);
  }
}

/**
 * OVP-3, REC-1, SUP-1…3, FRD-1, FRD-2 from rectification items, reporting tasks with the responsibility tables, fraud
 * cases and clues: one grouped query per source in the run's subtree, each condition the one its module's list
 * filters with (exported beside the list), so a cell's drill-down list shows exactly its records. Snapshot counts
 * (OVP-3, FRD-1) are taken at the period's end, or today while the period runs; the catalogue
 * (shared/src/compliance/catalogue/oversight.ts) says each formula in words.
 */
@Injectable()
export class OversightIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['OVP-3', 'REC-1', 'SUP-1', 'SUP-2', 'SUP-3', 'FRD-1', 'FRD-2'];

  constructor(private readonly reportingTasks: ReportingTasksService) {}

  async compute(c: IndicatorComputation): Promise<UnitFigure[]> {
    const scope = RegionScope.of(c.regionCode);
    const dialect: ListDialect = c.em.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    const figures = new Figures();
    await this.rectification(c, scope, dialect, figures);
    await this.supervision(c, scope, dialect, figures);
    await this.fraud(c, scope, figures);
    return figures.list();
  }

  /** The day a snapshot count is taken: the period's last day, or today while it runs. */
  private asOf(c: IndicatorComputation): string {
    return c.period.to < c.today ? c.period.to : c.today;
  }

  /**
   * One grouped query: per record region, the rows meeting every `where` (the denominator) and those of them meeting
   * `numerator`, added to the figures of `id`.
   */
  private async count<T extends ObjectLiteral>(
    c: IndicatorComputation,
    scope: RegionScope,
    figures: Figures,
    id: ComplianceIndicatorId,
    entity: new () => T,
    numerator: Condition,
    ...where: Condition[]
  ): Promise<void> {
    const qb = scopeQuery(c.em.getRepository(entity).createQueryBuilder('x'), scope)
      .select('x.regionCode', 'regionCode')
      .addSelect(`SUM(CASE WHEN ${numerator.sql} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .setParameters(numerator.params)
      .groupBy('x.regionCode');
    for (const w of where) qb.andWhere(w.sql, w.params);
    const rows = await qb.getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of rows) figures.add(r.regionCode, id, num(r.numerator), num(r.denominator));
  }

  /** OVP-3 (open past due at the snapshot day, of those open then) and REC-1 (due in the period, 销号 by the due day). */
  private async rectification(c: IndicatorComputation, scope: RegionScope, dialect: ListDialect, figures: Figures): Promise<void> {
    const asOf = this.asOf(c);
    await this.count(c, scope, figures, 'OVP-3', RectificationItem, rectificationOverdueSql('x', 'od', asOf), rectificationOpenSql('x', 'oa', asOf));
    await this.count(
      c,
      scope,
      figures,
      'REC-1',
      RectificationItem,
      { sql: rectificationClosedInTimeSql('x', dialect), params: {} },
      this.between('x.dueOn', c),
      rectificationDueJudgedSql('x', 'jd', c.today, dialect),
    );
  }

  /** SUP-1 (tables approved by their due day), SUP-2 and SUP-3 (reporting rates: received on time ÷ expected). */
  private async supervision(c: IndicatorComputation, scope: RegionScope, dialect: ListDialect, figures: Figures): Promise<void> {
    // the expected tasks of the period's year exist (as the reporting-rates report makes sure)
    await this.reportingTasks.generateYear(c.period.year, scope, c.em);
    const approved = responsibilityTableApprovedInTimeSql('x', dialect);
    await this.count(
      c,
      scope,
      figures,
      'SUP-1',
      ReportingTask,
      { sql: approved, params: {} },
      { sql: 'x.duty = :duty', params: { duty: 'responsibility_table' } },
      this.between('x.dueOn', c),
      // a table not yet due and not yet approved is not judged yet
      { sql: `(x.dueOn < :today OR ${approved})`, params: { today: c.today } },
    );
    for (const [id, duties] of [
      ['SUP-2', SUP2_DUTIES],
      ['SUP-3', undefined],
    ] as const) {
      const rows = await reportingRateCounts(c.em, scope, { period: c.period.period, duties }, 't.regionCode');
      for (const r of rows) figures.add(r.group, id, r.onTime, r.expected);
    }
  }

  /** FRD-1 (open cases past the decision deadline at the snapshot day), FRD-2 (clues decided in time); FRD-3 is stage-timeliness's. */
  private async fraud(c: IndicatorComputation, scope: RegionScope, figures: Figures): Promise<void> {
    const asOf = this.asOf(c);
    await this.count(c, scope, figures, 'FRD-1', FraudCase, fraudCaseOverdueSql('x', 'od', asOf), fraudCaseOpenSql('x', 'op', asOf));
    await this.count(
      c,
      scope,
      figures,
      'FRD-2',
      FraudClue,
      { sql: fraudClueDecidedInTimeSql('x'), params: {} },
      this.between('x.receivedOn', c),
      fraudClueJudgedSql('x', 'jd', c.today),
    );
  }

  /** A China-date column within the period. */
  private between(column: string, c: IndicatorComputation): Condition {
    return { sql: `${column} >= :from AND ${column} <= :to`, params: { from: c.period.from, to: c.period.to } };
  }
}
