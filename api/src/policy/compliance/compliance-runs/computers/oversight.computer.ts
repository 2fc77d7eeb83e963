import { Injectable } from '@nestjs/common';
import type { ComplianceIndicatorId, ReportingDuty } from '@yibao/shared';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListDialect } from '../../../../common/list';
import { RegionScope, scopeQuery } from '../../../../common/region-scope';
import { endOfChinaDay } from '../../../../platform/workflow/due-dates';
import { FraudCase, FraudClue, fraudCaseOpenSql, fraudCaseOverdueSql, fraudClueDecidedInTimeSql } from '../../../fraud';
import {
  RectificationItem,
  rectificationClosedInTimeSql,
  rectificationDueJudgedSql,
  rectificationOpenSql,
  rectificationOverdueSql,
} from '../../../rectification';
import { FraudSuspicion, fraudSuspicionOverdueSql } from '../../../screening';
import { ReportingTask, ReportingTasksService, reportingRateCounts, responsibilityTableApprovedInTimeSql } from '../../../supervision';
import { unitOf, type IndicatorComputation, type IndicatorComputer, type UnitFigure } from '../indicator-computer';

/** SUP-2's duties: the quarterly dispatch statistics (S0 §四) and the annual report to the national bureau (S4 §八). */
export const SUP2_DUTIES: readonly ReportingDuty[] = ['quarterly_statistics', 'annual_report'];

const num = (v: unknown): number => Number(v ?? 0);

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
 * OVP-3, REC-1, SUP-1…3, FRD-1…3 from rectification items, reporting tasks with the responsibility tables, fraud
 * cases, clues and 疑点: one grouped query per source in the run's subtree, each condition the one its module's list
 * filters with (exported beside the list), so a cell's drill-down list shows exactly its records. Snapshot counts
 * (OVP-3, FRD-1) are taken at the period's end, or today while the period runs; the catalogue
 * (shared/src/compliance/catalogue/oversight.ts) says each formula in words.
 */
@Injectable()
export class OversightIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['OVP-3', 'REC-1', 'SUP-1', 'SUP-2', 'SUP-3', 'FRD-1', 'FRD-2', 'FRD-3'];

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

  private grouped<T extends ObjectLiteral>(em: EntityManager, entity: new () => T, scope: RegionScope): SelectQueryBuilder<T> {
    return scopeQuery(em.getRepository(entity).createQueryBuilder('x'), scope).select('x.regionCode', 'regionCode').groupBy('x.regionCode');
  }

  /** OVP-3 (open past due at the snapshot day, of those open then) and REC-1 (due in the period, 销号 by the due day). */
  private async rectification(c: IndicatorComputation, scope: RegionScope, dialect: ListDialect, figures: Figures): Promise<void> {
    const asOf = this.asOf(c);
    const overdue = rectificationOverdueSql('x', 'od', asOf);
    const open = rectificationOpenSql('x', 'oa', asOf);
    const ovp3 = await this.grouped(c.em, RectificationItem, scope)
      .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere(open.sql, open.params)
      .setParameters(overdue.params)
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of ovp3) figures.add(r.regionCode, 'OVP-3', num(r.numerator), num(r.denominator));

    const inTime = rectificationClosedInTimeSql('x', dialect);
    const judged = rectificationDueJudgedSql('x', 'jd', c.today, dialect);
    const rec1 = await this.grouped(c.em, RectificationItem, scope)
      .addSelect(`SUM(CASE WHEN ${inTime} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere('x.dueOn >= :from AND x.dueOn <= :to', { from: c.period.from, to: c.period.to })
      .andWhere(judged.sql, judged.params)
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of rec1) figures.add(r.regionCode, 'REC-1', num(r.numerator), num(r.denominator));
  }

  /** SUP-1 (tables approved by their due day), SUP-2 and SUP-3 (reporting rates: received on time ÷ expected). */
  private async supervision(c: IndicatorComputation, scope: RegionScope, dialect: ListDialect, figures: Figures): Promise<void> {
    // the expected tasks of the period's year exist (as the reporting-rates report makes sure)
    await this.reportingTasks.generateYear(c.period.year, scope, c.em);
    const approved = responsibilityTableApprovedInTimeSql('x', dialect);
    const sup1 = await this.grouped(c.em, ReportingTask, scope)
      .addSelect(`SUM(CASE WHEN ${approved} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere('x.duty = :duty', { duty: 'responsibility_table' })
      .andWhere('x.dueOn >= :from AND x.dueOn <= :to', { from: c.period.from, to: c.period.to })
      // a table not yet due and not yet approved is not judged yet
      .andWhere(`(x.dueOn < :today OR ${approved})`, { today: c.today })
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of sup1) figures.add(r.regionCode, 'SUP-1', num(r.numerator), num(r.denominator));

    for (const [id, duties] of [
      ['SUP-2', SUP2_DUTIES],
      ['SUP-3', undefined],
    ] as const) {
      const rows = await reportingRateCounts(c.em, scope, { period: c.period.period, duties }, 't.regionCode');
      for (const r of rows) figures.add(r.group, id, r.onTime, r.expected);
    }
  }

  /** FRD-1 (open cases past the decision deadline at the snapshot day), FRD-2 (clues decided in time), FRD-3 (疑点 within their stage limits). */
  private async fraud(c: IndicatorComputation, scope: RegionScope, figures: Figures): Promise<void> {
    const asOf = this.asOf(c);
    const open = fraudCaseOpenSql('x', 'op', asOf);
    const overdue = fraudCaseOverdueSql('x', 'od', asOf);
    const frd1 = await this.grouped(c.em, FraudCase, scope)
      .addSelect(`SUM(CASE WHEN ${overdue.sql} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere(open.sql, open.params)
      .setParameters(overdue.params)
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of frd1) figures.add(r.regionCode, 'FRD-1', num(r.numerator), num(r.denominator));

    const inTime = fraudClueDecidedInTimeSql('x');
    const frd2 = await this.grouped(c.em, FraudClue, scope)
      .addSelect(`SUM(CASE WHEN ${inTime} THEN 1 ELSE 0 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere('x.receivedOn >= :from AND x.receivedOn <= :to', { from: c.period.from, to: c.period.to })
      // decided, or its deadline passed undecided: a clue still within its time is not judged yet
      .andWhere('(x.decidedOn IS NOT NULL OR x.verifyDueOn < :today)', { today: c.today })
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of frd2) figures.add(r.regionCode, 'FRD-2', num(r.numerator), num(r.denominator));

    const late = fraudSuspicionOverdueSql('x', 'od', c.today);
    const frd3 = await this.grouped(c.em, FraudSuspicion, scope)
      .addSelect(`SUM(CASE WHEN ${late.sql} THEN 0 ELSE 1 END)`, 'numerator')
      .addSelect('COUNT(*)', 'denominator')
      .andWhere('x.createdAt >= :from AND x.createdAt <= :to', {
        from: new Date(`${c.period.from}T00:00:00.000+08:00`),
        to: endOfChinaDay(c.period.to),
      })
      .setParameters(late.params)
      .getRawMany<{ regionCode: string; numerator: unknown; denominator: unknown }>();
    for (const r of frd3) figures.add(r.regionCode, 'FRD-3', num(r.numerator), num(r.denominator));
  }
}
