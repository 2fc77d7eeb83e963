import {
  ageMismatchHits,
  frequentVisitHits,
  overlappingStayHits,
  phantomStayHits,
  ruleParamValues,
  SCREENING_RULE_DEFAULTS,
  sexMismatchHits,
  splitAdmissionHits,
  zeroOutOfPocketHits,
  type ScreenedSettlement,
  type ScreeningRuleId,
  type ScreeningRunRuleLine,
  type ScreeningRunSummary,
} from '@yibao/shared';
import { storedSettlement } from '../../../../test/fixtures';
import { idFor, Session, testAppWith } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';
import { Settlement } from '../../assistance';
import { Beneficiary } from '../../enrollment';
import { Enrollment } from '../../enrollment/enrollments/enrollment.entity';
import { Institution, InstitutionStatusChangeRow } from '../../fraud';
import { FraudSuspicion } from '../fraud-suspicions/fraud-suspicion.entity';
import { STALE_HIT_COMMENT } from './screening-runs.service';
import { touchLedgerCounties } from '../../enrollment/enrollment-counts/enrollment-counts';

/** The pure predicates' hits (shared/src/screening/predicates.ts) per rule: the sorted settlement-id lists. */
function predicateHits(rows: ScreenedSettlement[]): Record<string, string[]> {
  const params = ruleParamValues(SCREENING_RULE_DEFAULTS);
  const lists: Record<string, Array<{ settlementIds: number[] }>> = {
    split_admission: splitAdmissionHits(rows, params.split_admission),
    overlapping_stays: overlappingStayHits(rows),
    phantom_stay: phantomStayHits(rows, params.phantom_stay),
    frequent_visits: frequentVisitHits(rows, params.frequent_visits),
    sex_mismatch: sexMismatchHits(rows, params.sex_mismatch),
    age_mismatch: ageMismatchHits(rows, params.age_mismatch),
    zero_oop: zeroOutOfPocketHits(rows),
  };
  return Object.fromEntries(Object.entries(lists).map(([rule, hits]) => [rule, hits.map((h) => h.settlementIds.join(','))]));
}

/**
 * 智能监控筛查 over HTTP (issue 17): every rule finds its planted cases and nothing in the near misses beside them;
 * a re-run finds the same 疑点; an incremental run reads only the settlements recorded since; a finished 疑点 stays
 * as it is; the SQL's hits equal the pure reading of the rules on random settlements. The settlements are stored
 * rows (the calculator's own tests pin what it writes); each test works its own year, so the rules' marks and 疑点
 * of one test never meet another's.
 */
describe('screening runs (智能监控筛查)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong']);

  let seq = 0;
  interface Planted {
    county?: string;
    person: number;
    birth?: string;
    visitType?: string;
    settledOn: string;
    admittedOn?: string | null;
    dischargedOn?: string | null;
    diagnosisCode?: string | null;
    institutionCode?: string;
    inPolicy?: number;
    oop?: number;
    /** the calculator's out-of-pocket share (default: as recorded); null: stored without a computed result */
    computedOop?: number | null;
    flags?: string[];
  }
  /** One stored settlement; returns its id. */
  function settlement(p: Planted): Promise<number> {
    const county = p.county ?? '450202';
    const inPolicy = p.inPolicy ?? 100_000;
    const oop = p.oop ?? 10_000;
    const institutionCode = p.institutionCode ?? 'H45020200001';
    return storedSettlement(t, {
      idNumber: idFor(county, p.birth ?? '19600101', p.person),
      regionCode: county,
      settledOn: p.settledOn,
      admittedOn: p.admittedOn,
      dischargedOn: p.dischargedOn,
      diagnosisCode: p.diagnosisCode,
      institutionCode,
      institutionName: `医院${institutionCode.slice(-2)}`,
      settlementNo: `SR${++seq}`,
      visitType: p.visitType,
      cost: inPolicy,
      paid: { basic: inPolicy - oop },
      computed: p.computedOop === null ? undefined : { outOfPocket: p.computedOop ?? oop },
      flags: p.flags,
    });
  }

  const stay = (person: number, admittedOn: string, dischargedOn: string, more: Partial<Planted> = {}) =>
    settlement({ person, admittedOn, dischargedOn, settledOn: dischargedOn, ...more });

  /**
   * Person `n` born on `birth` in `county`'s ledger (特困, of its city's pool) with an enrollment for `year`: enrolled,
   * or with `exit` exited on its date and not enrolled for its reason. Returns the beneficiary's id.
   */
  async function ledgerPerson(county: string, birth: string, n: number, year: number, exit?: { on: string; reason: string }): Promise<number> {
    const b = await t.ds.getRepository(Beneficiary).insert({
      idNumber: idFor(county, birth, n),
      name: '测试',
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
      sex: n % 2 ? 'male' : 'female',
      regionCode: county,
      poolingRegionCode: `${county.slice(0, 4)}00`,
      identityCategories: ',rural_tekun,',
      sourceDepartment: 'civil_affairs',
      status: exit ? 'exited' : 'active',
      exitedOn: exit?.on ?? null,
    });
    const beneficiaryId = b.identifiers[0].id as number;
    await t.ds
      .getRepository(Enrollment)
      .insert(
        exit
          ? { beneficiaryId, year, regionCode: county, enrolled: false, notEnrolledReason: exit.reason }
          : { beneficiaryId, year, regionCode: county, enrolled: true, scheme: 'resident_basic' },
      );
    return beneficiaryId;
  }

  async function run(who: Session, body: Record<string, unknown>): Promise<ScreeningRunSummary & { runId: number }> {
    const started = await t.as(who).post('/api/screening-runs').send(body).expect(202);
    expect(started.body).toMatchObject({ kind: 'screening-run', status: 'queued' });
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(who).get(`/api/screening-runs/${started.body.id}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'succeeded', message: null, processedUnits: job.totalUnits });
    return { ...(job.result as ScreeningRunSummary), runId: started.body.id };
  }

  const lineOf = (summary: ScreeningRunSummary, ruleId: ScreeningRuleId): ScreeningRunRuleLine => summary.rules.find((l) => l.ruleId === ruleId)!;

  /** The stored 疑点 of a year: per rule, the sorted settlement-id lists (institution codes for the outlier). */
  async function suspicions(year: number): Promise<Record<string, string[]>> {
    const rows = await t.ds.getRepository(FraudSuspicion).find({ where: { year }, order: { id: 'ASC' } });
    const out: Record<string, string[]> = {};
    for (const r of rows) {
      const ids = JSON.parse(r.settlementIds) as number[];
      (out[r.ruleId] ??= []).push(ids.length ? [...ids].sort((a, b) => a - b).join(',') : String(r.institutionCode));
    }
    for (const k of Object.keys(out)) out[k].sort();
    return out;
  }

  const key = (...ids: number[]) => [...ids].sort((a, b) => a - b).join(',');

  // a year the demo leaves empty: its planted settlements must not meet these
  it('each rule finds its planted cases and nothing in the near misses; a re-run finds the same 疑点', async () => {
    const expected: Record<string, string[]> = {};
    const plant = (rule: ScreeningRuleId, k: string) => (expected[rule] ??= []).push(k);

    // 分解住院: 10 days after discharge, same institution, J18 again; misses: 16 days, another institution, Z51 cycles
    const s1 = await stay(1, '2028-02-01', '2028-02-10', { diagnosisCode: 'J18.0' });
    const s2 = await stay(1, '2028-02-20', '2028-02-28', { diagnosisCode: 'J18.9' });
    plant('split_admission', key(s1, s2));
    await stay(2, '2028-02-01', '2028-02-10', { diagnosisCode: 'J18.0' });
    await stay(2, '2028-02-26', '2028-03-05', { diagnosisCode: 'J18.0' });
    await stay(3, '2028-02-01', '2028-02-10', { diagnosisCode: 'J18.0' });
    await stay(3, '2028-02-15', '2028-02-20', { diagnosisCode: 'J18.0', institutionCode: 'H45020200002' });
    await stay(4, '2028-02-01', '2028-02-10', { diagnosisCode: 'Z51.1' });
    await stay(4, '2028-02-15', '2028-02-20', { diagnosisCode: 'Z51.1' });

    // 同时住院: a stay inside another at another institution; miss: admitted the day after the other's discharge
    const o1 = await stay(5, '2028-03-01', '2028-03-10');
    const o2 = await stay(5, '2028-03-05', '2028-03-08', { institutionCode: 'H45020200002' });
    plant('overlapping_stays', key(o1, o2));
    await stay(6, '2028-04-01', '2028-04-05');
    await stay(6, '2028-04-06', '2028-04-09', { institutionCode: 'H45020200002' });

    // 挂床: 6 days at 83.33 yuan a day; admitted and discharged the same day; misses: 6 days at 116.67, 4 days at 1 fen
    plant('phantom_stay', key(await stay(7, '2028-05-01', '2028-05-07', { inPolicy: 50_000 })));
    plant('phantom_stay', key(await stay(8, '2028-05-01', '2028-05-01')));
    await stay(9, '2028-05-01', '2028-05-07', { inPolicy: 70_000 });
    await stay(10, '2028-05-01', '2028-05-05', { inPolicy: 4 });

    // 高频就诊: 9 visits in May at one institution; misses: 8 in June, 9 in July over two institutions
    const may: number[] = [];
    for (let d = 1; d <= 9; d++) may.push(await settlement({ person: 11, settledOn: `2028-05-${String(d).padStart(2, '0')}` }));
    plant('frequent_visits', key(...may));
    for (let d = 1; d <= 8; d++) await settlement({ person: 11, settledOn: `2028-06-${String(d).padStart(2, '0')}` });
    for (let d = 1; d <= 9; d++)
      await settlement({ person: 11, settledOn: `2028-07-${String(d).padStart(2, '0')}`, institutionCode: d % 2 ? 'H45020200001' : 'H45020200002' });
    // both outpatient kinds count together: 5 普通门诊 + 4 门诊特慢病 in August (neither kind alone over 8 — the full run's
    // candidate count per kind must still find it); miss: 4 + 4 in September at the other institution
    const august: number[] = [];
    for (let d = 1; d <= 9; d++)
      august.push(
        await settlement({ person: 12, settledOn: `2028-08-${String(d).padStart(2, '0')}`, visitType: d <= 5 ? 'outpatient' : 'chronic_outpatient' }),
      );
    plant('frequent_visits', key(...august));
    for (let d = 1; d <= 8; d++)
      await settlement({
        person: 12,
        settledOn: `2028-09-${String(d).padStart(2, '0')}`,
        visitType: d <= 4 ? 'outpatient' : 'chronic_outpatient',
        institutionCode: 'H45020200002',
      });

    // sex: a man (odd 17th digit) with O80, a woman with N40; misses the other way round
    plant('sex_mismatch', key(await settlement({ person: 13, settledOn: '2028-03-02', diagnosisCode: 'O80' })));
    plant('sex_mismatch', key(await settlement({ person: 14, settledOn: '2028-03-02', diagnosisCode: 'N40' })));
    await settlement({ person: 16, settledOn: '2028-03-02', diagnosisCode: 'O80' });
    await settlement({ person: 15, settledOn: '2028-03-02', diagnosisCode: 'N40' });

    // age: P07 at six; misses: P07 at nine months, and on the first birthday itself
    plant('age_mismatch', key(await settlement({ person: 17, birth: '20200101', settledOn: '2028-03-02', diagnosisCode: 'P07.3' })));
    await settlement({ person: 18, birth: '20270601', settledOn: '2028-03-02', diagnosisCode: 'P07.3' });
    await settlement({ person: 19, birth: '20270302', settledOn: '2028-03-02', diagnosisCode: 'P07.3' });

    // after death: the ledger exits person 20 on 2028-04-01 as deceased; misses: settled that day and before, and a
    // person who moved away (exited, not deceased) settling later
    await ledgerPerson('450202', '19600101', 20, 2028, { on: '2028-04-01', reason: 'deceased' });
    await ledgerPerson('450202', '19600101', 21, 2028, { on: '2028-04-01', reason: 'moved_away' });
    plant('after_death', key(await settlement({ person: 20, settledOn: '2028-04-02' })));
    await settlement({ person: 20, settledOn: '2028-04-01' });
    await settlement({ person: 20, settledOn: '2028-03-15' });
    await settlement({ person: 21, settledOn: '2028-04-02' });

    // suspended: H…09 suspended 2028-05-01 … 05-31 by a served decision (recorded after the settlements, so no flag);
    // misses: the days around it, and H…08 whose suspension was lifted
    const registry = async (code: string, lifted: boolean) => {
      const inst = await t.ds
        .getRepository(Institution)
        .insert({ code, name: `医院${code.slice(-2)}`, kind: 'hospital', level: 'secondary', ownership: 'private', regionCode: '450202' });
      await t.ds.getRepository(InstitutionStatusChangeRow).insert({
        institutionId: inst.identifiers[0].id,
        institutionCode: code,
        fromStatus: 'active',
        toStatus: 'suspended',
        effectiveOn: '2028-05-01',
        suspendedUntil: '2028-05-31',
        decisionNo: '柳医保处〔2028〕1号',
        reason: '测试',
        byName: '测试',
        liftedAt: lifted ? new Date() : null,
      });
    };
    plant('suspended_institution', key(await settlement({ person: 22, settledOn: '2028-05-10', institutionCode: 'H45020299009' })));
    await settlement({ person: 22, settledOn: '2028-04-30', institutionCode: 'H45020299009' });
    await settlement({ person: 22, settledOn: '2028-06-01', institutionCode: 'H45020299009' });
    await settlement({ person: 23, settledOn: '2028-05-10', institutionCode: 'H45020299008' });
    await registry('H45020299009', false);
    await registry('H45020299008', true);

    // 零自付: the calculator's flag; the hospital's own zero copay (recorded 0, computed 50 yuan); misses: another flag,
    // recorded 0 where the calculator also computed 0 without its flag (nothing to pay)
    plant('zero_oop', key(await settlement({ person: 24, settledOn: '2028-03-03', oop: 0, flags: ['zero_oop'] })));
    plant('zero_oop', key(await settlement({ person: 26, settledOn: '2028-03-03', oop: 0, computedOop: 5_000, flags: ['recorded_mismatch'] })));
    await settlement({ person: 25, settledOn: '2028-03-03', flags: ['recorded_mismatch'] });
    await settlement({ person: 27, settledOn: '2028-03-03', oop: 0, computedOop: 0 });

    // outlier: 鱼峰区 has 10 poor persons enrolled; its four institutions admitted 2, 3, 2 and 12 (per 1,000: 200, 300,
    // 200, 1,200; median 250, MAD 50, line 400): only H…04 is above
    for (let n = 1; n <= 10; n++) await ledgerPerson('450203', '19700101', n, 2028);
    await touchLedgerCounties(t.ds.manager, ['450203']);
    let p = 100;
    for (const [inst, n] of [
      ['H45020300001', 2],
      ['H45020300002', 3],
      ['H45020300003', 2],
      ['H45020300004', 12],
    ] as const)
      for (let i = 0; i < n; i++) await stay(++p, `2028-0${1 + (i % 9)}-01`, `2028-0${1 + (i % 9)}-03`, { county: '450203', institutionCode: inst });
    plant('institution_outlier', 'H45020300004');

    // 桂林 (another pooling region): a planted zero_oop that 柳州's run must not see
    await settlement({ county: '450302', person: 1, settledOn: '2028-03-03', oop: 0, flags: ['zero_oop'], institutionCode: 'H45030200001' });

    const first = await run(s.lz_city, { year: 2028 });
    expect(first).toMatchObject({ regionCode: '450200', year: 2028, parameterSetId: null });
    for (const k of Object.keys(expected)) expected[k].sort();
    expect(await suspicions(2028)).toEqual(expected);
    for (const line of first.rules) {
      expect(line).toMatchObject({
        incremental: false,
        sinceSettlementId: null,
        hits: expected[line.ruleId]?.length ?? 0,
        created: expected[line.ruleId]?.length ?? 0,
      });
    }
    // every 疑点 starts pending, in its county, with the run's id and a one-line detail without the ID number
    const stored = await t.ds.getRepository(FraudSuspicion).find({ where: { year: 2028 } });
    for (const r of stored) {
      expect(r).toMatchObject({ state: 'pending', runId: first.runId, poolingRegionCode: '450200', version: 1 });
      // the first stage's due date kept as raised (FRD-3 judges the first stage by it after dueOn moves on)
      expect(r.raisedDueOn).toBe(r.dueOn);
      expect(r.dueOn).not.toBeNull();
      expect(r.detail).not.toMatch(/\d{17}[\dX]/);
      // entered its stage now (the due date counts from here), stored as UTC
      expect(Math.abs(r.stateChangedAt.getTime() - Date.now())).toBeLessThan(600_000);
    }
    expect(stored.find((r) => r.ruleId === 'institution_outlier')).toMatchObject({ regionCode: '450203', idNumber: null });
    expect(stored.find((r) => r.ruleId === 'split_admission')!.detail).toContain('≤ 15 日');
    // amount at stake: what the fund paid for the readmission (100,000 − 10,000 fen)
    expect(stored.find((r) => r.ruleId === 'split_admission')!.amountAtStake).toBe(90_000);

    // the same settlements again, read in full: the same 疑点, nothing new, nothing changed
    const again = await run(s.gx_province, { regionCode: '450200', year: 2028, full: true });
    for (const line of again.rules) expect(line).toMatchObject({ created: 0, updated: 0, unchanged: expected[line.ruleId]?.length ?? 0 });
    // and incrementally: nothing new was recorded, so the rules read nothing and the outlier, none of whose inputs
    // changed since its mark, is not recomputed
    const outlier = (r: ScreeningRunSummary) => lineOf(r, 'institution_outlier');
    const quiet = await run(s.lz_city, { year: 2028, rules: ['zero_oop', 'institution_outlier'] });
    expect(quiet.rules.map((l) => [l.ruleId, l.incremental, l.skipped, l.read, l.hits])).toEqual([
      ['zero_oop', true, false, 0, 0],
      ['institution_outlier', true, true, 0, 0],
    ]);
    // an outpatient visit is no input of it: still skipped
    await settlement({ person: 28, settledOn: '2028-08-03' });
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'] }))).toMatchObject({ skipped: true, read: 0 });
    // a ledger write in one of the region's counties (the enrolled counts it divides by): recomputed from the
    // admissions kept at its mark, no settlement read again
    await touchLedgerCounties(t.ds.manager, ['450203']);
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'] }))).toMatchObject({
      skipped: false,
      incremental: true,
      read: 0,
      hits: 1,
      unchanged: 1,
    });
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'] }))).toMatchObject({ skipped: true });
    // a new inpatient stay: recomputed (the peers' median moves with it), reading the new stay only
    await stay(140, '2028-09-01', '2028-09-03', { county: '450203', institutionCode: 'H45020300001' });
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'] }))).toMatchObject({
      skipped: false,
      incremental: true,
      read: 1,
      hits: 1,
    });
    // a registry change (an institution's county decides its peers): recomputed
    await t.ds.getRepository(Institution).update({ code: 'H45020299009' }, { name: '医院09（更名）', version: () => 'version + 1' });
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'] }))).toMatchObject({ skipped: false });
    // a full run always recomputes
    expect(outlier(await run(s.lz_city, { year: 2028, rules: ['institution_outlier'], full: true }))).toMatchObject({ skipped: false, hits: 1 });
    expect(await suspicions(2028)).toEqual(expected);
  });

  it('institution_outlier incrementally: the admissions kept at its mark plus the stays since give the 疑点 a full recount gives', async () => {
    // 柳南区 with 20 poor persons enrolled, 柳北区 with 10; a few institutions each
    let n = 0;
    for (const [county, persons] of [
      ['450204', 20],
      ['450205', 10],
    ] as const)
      for (let i = 0; i < persons; i++) await ledgerPerson(county, '19710101', ++n, 2030);
    await touchLedgerCounties(t.ds.manager, ['450204', '450205']);
    let person = 300;
    /** `count` stays at `institutionCode` (of `county`), each with its own fund amount */
    const stays = async (county: string, institutionCode: string, count: number, month: number) => {
      for (let i = 0; i < count; i++) {
        const day = String(1 + (i % 25)).padStart(2, '0');
        const m = String(month).padStart(2, '0');
        await stay(++person, `2030-${m}-${day}`, `2030-${m}-${day}`, { county, institutionCode, inPolicy: 50_000 + 1_000 * (person % 7) });
      }
    };
    await stays('450204', 'H45020400001', 3, 1);
    await stays('450204', 'H45020400002', 4, 1);
    await stays('450204', 'H45020400003', 3, 1);
    await stays('450204', 'H45020400004', 12, 1);
    await stays('450205', 'H45020500001', 2, 1);
    await stays('450205', 'H45020500002', 2, 1);
    await stays('450205', 'H45020500003', 9, 1);
    await settlement({ county: '450204', person: 399, settledOn: '2030-01-05', institutionCode: 'H45020400001' });

    const outlier = (r: ScreeningRunSummary) => lineOf(r, 'institution_outlier');
    /** the year's outlier 疑点 as a full recount must leave them: institution, amount at stake, detail */
    const outliers = async () =>
      (await t.ds.getRepository(FraudSuspicion).find({ where: { year: 2030, ruleId: 'institution_outlier' }, order: { institutionCode: 'ASC' } })).map((r) => [
        r.institutionCode,
        r.amountAtStake,
        r.detail,
      ]);
    const first = outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }));
    expect(first).toMatchObject({ incremental: false, read: 35 });
    expect(first.hits).toBeGreaterThan(0);

    // new stays in both counties (one at an institution not seen before), and an outpatient visit: only the stays
    // since the mark are read and added to the kept counts
    await stays('450204', 'H45020400002', 9, 2);
    await stays('450204', 'H45020400005', 2, 2);
    await stays('450205', 'H45020500001', 8, 2);
    await settlement({ county: '450205', person: 398, settledOn: '2030-02-05', institutionCode: 'H45020500003' });
    const second = outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }));
    expect(second).toMatchObject({ incremental: true, skipped: false, read: 19 });
    // and again: more stays, a second increment on the first
    await stays('450204', 'H45020400004', 10, 3);
    const third = outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }));
    expect(third).toMatchObject({ incremental: true, skipped: false, read: 10, hits: 2 });
    const incremental = await outliers();
    // the 疑点 moved with the new stays: H…04 above the line from the start (its amount and detail updated by both
    // increments), H…02 since the second (the third left its county's median and spread as they were)
    expect([first.created, second.created, second.updated, third.updated, third.unchanged]).toEqual([1, 1, 1, 1, 1]);
    expect(incremental.map(([code]) => code)).toEqual(['H45020400002', 'H45020400004']);

    // a full recount finds exactly these 疑点: nothing new, nothing changed, none dismissed as no longer found
    const full = outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'], full: true }));
    expect(full).toMatchObject({ incremental: false, read: 64, hits: 2, created: 0, updated: 0, unchanged: 2, stale: 0 });
    expect(await outliers()).toEqual(incremental);

    // counts kept for another mark (an older version's mark without them, or one moved past them) are not used: recounted
    await t.ds.query(`UPDATE screening_outlier_admissions SET lastSettlementId = lastSettlementId - 1 WHERE year = 2030`);
    await stays('450205', 'H45020500002', 1, 4);
    expect(outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }))).toMatchObject({ incremental: false, read: 65 });
    await t.ds.query(`DELETE FROM screening_outlier_admissions WHERE year = 2030`);
    await touchLedgerCounties(t.ds.manager, ['450205']);
    expect(outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }))).toMatchObject({ incremental: false, read: 65 });
    // a skipped run carries the kept counts to the new mark: the next increment still adds to them
    await settlement({ county: '450205', person: 397, settledOn: '2030-04-05', institutionCode: 'H45020500003' });
    expect(outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }))).toMatchObject({ skipped: true });
    await stays('450204', 'H45020400001', 1, 5);
    expect(outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'] }))).toMatchObject({ incremental: true, read: 1, hits: 2, updated: 2 });
    const after = await outliers();
    expect(outlier(await run(s.lz_city, { year: 2030, rules: ['institution_outlier'], full: true }))).toMatchObject({
      hits: 2,
      created: 0,
      updated: 0,
      stale: 0,
    });
    expect(await outliers()).toEqual(after);
  });

  it('an incremental run reads only the settlements recorded since; pairs them with older ones; never reopens a finished 疑点', async () => {
    const a = await stay(31, '2025-02-01', '2025-02-10', { diagnosisCode: 'K35.8' });
    for (let d = 1; d <= 9; d++) await settlement({ person: 32, settledOn: `2025-05-${String(d).padStart(2, '0')}` });
    await settlement({ person: 33, settledOn: '2025-03-03', oop: 0, flags: ['zero_oop'] });
    const first = await run(s.lz_city, { year: 2025, rules: ['split_admission', 'frequent_visits', 'zero_oop'] });
    expect(first.rules.map((l) => [l.ruleId, l.read, l.created])).toEqual([
      ['split_admission', 11, 0],
      ['frequent_visits', 11, 1],
      ['zero_oop', 11, 1],
    ]);
    // the 疑点 of the zero_oop case is dismissed (a finished stage)
    const zero = await t.ds.getRepository(FraudSuspicion).findOneByOrFail({ year: 2025, ruleId: 'zero_oop' });
    await t.ds.getRepository(FraudSuspicion).update({ id: zero.id }, { state: 'dismissed', dismissReason: 'data_error' });

    // recorded since: the readmission pairs with the old stay; a tenth May visit updates the open 疑点; the zero_oop
    // settlement's amount changes (recomputed) and a full run still leaves its dismissed 疑点 alone
    const b = await stay(31, '2025-02-15', '2025-02-18', { diagnosisCode: 'K35.2' });
    await settlement({ person: 32, settledOn: '2025-05-20' });
    const mark = Math.max(a, b) - 1;
    const second = await run(s.lz_city, { year: 2025, rules: ['split_admission', 'frequent_visits', 'zero_oop'] });
    expect(
      second.rules.map((l) => [l.ruleId, l.incremental, l.sinceSettlementId! >= a && l.sinceSettlementId! <= mark, l.read, l.created, l.updated, l.unchanged]),
    ).toEqual([
      ['split_admission', true, true, 2, 1, 0, 0],
      ['frequent_visits', true, true, 2, 0, 1, 0],
      ['zero_oop', true, true, 2, 0, 0, 0],
    ]);
    expect(await suspicions(2025)).toMatchObject({ split_admission: [key(a, b)] });
    const visits = await t.ds.getRepository(FraudSuspicion).findOneByOrFail({ year: 2025, ruleId: 'frequent_visits' });
    expect(visits).toMatchObject({ version: 2, runId: second.runId });
    expect(JSON.parse(visits.settlementIds)).toHaveLength(10);
    expect(visits.detail).toContain('10 次');

    await t.ds.getRepository(Settlement).update({ id: JSON.parse(zero.settlementIds)[0] }, { totalCost: 200_000, inPolicyCost: 200_000, paidBasic: 200_000 });
    const full = await run(s.lz_city, { year: 2025, rules: ['zero_oop'], full: true });
    expect(lineOf(full, 'zero_oop')).toMatchObject({ incremental: false, hits: 1, finished: 1, created: 0, updated: 0 });
    expect(await t.ds.getRepository(FraudSuspicion).findOneByOrFail({ id: zero.id })).toMatchObject({
      state: 'dismissed',
      version: zero.version,
      amountAtStake: zero.amountAtStake,
      runId: zero.runId,
    });
  });

  it('facts recorded after the settlements were read: an incremental run re-reads them; a full run dismisses the pending 疑点 whose hit is gone', async () => {
    // 2029: person 60 settles on 04-10 and 05-02; H…99007 settles three persons' visits on 05-10, 05-12 and 05-14
    const afterDeathVisit = await settlement({ person: 60, settledOn: '2029-04-10' });
    const beforeDeathVisit = await settlement({ person: 60, settledOn: '2029-03-20' });
    const blocked = [10, 12, 14].map((d, i) => settlement({ person: 61 + i, settledOn: `2029-05-${d}`, institutionCode: 'H45020299007' }));
    const [b1, b2, b3] = await Promise.all(blocked);
    // person 64 died on 04-01, but the ledger's record of it is older than any run (not a fact recorded since)
    const oldDeathVisit = await settlement({ person: 64, settledOn: '2029-04-20' });
    const rules: ScreeningRuleId[] = ['after_death', 'suspended_institution'];
    const first = await run(s.lz_city, { year: 2029, rules });
    expect(first.rules.map((l) => [l.ruleId, l.hits])).toEqual([
      ['after_death', 0],
      ['suspended_institution', 0],
    ]);

    // recorded since that run: person 60's death on 04-01 (exit and enrollment), a suspension of H…99007 backdated to 05-01
    const died = async (person: number, recordedAt?: string) => {
      const id = await ledgerPerson('450202', '19600101', person, 2029, { on: '2029-04-01', reason: 'deceased' });
      if (recordedAt) {
        await t.ds.query('UPDATE beneficiaries SET updatedAt = ? WHERE id = ?', [recordedAt, id]);
        await t.ds.query('UPDATE enrollments SET updatedAt = ? WHERE beneficiaryId = ?', [recordedAt, id]);
      }
      return id;
    };
    const person60 = await died(60);
    await died(64, '2020-01-01 00:00:00');
    const inst = await t.ds
      .getRepository(Institution)
      .insert({ code: 'H45020299007', name: '医院07', kind: 'hospital', level: 'secondary', ownership: 'private', regionCode: '450202' });
    const suspension = await t.ds.getRepository(InstitutionStatusChangeRow).insert({
      institutionId: inst.identifiers[0].id,
      institutionCode: 'H45020299007',
      fromStatus: 'active',
      toStatus: 'suspended',
      effectiveOn: '2029-05-01',
      suspendedUntil: '2029-05-31',
      decisionNo: '柳医保处〔2029〕7号',
      reason: '测试',
      byName: '测试',
      liftedAt: null,
    });

    // nothing new was settled, yet the incremental run finds the older settlements of the facts recorded since; not
    // person 64's (recorded before the mark: only a full run reads it) nor person 60's visit before the death
    const second = await run(s.lz_city, { year: 2029, rules });
    expect(second.rules.map((l) => [l.ruleId, l.incremental, l.read, l.created, l.stale])).toEqual([
      ['after_death', true, 0, 1, 0],
      ['suspended_institution', true, 0, 3, 0],
    ]);
    expect(await suspicions(2029)).toEqual({ after_death: [key(afterDeathVisit)], suspended_institution: [b1, b2, b3].map((id) => key(id)).sort() });
    expect(beforeDeathVisit).toBeLessThan(oldDeathVisit);
    const full = await run(s.lz_city, { year: 2029, rules, full: true });
    expect(full.rules.map((l) => [l.ruleId, l.created, l.unchanged, l.stale])).toEqual([
      ['after_death', 1, 1, 0],
      ['suspended_institution', 0, 3, 0],
    ]);

    // the records are corrected: the suspension was entered in error (lifted), person 60 did not die (back in the
    // ledger). The 疑点 on b2 is claimed by a reviewer, the one on b3 already in first review: theirs to decide
    const repo = t.ds.getRepository(FraudSuspicion);
    const of = async (settlementId: number) => (await repo.find({ where: { year: 2029 } })).find((r) => JSON.parse(r.settlementIds)[0] === settlementId)!;
    const [{ id: reviewer }] = await t.ds.query(`SELECT id FROM users WHERE username = 'lz_city'`);
    await repo.update({ id: (await of(b2)).id }, { claimedById: Number(reviewer), claimedAt: new Date() });
    const inReview = await of(b3);
    await t.as(s.lz_city).post(`/api/fraud-suspicions/${inReview.id}/actions/start_review`).send({ version: inReview.version }).expect(200);
    await t.ds.getRepository(InstitutionStatusChangeRow).update({ id: suspension.identifiers[0].id }, { liftedAt: new Date() });
    await t.ds.getRepository(Beneficiary).update({ id: person60 }, { status: 'active', exitedOn: null });

    // an incremental run and a county's full run dismiss nothing: neither read every settlement of the pooling region
    const quiet = await run(s.lz_city, { year: 2029, rules });
    expect(quiet.rules.map((l) => l.stale)).toEqual([0, 0]);
    const county = await run(s.lz_city, { year: 2029, rules, regionCode: '450202', full: true });
    expect(county.rules.map((l) => l.stale)).toEqual([0, 0]);
    expect((await of(b1)).state).toBe('pending');

    // the pooling region's full run: person 64's 疑点 still holds; the others' hits are gone — the pending, unclaimed
    // ones dismissed (data_error) through the engine, by the system, with its comment in the history
    const closing = await run(s.gx_province, { year: 2029, rules, regionCode: '450200', full: true });
    expect(closing.rules.map((l) => [l.ruleId, l.hits, l.stale])).toEqual([
      ['after_death', 1, 1],
      ['suspended_institution', 0, 1],
    ]);
    for (const settlementId of [afterDeathVisit, b1]) {
      const r = await of(settlementId);
      expect(r).toMatchObject({ state: 'dismissed', dismissReason: 'data_error', finished: true, dueOn: null, version: 2 });
      const history = (await t.as(s.lz_city).get(`/api/fraud-suspicions/${r.id}/history`).expect(200)).body as Array<Record<string, unknown>>;
      expect(history).toEqual([
        expect.objectContaining({
          action: 'dismiss',
          fromState: 'pending',
          toState: 'dismissed',
          actorUsername: 'system',
          comment: STALE_HIT_COMMENT,
          payload: { reason: 'data_error' },
        }),
      ]);
    }
    expect(await of(b2)).toMatchObject({ state: 'pending', claimedById: Number(reviewer) });
    expect(await of(b3)).toMatchObject({ state: 'first_review' });
    expect(await of(oldDeathVisit)).toMatchObject({ state: 'pending' });
    // a dismissed 疑点 stays dismissed when its hit comes back (never reopened)
    await t.ds.getRepository(InstitutionStatusChangeRow).update({ id: suspension.identifiers[0].id }, { liftedAt: null });
    const again = await run(s.lz_city, { year: 2029, rules: ['suspended_institution'], full: true });
    expect(lineOf(again, 'suspended_institution')).toMatchObject({ hits: 3, finished: 1, created: 0, stale: 0 });
  });

  it('a run is a pooling region or a county of one, in the caller’s scope; the runs are jobs in scope', async () => {
    const fields = async (who: Session, body: Record<string, unknown>) =>
      ((await t.as(who).post('/api/screening-runs').send(body).expect(400)).body.details ?? []).map((d: { field: string }) => d.field);
    expect(await fields(s.lz_city, { year: 2026, regionCode: '450300' })).toEqual(['regionCode']);
    expect(await fields(s.gx_province, { year: 2026, regionCode: '450000' })).toEqual(['regionCode']);
    expect(await fields(s.gx_province, { year: 2026 })).toEqual(['regionCode']);
    expect(await fields(s.lz_city, { year: 2026, rules: ['no_such_rule'] })).toEqual(['rules']);
    expect(await fields(s.lz_city, { year: 2026, rules: [] })).toEqual(['rules']);
    expect(await fields(s.lz_city, { year: 2026, full: 'yes' })).toEqual(['full']);
    expect(await fields(s.lz_city, { year: 1900 })).toEqual(['year']);
    // a county officer starts no run (not even its own county's); it reads its city's runs? no: jobs are kept per starter's region
    await t.as(s.lz_chengzhong).post('/api/screening-runs').send({ year: 2026, regionCode: '450202' }).expect(403);

    // a county of the pooling region: only its settlements are read
    const county = await run(s.lz_city, { year: 2024, regionCode: '450203', rules: ['zero_oop'] });
    expect(county).toMatchObject({ regionCode: '450203' });
    const runs = (await t.as(s.lz_city).get('/api/screening-runs').expect(200)).body as Array<{ id: number }>;
    expect(runs.map((r) => r.id)).toContain(county.runId);
    expect((await t.as(s.gl_city).get('/api/screening-runs').expect(200)).body).toHaveLength(0);
    await t.as(s.gl_city).get(`/api/screening-runs/${county.runId}`).expect(404);
  });

  it('on random settlements the SQL finds exactly the hits of the pure predicates (shared/src/screening/predicates.ts)', async () => {
    // a seeded PRNG (mulberry32): a few persons, two institutions, dates in a few months, so every rule hits
    let state = 20_270_101;
    const rnd = () => {
      state = (state + 0x6d2b79f5) | 0;
      let x = Math.imul(state ^ (state >>> 15), 1 | state);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
    };
    const pickOne = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const day = (month: number, d: number) => `2027-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const rows: ScreenedSettlement[] = [];
    /** `count` more random settlements, stored and kept in `rows` */
    const plantRandom = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const person = 40 + Math.floor(rnd() * 2);
        const birth = pickOne(['19600101', '20260601', '20261215']);
        const institutionCode = pickOne(['H45020200001', 'H45020200002']);
        const month = 1 + Math.floor(rnd() * 2);
        const inpatient = rnd() < 0.4;
        const diagnosisCode = pickOne([null, 'J18.0', 'J18.9', 'Z51.1', 'O80', 'N40', 'P07.3', 'K35.8']);
        const flags = rnd() < 0.05 ? ['zero_oop'] : [];
        const inPolicy = Math.floor(rnd() * 200_000);
        // recorded and computed out-of-pocket shares, zero or not, and now and then no computed result
        const oop = rnd() < 0.5 ? 0 : 1_000;
        const computedOop = pickOne([0, 1_000, 2_500, null]);
        let planted: Planted;
        if (inpatient) {
          const admitted = 1 + Math.floor(rnd() * 25);
          const length = Math.floor(rnd() * 8);
          planted = {
            person,
            birth,
            institutionCode,
            diagnosisCode,
            flags,
            inPolicy,
            oop,
            computedOop,
            admittedOn: day(month, admitted),
            dischargedOn: day(month, Math.min(28, admitted + length)),
            settledOn: day(month, 28),
          };
        } else {
          planted = { person, birth, institutionCode, diagnosisCode, flags, inPolicy, oop, computedOop, settledOn: day(month, 1 + Math.floor(rnd() * 28)) };
        }
        const id = await settlement(planted);
        rows.push({
          id,
          idNumber: idFor('450202', birth, person),
          institutionCode,
          visitType: inpatient ? 'inpatient' : 'outpatient',
          settledOn: planted.settledOn,
          admittedOn: planted.admittedOn ?? null,
          dischargedOn: planted.dischargedOn ?? null,
          diagnosisCode,
          inPolicyCost: inPolicy,
          flags,
          paidOutOfPocket: oop,
          computedOutOfPocket: computedOop,
        });
      }
    };
    const rules: ScreeningRuleId[] = ['split_admission', 'overlapping_stays', 'phantom_stay', 'frequent_visits', 'sex_mismatch', 'age_mismatch', 'zero_oop'];
    /** the stored 疑点 equal the predicates' hits over every row so far */
    const expectPredicateHits = async () => {
      const want = predicateHits(rows);
      const got = await suspicions(2027);
      for (const rule of rules) expect({ rule, hits: got[rule] ?? [] }).toEqual({ rule, hits: [...(want[rule] ?? [])].sort() });
      return want;
    };
    await plantRandom(300);
    const summary = await run(s.lz_city, { year: 2027, rules });
    const want = await expectPredicateHits();
    for (const rule of rules) expect(lineOf(summary, rule).read).toBe(300);
    // the data was random enough to exercise every rule
    expect(rules.filter((rule) => !want[rule]?.length)).toEqual([]);
    // the pair rules read a whole year through their candidate persons (a window over the year's stays), an
    // increment through the new settlements' partners: 100 more, incrementally, then the whole year again
    await plantRandom(100);
    const incremental = await run(s.lz_city, { year: 2027, rules });
    for (const rule of rules) expect(lineOf(incremental, rule)).toMatchObject({ incremental: true, read: 100 });
    await expectPredicateHits();
    const full = await run(s.lz_city, { year: 2027, rules, full: true });
    for (const rule of rules) expect(lineOf(full, rule)).toMatchObject({ incremental: false, read: 400, created: 0, updated: 0, stale: 0 });
    await expectPredicateHits();
  });
});
