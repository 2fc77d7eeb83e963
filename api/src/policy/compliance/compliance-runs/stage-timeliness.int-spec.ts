import {
  chinaDate,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  FRAUD_TIME_LIMITS,
  nationalFraudParameters,
  parseCompliancePeriod,
  type ComplianceIndicatorId,
} from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { testAppWith } from '../../../../test/harness';
import { approvedFraudParameters, costWarningRow } from '../../../../test/fixtures';
import { WorkflowTransition } from '../../../platform/workflow/workflow-transition.entity';
import { CostWarning } from '../../assistance';
import { FraudSuspicion } from '../../screening';
import { SuspicionStagesService } from '../../screening/fraud-suspicions/suspicion-stages.service';
import { StageTimelinessIndicators } from './computers/stage-timeliness.computer';
import type { UnitFigure } from './indicator-computer';

/**
 * MON-1 and FRD-3 judge every stage a record passed, from its workflow history (workflow_transitions), not only the
 * stage it is in now: hand-made warnings and 疑点 in 城中区 (450202), dated 2025 so every deadline has passed, each
 * with the transitions the workflow engine would have written.
 */
describe('compliance: stage timeliness over the workflow history (MON-1, FRD-3)', () => {
  const { t, s } = testAppWith(['gx_province']);
  const today = chinaDate(new Date());
  /** an instant given in China time */
  const cst = (local: string) => new Date(`${local}+08:00`);
  const figure = (figures: UnitFigure[], regionCode: string, id: ComplianceIndicatorId) => {
    const f = figures.find((x) => x.regionCode === regionCode && x.indicatorId === id);
    return f ? [f.numerator, f.denominator] : [0, 0];
  };
  const compute = (period: string) =>
    t.app.get(StageTimelinessIndicators).compute({ regionCode: '450200', period: parseCompliancePeriod(period)!, today, em: t.ds.manager });

  /** The cell's drill-down list as the explanation links it (the catalogue's filter, filled): the ids it lists and its total. */
  const drillDown = async (id: ComplianceIndicatorId, regionCode: string, period: string) => {
    const filter = complianceDrillDownFilter(COMPLIANCE_INDICATORS[id], regionCode, parseCompliancePeriod(period)!);
    const res = await t
      .as(s.gx_province)
      .get(`/api/${COMPLIANCE_INDICATORS[id].drillDown.resource}?${new URLSearchParams({ ...filter, _end: '100' }).toString()}`)
      .expect(200);
    return { ids: (res.body as { id: number }[]).map((r) => r.id).sort((a, b) => a - b), total: Number(res.headers['x-total-count']) };
  };

  let n = 0;
  /** the transitions of a record as the engine writes them: from → to at a time, with the record's content after */
  const history = async (em: EntityManager, resource: string, recordId: number, steps: [string, string, Date, Record<string, unknown>?][]) => {
    for (const [fromState, toState, at, snapshot] of steps)
      await em.insert(WorkflowTransition, {
        resource,
        recordId,
        regionCode: '450202',
        action: toState,
        fromState,
        toState,
        actorId: 1,
        actorUsername: 'gx_province',
        actorRole: 'province_supervisor',
        actorRegionCode: '450000',
        comment: null,
        payload: null,
        at,
        snapshot: JSON.stringify({ state: toState, ...snapshot }),
      });
  };
  const warning = async (em: EntityManager, createdAt: Date, state: string, stateChangedAt: Date) => {
    const { identifiers } = await em.insert(CostWarning, costWarningRow('450202', `45020219500101${String(++n).padStart(3, '0')}X`, state, stateChangedAt));
    const id = Number(identifiers[0].id);
    await em.createQueryBuilder().update(CostWarning).set({ createdAt }).where('id = :id', { id }).execute();
    return id;
  };
  const suspicion = async (
    em: EntityManager,
    createdAt: Date,
    state: string,
    dueOn: string | null,
    stateChangedAt: Date,
    raisedDueOn: string | null = null,
  ) => {
    const { identifiers } = await em.insert(FraudSuspicion, {
      regionCode: '450202',
      poolingRegionCode: '450200',
      year: 2025,
      runId: 1,
      ruleId: 'split_admission',
      hitKey: `stage-${++n}`,
      settlementIds: '[]',
      amountAtStake: 0,
      detail: '出院后15日内再次入院',
      state,
      dueOn,
      raisedDueOn,
      stateChangedAt,
    });
    const id = Number(identifiers[0].id);
    await em.createQueryBuilder().update(FraudSuspicion).set({ createdAt }).where('id = :id', { id }).execute();
    return id;
  };

  it('MON-1: a warning verified late (14 days of 10) and on time since is late; on time at every stage, or without a history, it is on time', async () => {
    const em = t.ds.manager;
    // w1: verified on day 2, assisted on day 9 (15), cleared on day 19 (30) — every stage in time
    const w1 = await warning(em, cst('2025-10-01T10:00:00'), 'cleared', cst('2025-10-20T10:00:00'));
    await history(em, 'cost-warnings', w1, [
      ['detected', 'verified', cst('2025-10-03T10:00:00')],
      ['verified', 'assisted', cst('2025-10-10T10:00:00')],
      ['assisted', 'cleared', cst('2025-10-20T10:00:00')],
    ]);
    // w2: the bug — verified on day 19 (of 10), then assisted and cleared in time: cleared in October, late
    const w2 = await warning(em, cst('2025-09-01T10:00:00'), 'cleared', cst('2025-10-25T10:00:00'));
    await history(em, 'cost-warnings', w2, [
      ['detected', 'verified', cst('2025-09-20T10:00:00')],
      ['verified', 'assisted', cst('2025-09-25T10:00:00')],
      ['assisted', 'cleared', cst('2025-10-25T10:00:00')],
    ]);
    // w3: dismissed in October, no history kept (written in bulk): judged on its current stage, which has no deadline
    await warning(em, cst('2025-10-01T10:00:00'), 'dismissed', cst('2025-10-12T10:00:00'));
    // w4: late at the assisting stage (31 days of 30)
    const w4 = await warning(em, cst('2025-09-01T10:00:00'), 'cleared', cst('2025-10-10T10:00:00'));
    await history(em, 'cost-warnings', w4, [
      ['detected', 'verified', cst('2025-09-02T10:00:00')],
      ['verified', 'assisted', cst('2025-09-09T10:00:00')],
      ['assisted', 'cleared', cst('2025-10-10T11:00:00')],
    ]);
    expect(figure(await compute('2025-10'), '450202', 'MON-1')).toEqual([2, 4]);
    // the drill-down lists exactly the complement: w2 and w4, late at an earlier stage though cleared (not overdue now)
    expect(await drillDown('MON-1', '450202', '2025-10')).toEqual({ ids: [w2, w4], total: 2 });
    expect(await drillDown('MON-1', '450200', '2025-10')).toEqual({ ids: [w2, w4], total: 2 });
    expect((await drillDown('MON-1', '450202', '2025-09')).total).toBe(0);
  });

  it('FRD-3: a 疑点 late at its first stage is late though finished or in time at its current stage; the first stage’s due date is the screening run’s', async () => {
    const em = t.ds.manager;
    // s1: first reviewed two months after it was raised (15 working days), then dismissed at once: late
    const s1 = await suspicion(em, cst('2025-07-01T10:00:00'), 'dismissed', null, cst('2025-09-02T10:00:00'));
    await history(em, 'fraud-suspicions', s1, [
      ['pending', 'first_review', cst('2025-09-01T10:00:00'), { dueOn: '2025-09-22' }],
      ['first_review', 'dismissed', cst('2025-09-02T10:00:00'), { dueOn: null }],
    ]);
    // s2: every stage in time
    const s2 = await suspicion(em, cst('2025-07-01T10:00:00'), 'dismissed', null, cst('2025-07-10T10:00:00'));
    await history(em, 'fraud-suspicions', s2, [
      ['pending', 'first_review', cst('2025-07-03T10:00:00'), { dueOn: '2025-07-24' }],
      ['first_review', 'dismissed', cst('2025-07-10T10:00:00'), { dueOn: null }],
    ]);
    // s3: now in second review, due long after today, but its first review was a day late
    const s3 = await suspicion(em, cst('2025-08-01T10:00:00'), 'second_review', '2099-01-01', cst('2025-08-30T10:00:00'));
    await history(em, 'fraud-suspicions', s3, [
      ['pending', 'first_review', cst('2025-08-04T10:00:00'), { dueOn: '2025-08-25' }],
      ['first_review', 'second_review', cst('2025-08-26T10:00:00'), { dueOn: '2099-01-01' }],
    ]);
    // s4: no history, pending past its due day: late (the list's overdue)
    const s4 = await suspicion(em, cst('2025-08-01T10:00:00'), 'pending', '2025-08-22', cst('2025-08-01T10:00:00'));
    expect(figure(await compute('2025-Q3'), '450202', 'FRD-3')).toEqual([1, 4]);
    // the drill-down lists the complement: s1 (finished) and s3 (on time now) too, not only the overdue s4
    expect(await drillDown('FRD-3', '450202', '2025-Q3')).toEqual({ ids: [s1, s3, s4].sort((a, b) => a - b), total: 3 });
    expect(await drillDown('FRD-3', '450200', '2025-Q3')).toEqual({ ids: [s1, s3, s4].sort((a, b) => a - b), total: 3 });
    expect((await drillDown('FRD-3', '450202', '2025-06')).total).toBe(0);
  });

  it('FRD-3: the first stage is judged by the limit in force when the 疑点 was raised, not by the province’s later change', async () => {
    const em = t.ds.manager;
    const year = 2023;
    // raised on 3 July 2023 under the national default (15 working days), first reviewed 10 working days later
    const raisedOn = '2023-07-03';
    const { dueOn: raisedDue } = await t.app.get(SuspicionStagesService).dueOn('pending', '450202', year, raisedOn, em);
    expect(raisedDue).not.toBeNull();
    const reviewedAt = cst('2023-07-17T10:00:00');
    const raised = async (kept: boolean) => {
      const id = await suspicion(em, cst(`${raisedOn}T10:00:00`), 'dismissed', null, cst('2023-07-18T10:00:00'), kept ? raisedDue : null);
      await em.update(FraudSuspicion, { id }, { year });
      await history(em, 'fraud-suspicions', id, [
        ['pending', 'first_review', reviewedAt, { dueOn: '2023-08-07' }],
        ['first_review', 'dismissed', cst('2023-07-18T10:00:00'), { dueOn: null }],
      ]);
      return id;
    };
    const kept = await raised(true);
    const before = await raised(false);
    expect(figure(await compute('2023-07'), '450202', 'FRD-3')).toEqual([2, 2]);
    // later the province shortens its first-review limit to 3 working days for the year
    const doc = nationalFraudParameters('450000', year);
    doc.timeLimits.suspicionFirstReviewWorkingDays = { value: 3, source: '示例取值：疑点初审3个工作日（测试）' };
    expect(FRAUD_TIME_LIMITS.suspicionFirstReviewWorkingDays).toBeGreaterThan(10);
    await approvedFraudParameters(t, s.gx_province, year, doc);
    // the one raised with its due date kept stays on time; one raised before it was kept is judged by today's limits
    expect(figure(await compute('2023-07'), '450202', 'FRD-3')).toEqual([1, 2]);
    expect(await drillDown('FRD-3', '450202', '2023-07')).toEqual({ ids: [before], total: 1 });
    expect(kept).not.toBe(before);
  });

  it('the lists’ lateIn filter refuses a value that is not a period with a 400 naming it', async () => {
    for (const url of ['/api/cost-warnings?lateIn=2025-13', '/api/fraud-suspicions?lateIn=Q3']) {
      const res = await t.as(s.gx_province).get(url).expect(400);
      expect(res.body.details[0].field).toBe('lateIn');
    }
  });
});
