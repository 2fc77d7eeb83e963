import { allStagesOnTime, COST_WARNING_WORKFLOW, stageSpans, type StageTransition } from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { RegionScope, scopeQuery } from '../../../common/region-scope';
import { endOfChinaDay, stageDueAt, stageDueCondition, stageOverdueCondition, startOfChinaDay } from '../../../platform/workflow/due-dates';
import { instantOf, transitionsOf } from '../../../platform/workflow/workflow-history';
import { CostWarning } from './cost-warning.entity';

const DEF = COST_WARNING_WORKFLOW;

/** One warning a period's timeliness counts, judged: `onTime` when every stage it passed was within its deadline. */
export interface JudgedWarning {
  id: number;
  regionCode: string;
  onTime: boolean;
}

/**
 * The warnings of a region (its subtree) whose handling falls in a period [from, to] (China dates), each judged over
 * every stage it passed (its workflow history; shared `stageSpans`/`allStagesOnTime`), not only the stage it is in
 * now — the one decision behind MON-1 (S3 §三 动态清零) and the list's `lateIn` filter (its drill-down):
 * - finished (cleared or dismissed) in the period: on time when no stage was late;
 * - else its current stage fell due in the period and is overdue at `now`: late.
 * A warning without a history (written in bulk, or before the history was kept) is judged on its current stage.
 */
export async function judgeWarningTimeliness(em: EntityManager, regionCode: string, period: { from: string; to: string }, now: Date): Promise<JudgedWarning[]> {
  const start = startOfChinaDay(period.from);
  const end = endOfChinaDay(period.to);
  const finished = `(w.state IN (:...done) AND w.stateChangedAt >= :start AND w.stateChangedAt <= :end)`;
  const dueFrom = stageDueCondition(DEF, 'w', '>=', start, 'dueFrom');
  const dueTo = stageDueCondition(DEF, 'w', '<=', end, 'dueTo');
  const overdue = stageOverdueCondition(DEF, 'w', now, 'overdue');
  const rows = await scopeQuery(em.getRepository(CostWarning).createQueryBuilder('w'), RegionScope.of(regionCode))
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
  const history = await transitionsOf(
    em,
    DEF.resource,
    done.map((r) => Number(r.id)),
    false,
  );
  const due = (state: string, enteredAt: Date) => stageDueAt(DEF, { state, stateChangedAt: enteredAt });
  return rows.map((r) => {
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
    return { id: Number(r.id), regionCode: r.regionCode, onTime };
  });
}
