import { chinaDate, COMPLIANCE_INDICATORS, monthPeriodOf, parseCompliancePeriod, type CompliancePeriod, type ComplianceIndicatorId } from '@yibao/shared';
import type { EntityManager } from 'typeorm';
import { testAppWith } from '../../../../test/harness';
import { endOfChinaDay } from '../../../platform/workflow/due-dates';
import { FraudCase, FraudClue } from '../../fraud';
import { RectificationItem } from '../../rectification';
import { FraudSuspicion } from '../../screening';
import { ReportingTask } from '../../supervision';
import { ResponsibilityTable } from '../../supervision/responsibility-tables/responsibility-table.entity';
import { OversightIndicators } from './computers/oversight.computer';
import { StageTimelinessIndicators } from './computers/stage-timeliness.computer';
import type { UnitFigure } from './indicator-computer';

/**
 * The oversight indicators (OVP-3, REC-1, SUP-1…3, FRD-1…3) on a hand-made data set in 柳州 (the city 450200 and its
 * counties 城中区 450202, 鱼峰区 450203), dated in 2025 so every deadline has passed whenever the spec runs: the known
 * answer per unit, the agreement pairs (FRD-1 with the case list's overdue count, SUP-3 with the reporting-rates
 * report), each drill-down list's total against its numerator or complement, and a county run's scope.
 */
describe('compliance: the oversight indicators (OversightIndicators)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city']);
  const today = chinaDate(new Date());
  const Q3 = parseCompliancePeriod('2025-Q3')!;
  const Q2 = parseCompliancePeriod('2025-Q2')!;
  /** an instant given in China time */
  const cst = (local: string) => new Date(`${local}+08:00`);

  // FRD-3 is judged over the workflow history by its own computer; the run combines both
  const compute = async (regionCode: string, period: CompliancePeriod): Promise<UnitFigure[]> => [
    ...(await t.app.get(OversightIndicators).compute({ regionCode, period, today, em: t.ds.manager })),
    ...(await t.app.get(StageTimelinessIndicators).compute({ regionCode, period, today, em: t.ds.manager })),
  ];
  const figure = (figures: UnitFigure[], regionCode: string, id: ComplianceIndicatorId) => {
    const f = figures.find((x) => x.regionCode === regionCode && x.indicatorId === id);
    return f ? [f.numerator, f.denominator] : [0, 0];
  };

  let n = 0;
  const item = (em: EntityManager, regionCode: string, over: Partial<RectificationItem>) =>
    em.insert(RectificationItem, {
      campaignId: 1,
      regionCode,
      problemType: 'zero_copay',
      category: 'immediate',
      title: `整改事项 ${++n}`,
      source: 'self_check',
      identifiedOn: '2025-07-01',
      dueOn: '2025-08-31',
      state: 'rectifying',
      closedAt: null,
      stateChangedAt: new Date(),
      createdById: 1,
      ...over,
    });
  const fraudCase = (em: EntityManager, regionCode: string, over: Partial<FraudCase>) =>
    em.insert(FraudCase, {
      caseNo: `测试稽〔2025〕${++n}号`,
      caseYear: 2025,
      caseSerial: n,
      regionCode,
      title: '涉嫌分解住院案',
      partyType: 'institution',
      partyName: '柳州市某医院',
      causes: ',split_admission,',
      conductEndedOn: '2025-05-01',
      amountInvolved: 100_000,
      officerIds: ',1,2,',
      filedOn: '2025-06-01',
      decisionDueOn: '2025-08-30',
      state: 'investigating',
      stateChangedAt: new Date(),
      createdById: 1,
      ...over,
    });
  const clue = (em: EntityManager, regionCode: string, over: Partial<FraudClue>) =>
    em.insert(FraudClue, {
      regionCode,
      source: 'audit',
      receivedOn: '2025-07-01',
      summary: '住院天数与床位费不符',
      subjectType: 'institution',
      verifyDueOn: '2025-07-22',
      state: 'verifying',
      decidedOn: null,
      stateChangedAt: new Date(),
      createdById: 1,
      ...over,
    });
  const suspicion = async (em: EntityManager, regionCode: string, createdAt: Date, over: Partial<FraudSuspicion>) => {
    const { identifiers } = await em.insert(FraudSuspicion, {
      regionCode,
      poolingRegionCode: '450200',
      year: 2025,
      runId: 1,
      ruleId: 'split_admission',
      hitKey: `hit-${++n}`,
      settlementIds: '[]',
      amountAtStake: 0,
      detail: '出院后15日内再次入院',
      state: 'pending',
      dueOn: '2025-07-15',
      stateChangedAt: new Date(),
      ...over,
    });
    await em.createQueryBuilder().update(FraudSuspicion).set({ createdAt }).where('id = :id', { id: identifiers[0].id }).execute();
  };

  beforeAll(async () => {
    const em = t.ds.manager;
    // OVP-3 at 2025-09-30 and REC-1 of 2025-Q3
    await item(em, '450202', {}); // a: open past due → overdue; REC-1 missed
    await item(em, '450202', { state: 'closed', closedAt: cst('2025-10-15T10:00:00') }); // b: closed after the period → overdue then; missed
    await item(em, '450202', { state: 'closed', closedAt: cst('2025-08-31T23:00:00') }); // c: closed on its due day → in time
    await item(em, '450202', { dueOn: '2025-10-31' }); // d: open, not yet due at the period's end
    await item(em, '450202', { identifiedOn: '2025-10-05', dueOn: '2025-10-20' }); // f: found after the period
    await item(em, '450202', { dueOn: '2025-08-10', state: 'dismissed', closedAt: cst('2025-08-05T10:00:00') }); // h: dismissed: never counts
    await item(em, '450202', { dueOn: '2025-08-10', state: 'closed', closedAt: cst('2025-08-11T00:30:00') }); // i: closed half an hour late
    await item(em, '450203', { dueOn: '2025-09-30' }); // e: due on the period's last day: not yet overdue then; missed since
    await item(em, '450200', { dueOn: '2025-09-01' }); // g: the city's own item: overdue

    // FRD-1: as at 2025-09-30 and as the list sees it today
    await fraudCase(em, '450200', {}); // c1: the city bureau's open case past its deadline
    await fraudCase(em, '450202', { state: 'decided', decidedOn: '2025-10-10' }); // c2: overdue at the period's end, decided since
    await fraudCase(em, '450202', { filedOn: '2025-08-01', decisionDueOn: '2025-10-30' }); // c3: open, due after the period
    await fraudCase(em, '450202', { state: 'terminated', stateChangedAt: cst('2025-09-10T10:00:00') }); // c4: terminated in the period
    await fraudCase(em, '450203', { filedOn: '2025-10-05', decisionDueOn: '2026-01-03', state: 'filed' }); // c5: filed after the period

    // FRD-2 of 2025-Q3
    await clue(em, '450202', { state: 'filed', decidedOn: '2025-07-20' }); // k1: in time
    await clue(em, '450202', { state: 'not_filed', decidedOn: '2025-07-25' }); // k2: decided late
    await clue(em, '450202', { receivedOn: '2025-09-01', verifyDueOn: '2025-09-22' }); // k3: undecided past due
    await clue(em, '450203', { receivedOn: '2025-09-29', verifyDueOn: '2025-10-21', state: 'transferred', decidedOn: '2025-10-20' }); // k4: in time
    await clue(em, '450202', { receivedOn: '2025-06-30', verifyDueOn: '2025-07-21' }); // k5: received before the period

    // FRD-3 of 2025-Q3 (raised in China time)
    await suspicion(em, '450202', cst('2025-07-01T00:30:00'), {}); // s1: open past its stage's limit
    await suspicion(em, '450202', cst('2025-08-01T10:00:00'), { state: 'dismissed', dueOn: null }); // s2: finished
    await suspicion(em, '450203', cst('2025-09-30T23:30:00'), { state: 'first_review', dueOn: '2099-01-01' }); // s3: within its limit
    await suspicion(em, '450202', cst('2025-06-30T23:30:00'), {}); // s4: raised before the period

    // SUP-1…3: the year's tasks as the run generates them, then receipts and tables against each task's own due day
    await compute('450200', Q3);
    const task = (duty: string, regionCode: string, period: string) => em.findOneByOrFail(ReportingTask, { duty, regionCode, period });
    const receive = async (duty: string, regionCode: string, period: string, onTime: boolean) => {
      const tk = await task(duty, regionCode, period);
      const at = new Date(endOfChinaDay(tk.dueOn).getTime() + (onTime ? -3_600_000 : 3_600_000));
      await em.update(ReportingTask, { id: tk.id }, { receivedAt: at, onTime, daysLate: onTime ? 0 : 1 });
    };
    await receive('quarterly_statistics', '450202', '2025-Q3', true);
    await receive('quarterly_statistics', '450203', '2025-Q3', false);
    const table = async (regionCode: string, approvedLateByMs: number) => {
      const tk = await task('responsibility_table', regionCode, '2025');
      await em.insert(ResponsibilityTable, {
        regionCode,
        year: 2025,
        state: 'approved',
        dueDate: tk.dueOn,
        rowsJson: '[]',
        firstSubmittedAt: cst(`${tk.dueOn}T09:00:00`),
        lastSubmittedAt: cst(`${tk.dueOn}T09:00:00`),
        filedLate: false,
        approvedAt: new Date(endOfChinaDay(tk.dueOn).getTime() + approvedLateByMs),
        stateChangedAt: new Date(),
        createdById: 1,
      });
    };
    await table('450202', -3_600_000); // approved an hour before its due day ends
    await table('450203', 1); // a millisecond late
  });

  it('counts each indicator per unit on the hand-made data (records kept at the city count for the city)', async () => {
    const q3 = await compute('450200', Q3);
    expect(figure(q3, '450202', 'OVP-3')).toEqual([2, 3]);
    expect(figure(q3, '450203', 'OVP-3')).toEqual([0, 1]);
    expect(figure(q3, '450200', 'OVP-3')).toEqual([1, 1]);
    expect(figure(q3, '450202', 'REC-1')).toEqual([1, 4]);
    expect(figure(q3, '450203', 'REC-1')).toEqual([0, 1]);
    expect(figure(q3, '450200', 'REC-1')).toEqual([0, 1]);
    expect(figure(q3, '450200', 'FRD-1')).toEqual([1, 1]);
    expect(figure(q3, '450202', 'FRD-1')).toEqual([1, 2]);
    expect(figure(q3, '450203', 'FRD-1')).toEqual([0, 0]);
    expect(figure(q3, '450202', 'FRD-2')).toEqual([1, 3]);
    expect(figure(q3, '450203', 'FRD-2')).toEqual([1, 1]);
    expect(figure(q3, '450202', 'FRD-3')).toEqual([1, 2]);
    expect(figure(q3, '450203', 'FRD-3')).toEqual([1, 1]);
    // the quarter's tasks are the quarterly statistics of every city and county: on time, late, not received
    expect(figure(q3, '450202', 'SUP-2')).toEqual([1, 1]);
    expect(figure(q3, '450203', 'SUP-2')).toEqual([0, 1]);
    expect(figure(q3, '450200', 'SUP-2')).toEqual([0, 1]);
    expect(figure(q3, '450202', 'SUP-3')).toEqual([1, 1]);
    // the responsibility tables fall due in the second quarter (12 April)
    expect(figure(q3, '450202', 'SUP-1')).toEqual([0, 0]);
    const q2 = await compute('450200', Q2);
    expect(figure(q2, '450202', 'SUP-1')).toEqual([1, 1]);
    expect(figure(q2, '450203', 'SUP-1')).toEqual([0, 1]);
    expect(figure(q2, '450200', 'SUP-1')).toEqual([0, 1]);
  });

  it('FRD-1 equals the fraud-case list’s overdue count: today with `overdue`, at a period’s end with `overdueOn`', async () => {
    const now = await compute('450200', monthPeriodOf(today));
    const sum = (figures: UnitFigure[], id: ComplianceIndicatorId) => figures.filter((f) => f.indicatorId === id).reduce((a, f) => a + f.numerator, 0);
    const listed = await t.as(s.gx_province).get('/api/fraud-cases?scope=450200&overdue=true&_end=1').expect(200);
    expect(sum(now, 'FRD-1')).toBe(3); // c1, c3, c5
    expect(Number(listed.headers['x-total-count'])).toBe(sum(now, 'FRD-1'));
    const atEnd = await t.as(s.gx_province).get('/api/fraud-cases?scope=450200&overdueOn=2025-09-30&_end=1').expect(200);
    expect(Number(atEnd.headers['x-total-count'])).toBe(sum(await compute('450200', Q3), 'FRD-1'));
  });

  it('SUP-3 equals the reporting-rates report (on time ÷ expected), for a quarter and for the year', async () => {
    for (const period of ['2025-Q3', '2025']) {
      const figures = await compute('450200', parseCompliancePeriod(period)!);
      const rates = (await t.as(s.gx_province).get(`/api/reporting-rates?regionCode=450200&period=${period}`).expect(200)).body as {
        items: Array<{ expected: number; onTime: number }>;
      };
      const ours = figures.filter((f) => f.indicatorId === 'SUP-3');
      expect(ours.reduce((a, f) => a + f.denominator, 0)).toBe(rates.items.reduce((a, i) => a + i.expected, 0));
      expect(ours.reduce((a, f) => a + f.numerator, 0)).toBe(rates.items.reduce((a, i) => a + i.onTime, 0));
      expect(ours.reduce((a, f) => a + f.denominator, 0)).toBeGreaterThan(0);
    }
  });

  it('each drill-down list holds exactly the numerator’s records, or the rate’s offending complement', async () => {
    for (const [period, regionCode] of [
      [Q3, '450200'],
      [Q2, '450200'],
      [Q3, '450202'],
    ] as const) {
      const figures = await compute(regionCode, period);
      for (const def of t.app.get(OversightIndicators).indicators.map((id) => COMPLIANCE_INDICATORS[id])) {
        const mine = figures.filter((f) => f.indicatorId === def.id);
        const numerator = mine.reduce((a, f) => a + f.numerator, 0);
        const denominator = mine.reduce((a, f) => a + f.denominator, 0);
        const expected = def.drillDown.shows === 'complement' ? denominator - numerator : numerator;
        const fill = (v: string) =>
          v
            .replace('{regionCode}', regionCode)
            .replace('{from}', period.from)
            .replace('{to}', period.to)
            .replace('{year}', String(period.year))
            .replace('{period}', period.period);
        const query = new URLSearchParams({ ...Object.fromEntries(Object.entries(def.drillDown.filter).map(([k, v]) => [k, fill(v)])), _end: '1' });
        const res = await t.as(s.gx_province).get(`/api/${def.drillDown.resource}?${query.toString()}`);
        expect({ id: def.id, period: period.period, regionCode, status: res.status, total: Number(res.headers['x-total-count']) }).toEqual({
          id: def.id,
          period: period.period,
          regionCode,
          status: 200,
          total: expected,
        });
      }
    }
  });

  it('a county run counts only its own subtree', async () => {
    const figures = await compute('450203', Q3);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.regionCode === '450203')).toBe(true);
    expect(figure(figures, '450203', 'OVP-3')).toEqual([0, 1]);
    expect(figure(figures, '450203', 'SUP-2')).toEqual([0, 1]);
  });

  it('refuses a bad drill-down filter value with a 400 naming it', async () => {
    for (const [url, field] of [
      ['/api/rectification-items?overdueOn=2025-13-40', 'overdueOn'],
      ['/api/fraud-cases?overdueOn=yesterday', 'overdueOn'],
      ['/api/reporting-tasks?dutyIn=annual_report,nope', 'dutyIn'],
      ['/api/reporting-tasks?ratePeriod=2025-Q5', 'ratePeriod'],
      ['/api/fraud-suspicions?createdFrom=2025-02-30', 'createdFrom'],
    ] as const) {
      const res = await t.as(s.gx_province).get(url).expect(400);
      expect(JSON.stringify(res.body)).toContain(field);
    }
  });
});
