import { Injectable } from '@nestjs/common';
import {
  allStagesOnTime,
  chinaDate,
  FINISHED_SUSPICION_STATES,
  FRAUD_SUSPICION_WORKFLOW,
  stageSpans,
  type FraudSuspicionState,
  type StageTransition,
} from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { endOfChinaDay, startOfChinaDay } from '../../../platform/workflow/due-dates';
import { instantOf, transitionsOf } from '../../../platform/workflow/workflow-history';
import { FraudSuspicion } from './fraud-suspicion.entity';
import { SuspicionStagesService } from './suspicion-stages.service';

/** One 疑点 a period's timeliness counts, judged: `onTime` when every stage it passed was within its limit. */
export interface JudgedSuspicion {
  id: number;
  regionCode: string;
  onTime: boolean;
}

/**
 * 疑点 raised in a period, each judged over every stage it passed (its workflow history; shared `stageSpans` /
 * `allStagesOnTime`) — the one decision behind FRD-3 (两库管理办法: each stage has a time limit set by the province)
 * and the 疑点 list's `lateIn` filter (its drill-down). Each stage is due at the end of its working-day due date: the
 * one a transition's snapshot holds; the first stage's as the screening run set it when it raised the 疑点
 * (`raisedDueOn`: the limits and holidays then, not today's); the current stage's is the
 * record's `dueOn`, judged like the list's `overdue` (due before `today`).
 */
@Injectable()
export class SuspicionTimelinessService {
  constructor(private readonly stages: SuspicionStagesService) {}

  async judge(em: EntityManager, regionCode: string, period: { from: string; to: string }, today: string): Promise<JudgedSuspicion[]> {
    const rows = await scopeQuery(em.getRepository(FraudSuspicion).createQueryBuilder('x'), RegionScope.of(regionCode))
      .select('x.id', 'id')
      .addSelect('x.regionCode', 'regionCode')
      .addSelect('x.year', 'year')
      .addSelect('x.state', 'state')
      .addSelect('x.dueOn', 'dueOn')
      .addSelect('x.raisedDueOn', 'raisedDueOn')
      .addSelect('x.stateChangedAt', 'stateChangedAt')
      .addSelect('x.createdAt', 'createdAt')
      .andWhere('x.createdAt >= :from AND x.createdAt <= :to', { from: startOfChinaDay(period.from), to: endOfChinaDay(period.to) })
      .getRawMany<{
        id: number;
        regionCode: string;
        year: number;
        state: string;
        dueOn: string | null;
        raisedDueOn: string | null;
        stateChangedAt: Date | string;
        createdAt: Date | string;
      }>();
    const history = await transitionsOf(
      em,
      FRAUD_SUSPICION_WORKFLOW.resource,
      rows.map((r) => Number(r.id)),
      true,
    );
    // the list's overdue: an open stage due before the day
    const now = startOfChinaDay(today);
    const open = (state: string) => !FINISHED_SUSPICION_STATES.includes(state as FraudSuspicionState);
    const dueAtOf = (state: string, dueOn: string | null | undefined) => (dueOn && open(state) ? endOfChinaDay(dueOn) : null);
    const firstDue = new Map<string, Promise<string | null>>();
    const out: JudgedSuspicion[] = [];
    for (const r of rows) {
      const transitions: StageTransition[] = (history.get(Number(r.id)) ?? []).map((t) => ({
        fromState: t.fromState,
        toState: t.toState,
        at: instantOf(t.at),
        dueAt: dueAtOf(t.toState, (JSON.parse(t.snapshot ?? '{}') as { dueOn?: string | null }).dueOn),
      }));
      const createdAt = instantOf(r.createdAt);
      let first: Date | null = null;
      if (transitions.length && r.raisedDueOn) {
        // the limit in force when it was raised, as the screening run set it (its `dueOn` is overwritten since)
        first = dueAtOf(transitions[0].fromState, r.raisedDueOn);
      } else if (transitions.length) {
        // raised before the first due date was kept: made again as the screening run made it, from today's limits
        const state = transitions[0].fromState;
        const key = `${state}|${r.regionCode}|${r.year}|${chinaDate(createdAt)}`;
        if (!firstDue.has(key))
          firstDue.set(
            key,
            this.stages.dueOn(state as FraudSuspicionState, r.regionCode, Number(r.year), chinaDate(createdAt), em).then((d) => d.dueOn),
          );
        first = dueAtOf(state, await firstDue.get(key)!);
      }
      const spans = stageSpans({ state: r.state, enteredAt: instantOf(r.stateChangedAt), dueAt: dueAtOf(r.state, r.dueOn) }, transitions, {
        createdAt,
        dueAt: first,
      });
      out.push({ id: Number(r.id), regionCode: r.regionCode, onTime: allStagesOnTime(spans, now) });
    }
    return out;
  }
}
