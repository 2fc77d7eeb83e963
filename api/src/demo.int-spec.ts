import {
  type ComplianceActionRecord,
  type ComplianceCellExplanation,
  type ComplianceScorecard,
  type ComplianceSnapshotRecord,
  FRAUD_CASE_STATES,
  type FlightCheckDrawRecord,
  type FlightCheckDrawVerification,
  PROBLEM_TYPES,
  type RectificationCampaignRecord,
  type RectificationItemRecord,
  type WorkflowHistoryEntry,
} from '@yibao/shared';
import { In, IsNull, Like, Not } from 'typeorm';
import { download, testAppWith } from '../test/harness';
import { JobsService } from './platform/jobs/jobs.service';
import { Settlement } from './policy/assistance';
import { SCREENING_DEMO_PLANTED } from './policy/assistance/settlements/screening-demo';
import { Beneficiary, Enrollment } from './policy/enrollment';
import { FraudSuspicion } from './policy/screening';
import { DEMO_RECUSAL_DRAW_SEED } from './policy/screening/demo';

/**
 * The demo's first login (issue 13 item 19): with a demo ledger, every module has rows in 柳州市 and 桂林市,
 * written through the services (settlements as the calculator computes them, states by the workflow engine),
 * and every county, city and province demo account finds something waiting in its inbox.
 */
// starting the app seeds the whole demo (ledger, activity, the screening year's settlements): more than a minute on a busy runner
jest.setTimeout(180_000);

describe('the demo seed fills every module and every demo role inbox', () => {
  const accounts = ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'gl_head'];
  const { t, s } = testAppWith(accounts, { DEMO_BENEFICIARIES: '600' });

  const count = async (who: string, url: string) => {
    const res = await t.as(s[who]).get(url).expect(200);
    return Number(res.headers['x-total-count']);
  };

  const MODULES = [
    '/api/beneficiaries',
    '/api/enrollments',
    '/api/verification-tasks',
    '/api/settlements',
    '/api/chronic-recognitions',
    '/api/cost-warnings',
    '/api/responsibility-tables',
    '/api/accountability-records',
    '/api/inspections',
    '/api/policy-parameters',
    '/api/subsidy-standards',
    '/api/rectification-items',
    '/api/fraud-clues',
    '/api/institutions',
  ];

  it.each(MODULES)('%s has rows in 柳州市 and in 桂林市', async (url) => {
    expect(await count('lz_city', url)).toBeGreaterThan(0);
    expect(await count('gl_city', url)).toBeGreaterThan(0);
  });

  it.each(accounts)("%s's inbox has records waiting", async (who) => {
    const summary = (await t.as(s[who]).get('/api/inbox/summary').expect(200)).body as { total: number };
    expect(summary.total).toBeGreaterThan(0);
    expect(await count(who, '/api/inbox')).toBe(summary.total);
  });

  it('柳州市 has a risk-weighted 双随机 draw with its published seed, two inspectors and its flight checks planned', async () => {
    const draws = (await t.as(s.lz_city).get('/api/flight-check-draws').expect(200)).body as FlightCheckDrawRecord[];
    expect(draws).toHaveLength(2);
    const risk = draws.find((d) => d.seed === 'lz-2026-flight-check-01')!;
    expect(risk).toMatchObject({ regionCode: '450200', weighting: 'risk' });
    expect(risk.institutions).toHaveLength(3);
    expect(risk.inspectors).toHaveLength(2);
    expect(risk.inspectionIds.length).toBeGreaterThan(0);
  });

  it("柳州市's uniform draw shows recusal: it drew an institution of 城中区, so 城中区's inspector is out of the pool and 柳江区's is not", async () => {
    const draws = (await t.as(s.lz_city).get('/api/flight-check-draws').expect(200)).body as FlightCheckDrawRecord[];
    const uniform = draws.find((d) => d.seed === DEMO_RECUSAL_DRAW_SEED)!;
    expect(uniform).toMatchObject({ regionCode: '450200', weighting: 'uniform', inspectorCandidates: 4, eligibleInspectors: 3 });
    const counties = uniform.institutions.map((i) => i.regionCode);
    expect(counties).toContain('450202');
    expect(counties).not.toContain('450206');
    expect(uniform.inspectors.map((u) => u.regionCode)).not.toContain('450202');
    // the public record says so: anyone re-running it from the seed gets the same lists over the same candidates
    const check = (await t.as(s.lz_city).get(`/api/flight-check-draws/${uniform.id}/verify`).expect(200)).body as FlightCheckDrawVerification;
    expect(check).toMatchObject({ hashMatches: true, resultMatches: true });
  });

  it('fraud clues in every state, every source, one extended, some overdue, reporter notices waiting; each filed one has its case', async () => {
    const clues = (await t.as(s.gx_province).get('/api/fraud-clues?_end=200').expect(200)).body as Array<{
      state: string;
      source: string;
      extended: boolean;
      overdue: boolean;
      regionCode: string;
      caseId: number | null;
    }>;
    expect(new Set(clues.map((c) => c.state))).toEqual(new Set(['received', 'verifying', 'filed', 'not_filed', 'transferred']));
    expect(clues.filter((c) => c.state === 'filed').every((c) => c.caseId !== null)).toBe(true);
    expect(new Set(clues.map((c) => c.source)).size).toBe(6);
    expect(clues.filter((c) => c.extended)).toHaveLength(1);
    expect(clues.filter((c) => c.overdue).length).toBeGreaterThan(0);
    expect(clues.filter((c) => c.regionCode === '450200' && c.state === 'verifying').length).toBeGreaterThanOrEqual(4);
    expect(await count('gl_city', '/api/inbox?resource=fraud-clue-notices')).toBe(1);
  });

  describe('政策合规审计: 广西 2026 computed month by month, by quarter and for the year; 柳州 2026-Q3 frozen', () => {
    it('the province sees 广西 and its cities; 城中区 has a red cell with a follow-up action started and a comment', async () => {
      const card = (await t.as(s.gx_province).get('/api/compliance?regionCode=450000&period=2026').expect(200)).body as ComplianceScorecard;
      expect(card.runId).not.toBeNull();
      expect(card.rows.map((r) => r.regionCode)).toEqual(expect.arrayContaining(['450000', '450200', '450300']));
      const liuzhou = (await t.as(s.lz_city).get('/api/compliance?regionCode=450200&period=2026').expect(200)).body as ComplianceScorecard;
      const chengzhong = liuzhou.rows.find((r) => r.regionCode === '450202')!;
      expect(chengzhong.redCount).toBeGreaterThan(0);
      const actions = (await t.as(s.lz_chengzhong).get('/api/compliance-actions?regionCode=450202').expect(200)).body as ComplianceActionRecord[];
      expect(actions).toEqual([expect.objectContaining({ period: '2026', status: 'in_progress', responsibleRegionCode: '450202' })]);
      expect(chengzhong.cells[actions[0].indicatorId]).toMatchObject({ status: 'red', openActions: 1, comments: 1 });
    });

    it.each(['OVP-2', 'OVP-3', 'FRD-1'])('%s for 柳州 in 2026 is exactly what its drill-down list counts', async (id) => {
      const explained = (await t.as(s.lz_city).get(`/api/compliance/cells/450200/2026/${id}`).expect(200)).body as ComplianceCellExplanation;
      const listed = await count('lz_city', `/api/${explained.drillDown.resource}?${new URLSearchParams(explained.drillDown.filter)}`);
      expect(listed).toBe(explained.cell!.numerator);
      if (id === 'OVP-3') expect(listed).toBeGreaterThan(0); // the demo has overdue rectification items
    });

    it('OVP-2 adds up: the twelve months of 2026 make the year (settlement counts are additive over periods)', async () => {
      const cell = async (period: string) =>
        ((await t.as(s.lz_city).get(`/api/compliance/cells/450200/${period}/OVP-2`).expect(200)).body as ComplianceCellExplanation).cell!;
      const months = await Promise.all(Array.from({ length: 12 }, (_, i) => cell(`2026-${String(i + 1).padStart(2, '0')}`)));
      const year = await cell('2026');
      expect(months.reduce((sum, m) => sum + m.numerator, 0)).toBe(year.numerator);
      expect(months.reduce((sum, m) => sum + m.denominator, 0)).toBe(year.denominator);
    });

    it('柳州 2026-Q3 is frozen and verifies intact', async () => {
      const snapshots = (await t.as(s.gx_province).get('/api/compliance-snapshots').expect(200)).body as ComplianceSnapshotRecord[];
      const q3 = snapshots.find((x) => x.regionCode === '450200' && x.period === '2026-Q3')!;
      expect(q3).toBeDefined();
      expect((await t.as(s.lz_city).get(`/api/compliance-snapshots/${q3.id}/verify`).expect(200)).body).toMatchObject({ intact: true });
    });
  });

  it('广西 has its approved 2026 fraud parameters, the example values marked', async () => {
    const sets = (await t.as(s.lz_city).get('/api/fraud-parameters?regionCode=450000&year=2026').expect(200)).body as Array<{
      state: string;
      approved: { discretion: Record<string, { source: string }> } | null;
    }>;
    expect(sets).toHaveLength(1);
    expect(sets[0].state).toBe('approved');
    expect(sets[0].approved!.discretion['38'].source).toMatch(/^示例取值/);
  });

  it('柳州 has its approved 2026 screening-rule parameters (the defaults), which the rule catalogue shows', async () => {
    const sets = (await t.as(s.lz_city).get('/api/screening-parameters?year=2026').expect(200)).body as Array<{
      id: number;
      regionCode: string;
      state: string;
    }>;
    expect(sets.map((x) => [x.regionCode, x.state])).toEqual([['450200', 'approved']]);
    const rules = (await t.as(s.lz_city).get('/api/screening-rules?year=2026').expect(200)).body as Array<{
      id: string;
      parameters: Record<string, { value: unknown }>;
      parametersBasis: { basis: string; setId: number | null };
    }>;
    expect(rules[0]).toMatchObject({
      id: 'split_admission',
      parameters: { days: { value: 15 } },
      parametersBasis: { basis: 'pooling_region', setId: sets[0].id },
    });
  });

  it('fraud cases in every state, each filed from a clue, with the party named from the registry', async () => {
    const cases = (await t.as(s.gx_province).get('/api/fraud-cases?_end=200').expect(200)).body as Array<{
      id: number;
      state: string;
      regionCode: string;
      partyName: string;
      supervised: boolean;
    }>;
    expect(new Set(cases.map((c) => c.state))).toEqual(new Set(FRAUD_CASE_STATES));
    expect(cases.some((c) => c.supervised)).toBe(true);
    // 桂林 has its own cases too (its head and certified officers are demo accounts)
    expect(cases.filter((c) => c.regionCode === '450300').length).toBeGreaterThanOrEqual(2);
    const lz = cases.find((c) => c.regionCode === '450200')!;
    const one = (await t.as(s.lz_city).get(`/api/fraud-cases/${lz.id}`).expect(200)).body as { clueId: number | null; partyName: string };
    expect(one.clueId).not.toBeNull();
    expect(one.partyName).toMatch(/医院|卫生|药|诊所|卫生室/);
  });

  it("settlements carry the calculator's amounts: one paid short is flagged, the others match", async () => {
    // the screening demo's plants (numbered JK…) aside: those are flagged on purpose
    const flagged = async (flag: string) =>
      ((await t.as(s.gx_province).get(`/api/settlements?flag=${flag}&_end=200`).expect(200)).body as Array<{ settlementNo: string }>).map(
        (r) => r.settlementNo,
      );
    const notPlanted = (numbers: string[]) => numbers.filter((n) => !n.startsWith('JK'));
    expect(notPlanted(await flagged('recorded_mismatch'))).toHaveLength(1);
    // the one recorded at the institution a fraud case suspended, after the service date
    expect(notPlanted(await flagged('institution_suspended'))).toHaveLength(1);
  });

  describe('智能监控: a year of settlements with stays and diagnoses, and the planted cases', () => {
    const planted = (rule: keyof typeof SCREENING_DEMO_PLANTED, part: 'hits' | 'controls') =>
      SCREENING_DEMO_PLANTED[rule][part].flatMap((c) => c.settlementNos);

    it('about ten settlements per enrolled person, every planted one stored, stays only on inpatient ones', async () => {
      const repo = t.ds.getRepository(Settlement);
      const people = await t.ds.getRepository(Beneficiary).count();
      const total = await repo.count();
      expect(total).toBeGreaterThan(people * 8);
      expect(total).toBeLessThan(people * 12);
      const numbers = Object.values(SCREENING_DEMO_PLANTED).flatMap((r) => [...r.hits, ...r.controls].flatMap((c) => c.settlementNos));
      const stored = await repo.find({ where: { settlementNo: In(numbers) } });
      expect(stored.map((r) => r.settlementNo).sort()).toEqual([...numbers].sort());
      expect(await repo.count({ where: { visitType: Not('inpatient'), admittedOn: Not(IsNull()) } })).toBe(0);
      expect(await repo.count({ where: { visitType: 'inpatient', admittedOn: IsNull(), year: 2026, settlementNo: Like('YB%') } })).toBe(0);
      expect(await repo.count({ where: { diagnosisCode: IsNull(), settlementNo: Like('YB%') } })).toBe(0);
    });

    it('the institution flag marks exactly the planted suspended_institution hits', async () => {
      const flagged = (await t.ds.getRepository(Settlement).find({ where: { flags: Like('%,institution_suspended,%'), settlementNo: Like('JK%') } })).map(
        (r) => r.settlementNo,
      );
      expect(flagged.sort()).toEqual(planted('suspended_institution', 'hits').sort());
    });

    it('the after_death people are recorded deceased in the ledger, their visits before and after the day', async () => {
      const repo = t.ds.getRepository(Settlement);
      for (const c of SCREENING_DEMO_PLANTED.after_death.hits) {
        const [first] = await repo.findBy({ settlementNo: c.settlementNos[0] });
        const person = await t.ds.getRepository(Beneficiary).findOneByOrFail({ idNumber: first.idNumber });
        expect(person).toMatchObject({ status: 'exited' });
        const enrollment = await t.ds.getRepository(Enrollment).findOneByOrFail({ beneficiaryId: person.id, year: 2026 });
        expect(enrollment).toMatchObject({ enrolled: false, notEnrolledReason: 'deceased' });
        for (const n of c.settlementNos) expect((await repo.findOneByOrFail({ settlementNo: n })).settledOn > person.exitedOn!).toBe(true);
      }
      for (const n of planted('after_death', 'controls')) {
        const before = await repo.findOneByOrFail({ settlementNo: n });
        const person = await t.ds.getRepository(Beneficiary).findOneByOrFail({ idNumber: before.idNumber });
        expect(before.settledOn < person.exitedOn!).toBe(true);
      }
    });

    const GROUPED_RULES: string[] = ['split_admission', 'overlapping_stays', 'frequent_visits'];
    it('the demo’s runs found every planted case as a 疑点 of its rule and none of the near misses; 柳州 worked some through every stage', async () => {
      const settlements = t.ds.getRepository(Settlement);
      const suspicions = await t.ds.getRepository(FraudSuspicion).find();
      const idsOf = async (numbers: string[]) => (await settlements.find({ where: { settlementNo: In(numbers) } })).map((r) => r.id);
      // zero_oop's plants are the hospital's own zero copays (recorded 0 where the calculator computed a share): the
      // rule reads the recorded tiers beside the calculator's flag, so it finds them like every other rule's
      for (const rule of Object.keys(SCREENING_DEMO_PLANTED) as Array<keyof typeof SCREENING_DEMO_PLANTED>) {
        const ofRule = suspicions.filter((x) => x.ruleId === rule);
        const inOne = (ids: number[]) => ofRule.some((x) => ids.every((id) => (JSON.parse(x.settlementIds) as number[]).includes(id)));
        // a pair or a month's visits is one 疑点; the per-settlement rules find each settlement of a case on its own
        const covers = (ids: number[]) => (GROUPED_RULES.includes(rule) ? inOne(ids) : ids.every((id) => inOne([id])));
        for (const c of SCREENING_DEMO_PLANTED[rule].hits) {
          if (rule === 'institution_outlier') expect(ofRule.map((x) => x.institutionCode)).toContain(c.institutionCode);
          else expect({ rule, key: c.key, found: covers(await idsOf(c.settlementNos)) }).toEqual({ rule, key: c.key, found: true });
        }
        for (const c of SCREENING_DEMO_PLANTED[rule].controls) {
          if (!c.settlementNos.length) continue;
          expect({ rule, key: c.key, found: covers(await idsOf(c.settlementNos)) }).toEqual({ rule, key: c.key, found: false });
        }
      }
      const lz = suspicions.filter((x) => x.poolingRegionCode === '450200');
      expect(new Set(lz.map((x) => x.state))).toEqual(new Set(['pending', 'first_review', 'second_review', 'investigation', 'violation', 'dismissed']));
      const violation = lz.find((x) => x.state === 'violation')!;
      const clue = (await t.as(s.lz_city).get(`/api/fraud-clues/${violation.clueId}`).expect(200)).body as { source: string };
      expect(clue.source).toBe('screening');
      expect(lz.find((x) => x.state === 'dismissed')!.dismissReason).toBe('clinically_justified');
      expect(lz.filter((x) => x.claimedById !== null).length).toBeGreaterThan(0);
    });

    it('re-running the cost-warning detection finds no new warning: the new settlements stay below the line', async () => {
      const before = await count('gx_province', '/api/cost-warnings');
      for (const city of ['lz_city', 'gl_city']) {
        const job = (await t.as(s[city]).post('/api/cost-warning-detections').send({ year: 2026 }).expect(202)).body as { id: number };
        await t.app.get(JobsService).settle(job.id);
      }
      expect(await count('gx_province', '/api/cost-warnings')).toBe(before);
    });
  });

  it('the warnings are in several stages, with one cleared through the workflow, and one monthly push', async () => {
    const warnings = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?_start=0&_end=50').expect(200)).body as Array<{ id: number; state: string }>;
    expect(new Set(warnings.map((w) => w.state))).toEqual(new Set(['cleared', 'verified', 'detected']));
    const cleared = warnings.find((w) => w.state === 'cleared')!;
    const history = (await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${cleared.id}/history`).expect(200)).body as Array<{ action: string }>;
    expect(history.map((h) => h.action)).toEqual(['verify', 'assist', 'clear']);
    expect(await count('lz_chengzhong', '/api/cost-warning-pushes')).toBe(1);
  });

  it('2026 reporting tasks: some received (on time or late), the rest missing; the province has bulletins published', async () => {
    const received = (await t.as(s.gx_province).get('/api/reporting-tasks?period_like=2026&state=received&_end=100').expect(200)).body as Array<{
      duty: string;
      onTime: boolean;
    }>;
    expect(new Set(received.map((r) => r.duty))).toEqual(new Set(['annual_report', 'quarterly_statistics', 'responsibility_table', 'monthly_bulletin']));
    expect(received.some((r) => !r.onTime)).toBe(true);
    expect(await count('gx_province', '/api/reporting-tasks?period_like=2026&state=overdue')).toBeGreaterThan(0);
    // 广西's approved 2026 due rule dates its bulletins: the 10th of the next month, with its source
    const rules = (await t.as(s.gx_province).get('/api/reporting-due-rules?regionCode=450000&year=2026').expect(200)).body;
    expect(rules).toEqual([
      expect.objectContaining({
        state: 'approved',
        approved: expect.objectContaining({ rules: { monthly_bulletin: expect.objectContaining({ daysAfterPeriodEnd: 10 }) } }),
      }),
    ]);
    const bulletin = (await t.as(s.gx_province).get('/api/reporting-tasks?duty=monthly_bulletin&period=2026-10').expect(200)).body;
    expect(bulletin).toEqual([expect.objectContaining({ dueOn: '2026-11-10', dueSource: expect.stringContaining('广西 2026 年月通报') })]);
  });

  it('广西 inspects 柳州 and 桂林 in every state; the unannounced visit to 柳州市 is hidden from 柳州市 and 城中区 until the feedback', async () => {
    const all = (await t.as(s.gx_province).get('/api/inspections?_end=100').expect(200)).body as Array<{ id: number; kind: string; state: string }>;
    expect(new Set(all.map((i) => i.state))).toEqual(new Set(['planned', 'in_progress', 'reported', 'feedback_sent', 'closed']));
    const hidden = all.find((i) => i.kind === 'unannounced')!;
    expect(hidden.state).toBe('in_progress');
    for (const who of ['lz_city', 'lz_chengzhong']) await t.as(s[who]).get(`/api/inspections/${hidden.id}`).expect(404);
    const dispositions = (await t.as(s.gx_province).get('/api/inspection-findings?_end=100').expect(200)).body as Array<{ disposition: string }>;
    expect(new Set(dispositions.map((f) => f.disposition))).toEqual(new Set(['none', 'rectification', 'accountability']));
  });

  it('responsibility tables and parameter sets are in several workflow states', async () => {
    const tables = (await t.as(s.gx_province).get('/api/responsibility-tables?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(new Set(tables.map((x) => x.state))).toEqual(new Set(['approved', 'submitted', 'returned']));
    const parameters = (await t.as(s.gx_province).get('/api/policy-parameters?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(parameters.map((p) => p.state)).toContain('submitted');
    const standards = (await t.as(s.gx_province).get('/api/subsidy-standards?_start=0&_end=50').expect(200)).body as Array<{ state: string }>;
    expect(standards.map((p) => p.state)).toContain('returned');
    const recognitions = (await t.as(s.gx_province).get('/api/chronic-recognitions?_start=0&_end=50').expect(200)).body as Array<{ status: string }>;
    expect(new Set(recognitions.map((r) => r.status))).toEqual(new Set(['active', 'revoked']));
  });

  describe('过度保障治理: the 2019 campaign finished, the current one in every state', () => {
    const all = async (who: string, query = '') =>
      (await t.as(s[who]).get(`/api/rectification-items?_start=0&_end=200${query}`).expect(200)).body as RectificationItemRecord[];
    const history = async (who: string, id: number) =>
      ((await t.as(s[who]).get(`/api/rectification-items/${id}/history`).expect(200)).body as WorkflowHistoryEntry[]).map((h) => [h.action, h.actorUsername]);

    it('广西 set up the 医保发〔2019〕57号 campaign (平稳过渡 by 2020-12-31), all of it finished, and a current one', async () => {
      const campaigns = (await t.as(s.lz_chengzhong).get('/api/rectification-campaigns').expect(200)).body as RectificationCampaignRecord[];
      expect(campaigns).toHaveLength(2);
      expect(campaigns.every((c) => c.regionCode === '450000')).toBe(true);
      const gp2019 = campaigns.find((c) => c.documentNo === '医保发〔2019〕57号')!;
      expect(gp2019).toMatchObject({ transitionDueOn: '2020-12-31', immediateDays: 30 });
      expect(gp2019.startedOn.slice(0, 4)).toBe('2019');
      const current = campaigns.find((c) => c.id !== gp2019.id)!;
      expect(current.transitionDueOn > '2026-12-31').toBe(true);

      const items = await all('gx_province');
      const old = items.filter((i) => i.campaignId === gp2019.id);
      expect(old.length).toBeGreaterThan(5);
      expect(new Set(old.map((i) => i.state))).toEqual(new Set(['closed', 'dismissed']));
      expect(old.filter((i) => i.category === 'transition').every((i) => i.dueOn === '2020-12-31')).toBe(true);
      expect(items.filter((i) => i.campaignId === current.id && ['identified', 'rectifying'].includes(i.state)).length).toBeGreaterThan(5);
    });

    it('every state, category, problem type and source; overdue, continuing and supervised items; sub-tasks partly and fully done', async () => {
      const items = await all('gx_province');
      expect(items.length).toBeGreaterThanOrEqual(25);
      expect(new Set(items.map((i) => i.state))).toEqual(
        new Set(['identified', 'rectifying', 'closure_requested', 'extension_requested', 'closed', 'dismissed']),
      );
      expect(new Set(items.map((i) => i.category))).toEqual(new Set(['immediate', 'transition']));
      expect(new Set(items.map((i) => i.problemType))).toEqual(new Set(PROBLEM_TYPES));
      expect(new Set(items.map((i) => i.source))).toEqual(new Set(['self_check', 'assigned', 'screening', 'inspection']));

      const overdue = await all('gx_province', '&overdue=true');
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.every((i) => i.overdue)).toBe(true);
      const continuing = items.filter((i) => i.continuing);
      expect(continuing.length).toBeGreaterThan(0);
      expect(continuing[0].state).toBe('rectifying');
      expect((await history('lz_city', continuing[0].id)).map(([action]) => action)).toEqual(['start', 'request_extension', 'grant_extension']);
      const supervised = await all('gx_province', '&supervised=true');
      expect(supervised.length).toBeGreaterThan(0);
      expect(supervised.every((i) => i.supervision?.letterNo && i.supervision.by === 'gx_province')).toBe(true);
      expect(supervised.some((i) => i.overdue)).toBe(true);

      const transition = items.filter((i) => i.category === 'transition' && i.subTasks);
      const done = (i: RectificationItemRecord) => Object.values(i.subTasks!).filter((x) => x.status === 'done').length;
      expect(transition.some((i) => done(i) === 3 && i.state === 'closed')).toBe(true);
      expect(transition.some((i) => done(i) > 0 && done(i) < 3 && i.state === 'rectifying')).toBe(true);
      // the 责任清单 is read from the approved responsibility table, never typed in
      expect(items.some((i) => i.responsibleRole && i.responsiblePerson)).toBe(true);

      // screening findings are keyed county:year:type, as the screening job keys them; the cities ran the job
      for (const i of items.filter((x) => x.source === 'screening')) expect(i.sourceRef).toBe(`${i.regionCode}:2025:${i.problemType}`);
      const runs = (await t.as(s.lz_city).get('/api/over-protection-screenings').expect(200)).body as Array<{ status: string }>;
      expect(runs.map((r) => r.status)).toEqual(['succeeded']);
    });

    it('every item lies within its owners: a city sees its own, 城中区 only its own, together the province’s', async () => {
      const province = await all('gx_province');
      const liuzhou = await all('lz_city');
      const guilin = await all('gl_city');
      const chengzhong = await all('lz_chengzhong');
      expect(liuzhou.every((i) => i.regionCode.startsWith('4502'))).toBe(true);
      expect(guilin.every((i) => i.regionCode.startsWith('4503'))).toBe(true);
      expect(chengzhong.every((i) => i.regionCode === '450202')).toBe(true);
      expect(chengzhong.length).toBeGreaterThan(5);
      expect(liuzhou.length + guilin.length).toBe(province.length);
    });

    it('items waiting for a verifier are in its inbox; a closed one has its real timeline (county, then city)', async () => {
      for (const who of ['lz_city', 'gx_province']) {
        const inbox = (await t.as(s[who]).get('/api/inbox?_start=0&_end=200').expect(200)).body as Array<{ resource: string; state: string }>;
        expect(inbox.filter((r) => r.resource === 'rectification-items' && r.state === 'closure_requested').length).toBeGreaterThan(0);
      }
      const closed = (await all('lz_chengzhong')).filter((i) => i.state === 'closed');
      expect(closed.length).toBeGreaterThan(0);
      expect(await history('lz_chengzhong', closed[0].id)).toEqual([
        ['start', 'lz_chengzhong'],
        ['request_closure', 'lz_chengzhong'],
        ['close', 'lz_city'],
      ]);
    });

    it('closure-requested and closed items carry real PDF and PNG evidence, downloadable by the verifier', async () => {
      const items = (await all('lz_city')).filter((i) => ['closure_requested', 'closed'].includes(i.state));
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((i) => i.attachmentCount > 0)).toBe(true);
      const kinds = new Map<string, Buffer>();
      for (const item of items) {
        const files = (await t.as(s.lz_city).get(`/api/rectification-items/${item.id}/attachments`).expect(200)).body as Array<{
          id: number;
          fileName: string;
          contentType: string;
        }>;
        for (const f of files) {
          if (kinds.has(f.contentType)) continue;
          const res = await download(t.as(s.lz_city).get(`/api/attachments/${f.id}/content`)).expect(200);
          expect(res.headers['content-disposition']).toContain(encodeURIComponent(f.fileName));
          kinds.set(f.contentType, res.body as Buffer);
        }
      }
      expect([...kinds.keys()].sort()).toEqual(['application/pdf', 'image/png']);
      const pdf = kinds.get('application/pdf')!.toString('latin1');
      expect(pdf.startsWith('%PDF-1.4') && pdf.trimEnd().endsWith('%%EOF')).toBe(true);
      // the cross-reference table points at the objects: a reader opens the file
      const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
      expect(pdf.slice(xref, xref + 4)).toBe('xref');
      const png = kinds.get('image/png')!;
      expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    });
  });
});
