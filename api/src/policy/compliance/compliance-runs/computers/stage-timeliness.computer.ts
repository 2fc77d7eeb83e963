import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  allStagesOnTime,
  chinaDate,
  COST_WARNING_WORKFLOW,
  FINISHED_SUSPICION_STATES,
  stageSpans,
  type ComplianceIndicatorId,
  type FraudSuspicionState,
  type StageTransition,
} from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { RegionScope, scopeQuery } from '../../../../common/region-scope';
import { selectIn, tableOf } from '../../../../database/insert-many';
import { endOfChinaDay, stageDueAt, stageDueCondition, stageOverdueCondition, startOfChinaDay } from '../../../../platform/workflow/due-dates';
import { WorkflowTransition } from '../../../../platform/workflow/workflow-transition.entity';
import { CostWarning } from '../../../assistance';
import { FraudSuspicion } from '../../../screening';
import { SuspicionStagesService } from '../../../screening/fraud-suspicions/suspicion-stages.service';
import { instantOf } from '../../compliance-raw';
import { unitOf, type IndicatorComputation, type IndicatorComputer, type UnitFigure } from '../indicator-computer';

/** A transition row as read raw (the snapshot only for the 疑点's stage due dates). */
interface TransitionRow {
  recordId: number;
  fromState: string;
  toState: string;
  at: Date | string;
  snapshot?: string;
}

/**
 * MON-1 and FRD-3, judged on every stage a record passed (its workflow history, `workflow_transitions`), not only
 * the stage it is in now (stage-history.ts in shared): a warning verified late and on time since is late.
 * The records counted (the denominators) are those the catalogue names; a record without a history (written in
 * bulk, or before the history was kept) is judged on its current stage alone.
 */
@Injectable()
export class StageTimelinessIndicators implements IndicatorComputer {
  readonly indicators: readonly ComplianceIndicatorId[] = ['MON-1', 'FRD-3'];

  constructor(private readonly moduleRef: ModuleRef) {}

  async compute(c: IndicatorComputation): Promise<UnitFigure[]> {
    return [...(await this.costWarnings(c)), ...(await this.suspicions(c))];
  }

  /** The transitions of these records of a resource, in the order applied. */
  private async history(em: EntityManager, resource: string, ids: readonly number[], withSnapshot: boolean): Promise<Map<number, TransitionRow[]>> {
    const q = (col: string) => em.connection.driver.escape(col);
    const columns = ['recordId', 'fromState', 'toState', 'at', ...(withSnapshot ? ['snapshot'] : [])].map((col) => `${q(col)} AS ${q(col)}`).join(', ');
    const rows = await selectIn<TransitionRow>(
      em,
      `SELECT ${columns} FROM ${q(tableOf(em, WorkflowTransition))} WHERE ${q('resource')} = ? AND ${q('recordId')} IN (?) ORDER BY ${q('at')}, ${q('id')}`,
      ids,
      [resource],
    );
    const out = new Map<number, TransitionRow[]>();
    for (const r of rows) (out.get(Number(r.recordId)) ?? out.set(Number(r.recordId), []).get(Number(r.recordId))!).push(r);
    return out;
  }

  /**
   * MON-1: warnings finished (cleared or dismissed) in the period with every stage within its deadline, over those
   * finished plus the warnings whose current stage fell due in the period and is overdue at the run (the catalogue's
   * denominator; the cost-warnings list's dueFrom/dueTo/overdue filters show the latter).
   */
  private async costWarnings(c: IndicatorComputation): Promise<UnitFigure[]> {
    const start = startOfChinaDay(c.period.from);
    const end = endOfChinaDay(c.period.to);
    // "now" of the run: the moment itself when run today, else the end of the run's day
    const now = c.today === chinaDate(new Date()) ? new Date() : endOfChinaDay(c.today);
    const def = COST_WARNING_WORKFLOW;
    const finished = `(w.state IN (:...done) AND w.stateChangedAt >= :start AND w.stateChangedAt <= :end)`;
    const dueFrom = stageDueCondition(def, 'w', '>=', start, 'dueFrom');
    const dueTo = stageDueCondition(def, 'w', '<=', end, 'dueTo');
    const overdue = stageOverdueCondition(def, 'w', now, 'overdue');
    const rows = await scopeQuery(c.em.getRepository(CostWarning).createQueryBuilder('w'), RegionScope.of(c.regionCode))
      .select('w.id', 'id')
      .addSelect('w.regionCode', 'regionCode')
      .addSelect('w.state', 'state')
      .addSelect('w.stateChangedAt', 'stateChangedAt')
      .addSelect('w.createdAt', 'createdAt')
      .addSelect(`CASE WHEN ${finished} THEN 1 ELSE 0 END`, 'finished')
      .andWhere(`(${finished} OR (${dueFrom.sql} AND ${dueTo.sql} AND ${overdue.sql}))`)
      .setParameters({ done: ['cleared', 'dismissed'], start, end, ...dueFrom.params, ...dueTo.params, ...overdue.params })
      .getRawMany<{ id: number; regionCode: string; state: string; stateChangedAt: Date | string; createdAt: Date | string; finished: unknown }>();
    const done = rows.filter((r) => Number(r.finished) === 1);
    const history = await this.history(
      c.em,
      def.resource,
      done.map((r) => Number(r.id)),
      false,
    );
    const due = (state: string, enteredAt: Date) => stageDueAt(def, { state, stateChangedAt: enteredAt });
    const figures = new UnitFigures('MON-1');
    for (const r of rows) {
      let onTime = false;
      if (Number(r.finished) === 1) {
        const enteredAt = instantOf(r.stateChangedAt);
        const transitions: StageTransition[] = (history.get(Number(r.id)) ?? []).map((t) => {
          const at = instantOf(t.at);
          return { fromState: t.fromState, toState: t.toState, at, dueAt: due(t.toState, at) };
        });
        const createdAt = instantOf(r.createdAt);
        const spans = stageSpans({ state: r.state, enteredAt, dueAt: due(r.state, enteredAt) }, transitions, {
          createdAt,
          dueAt: transitions.length ? due(transitions[0].fromState, createdAt) : null,
        });
        onTime = allStagesOnTime(spans, now);
      }
      figures.add(r.regionCode, onTime ? 1 : 0, 1);
    }
    return figures.list();
  }

  /**
   * FRD-3: 疑点 raised in the period (the list's createdFrom / createdTo, China time) late at none of their stages —
   * each stage due at the end of its working-day due date (the one a transition's snapshot holds; the first stage's
   * from the province's limits, as the screening run set it); the current one judged as the list's `overdue` (due
   * before the run's day).
   */
  private async suspicions(c: IndicatorComputation): Promise<UnitFigure[]> {
    const rows = await scopeQuery(c.em.getRepository(FraudSuspicion).createQueryBuilder('x'), RegionScope.of(c.regionCode))
      .select('x.id', 'id')
      .addSelect('x.regionCode', 'regionCode')
      .addSelect('x.year', 'year')
      .addSelect('x.state', 'state')
      .addSelect('x.dueOn', 'dueOn')
      .addSelect('x.stateChangedAt', 'stateChangedAt')
      .addSelect('x.createdAt', 'createdAt')
      .andWhere('x.createdAt >= :from AND x.createdAt <= :to', { from: startOfChinaDay(c.period.from), to: endOfChinaDay(c.period.to) })
      .getRawMany<{
        id: number;
        regionCode: string;
        year: number;
        state: string;
        dueOn: string | null;
        stateChangedAt: Date | string;
        createdAt: Date | string;
      }>();
    const history = await this.history(
      c.em,
      'fraud-suspicions',
      rows.map((r) => Number(r.id)),
      true,
    );
    // the list's overdue: an open stage due before the run's day
    const now = startOfChinaDay(c.today);
    const open = (state: string) => !FINISHED_SUSPICION_STATES.includes(state as FraudSuspicionState);
    const dueAtOf = (state: string, dueOn: string | null | undefined) => (dueOn && open(state) ? endOfChinaDay(dueOn) : null);
    const firstDue = new Map<string, Promise<string | null>>();
    const figures = new UnitFigures('FRD-3');
    for (const r of rows) {
      const transitions: StageTransition[] = (history.get(Number(r.id)) ?? []).map((t) => ({
        fromState: t.fromState,
        toState: t.toState,
        at: instantOf(t.at),
        dueAt: dueAtOf(t.toState, (JSON.parse(t.snapshot ?? '{}') as { dueOn?: string | null }).dueOn),
      }));
      const createdAt = instantOf(r.createdAt);
      let first: Date | null = null;
      if (transitions.length) {
        // the first stage's due date is overwritten when the 疑点 moves on: made again as the screening run made it
        const state = transitions[0].fromState;
        const key = `${state}|${r.regionCode}|${r.year}|${chinaDate(createdAt)}`;
        if (!firstDue.has(key))
          firstDue.set(
            key,
            this.stages().then(async (s) => (await s.dueOn(state as FraudSuspicionState, r.regionCode, Number(r.year), chinaDate(createdAt), c.em)).dueOn),
          );
        first = dueAtOf(state, await firstDue.get(key)!);
      }
      const spans = stageSpans({ state: r.state, enteredAt: instantOf(r.stateChangedAt), dueAt: dueAtOf(r.state, r.dueOn) }, transitions, {
        createdAt,
        dueAt: first,
      });
      figures.add(r.regionCode, allStagesOnTime(spans, now) ? 1 : 0, 1);
    }
    return figures.list();
  }

  /** The screening area's stage due dates (its contract service; the screening module exports nothing, so looked up). */
  private async stages(): Promise<SuspicionStagesService> {
    return this.moduleRef.get(SuspicionStagesService, { strict: false });
  }
}

/** Figures of one indicator summed per unit (a town's or village's records land on their county). */
class UnitFigures {
  private readonly byUnit = new Map<string, UnitFigure>();

  constructor(private readonly indicatorId: ComplianceIndicatorId) {}

  add(regionCode: string, numerator: number, denominator: number): void {
    const unit = unitOf(regionCode);
    const f = this.byUnit.get(unit) ?? this.byUnit.set(unit, { regionCode: unit, indicatorId: this.indicatorId, numerator: 0, denominator: 0 }).get(unit)!;
    f.numerator += numerator;
    f.denominator += denominator;
  }

  list(): UnitFigure[] {
    return [...this.byUnit.values()];
  }
}
