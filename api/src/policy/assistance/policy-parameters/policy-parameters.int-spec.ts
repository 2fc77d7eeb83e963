import { JobsService } from '../../../platform/jobs/jobs.service';
import { startTestApp, Session, TestApp } from '../../../../test/harness';

describe('policy parameters and the settlement calculator', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong', 'admin']) s[u] = await t.login(u);
  });
  afterAll(() => t.close());

  const lz2026 = async (who: string) => (await t.as(s[who]).get('/api/policy-parameters?regionCode=450200&year=2026').expect(200)).body[0];

  it('the demo holds 2025 and 2026 for 柳州 and 桂林, every value with its source; the diff shows last year\'s changes', async () => {
    const all = await t.as(s.gx_province).get('/api/policy-parameters?_sort=regionCode,year').expect(200);
    expect(all.body.map((p: { regionCode: string; year: number }) => `${p.regionCode}/${p.year}`)).toEqual(['450200/2025', '450200/2026', '450300/2025', '450300/2026']);
    const gl = all.body[3];
    expect(gl.parameters.basic.annualCap.source).toMatch(/桂林市/);
    const diff = await t.as(s.gx_province).get(`/api/policy-parameters/${gl.id}/diff`).expect(200);
    expect(diff.body.previousYear).toBe(2025);
    expect(diff.body.changes).toEqual(expect.arrayContaining([{ path: 'basic.annualCap.value', before: 20_000_000, after: 25_000_000 }]));
  });

  it('a county reads its city\'s parameters; another city\'s are out of scope', async () => {
    const own = await t.as(s.lz_chengzhong).get('/api/policy-parameters').expect(200);
    expect(own.body.map((p: { regionCode: string }) => p.regionCode)).toEqual(['450200', '450200']);
    const gl = (await t.as(s.gx_province).get('/api/policy-parameters?regionCode=450300&year=2026').expect(200)).body[0];
    await t.as(s.lz_chengzhong).get(`/api/policy-parameters/${gl.id}`).expect(404);
    await t.as(s.lz_city).get(`/api/policy-parameters/${gl.id}`).expect(404);
  });

  it('the city officer starts a new year as a copy, edits it with validation and optimistic locking', async () => {
    const created = await t.as(s.lz_city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2027 }).expect(201);
    expect(created.body).toMatchObject({ regionCode: '450200', year: 2027, state: 'draft', approved: null, version: 1 });
    expect(created.body.parameters).toMatchObject({ year: 2027, effectiveFrom: '2027-01-01', effectiveTo: '2027-12-31' });
    expect(created.body.parameters.basic).toEqual((await lz2026('lz_city')).parameters.basic);
    await t.as(s.lz_city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2027 }).expect(409);
    await t.as(s.lz_city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2020 }).expect(400);
    await t.as(s.gl_city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2028 }).expect(403);
    await t.as(s.gx_province).post('/api/policy-parameters').send({ regionCode: '450200', year: 2028 }).expect(403);

    const doc = structuredClone(created.body.parameters);
    doc.criticalIllness.segments[0].ratioBp = 5000; // below the 60% floor (S0 §二(一))
    const bad = await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: doc, version: 1 }).expect(400);
    expect(bad.body.details[0].field).toMatch(/^parameters\.criticalIllness\.segments/);
    const wrongYear = { ...created.body.parameters, year: 2026 };
    await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: wrongYear, version: 1 }).expect(400);

    const better = structuredClone(created.body.parameters);
    better.earlyWarning.thresholdFen = { ...better.earlyWarning.thresholdFen, value: 250_000 };
    const ok = await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: better, version: 1 }).expect(200);
    expect(ok.body.version).toBe(2);
    await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: better, version: 1 }).expect(409);
    const diff = await t.as(s.lz_city).get(`/api/policy-parameters/${created.body.id}/diff`).expect(200);
    expect(diff.body).toEqual({ previousYear: 2026, changes: [{ path: 'earlyWarning.thresholdFen.value', before: 200_000, after: 250_000 }] });

    // a draft never pays: the calculator finds 2027 only once the province has approved it
    const kase = { regionCode: '450202', year: 2027, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 2_000_000, inPolicyCost: 1_800_000, inCatalogueCost: 1_900_000, identityCategories: ['registered_poor'] };
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(404);
    const submitted = (await t.as(s.lz_city).post(`/api/policy-parameters/${created.body.id}/actions/submit`).send({ version: 2 }).expect(200)).body;
    await t.as(s.gl_city).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(404);
    await t.as(s.lz_city).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(403);
    await t.as(s.gx_province).post(`/api/policy-parameters/${created.body.id}/actions/return`).send({ version: submitted.version }).expect(400);
    const approved = (await t.as(s.gx_province).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(200)).body;
    expect(approved).toMatchObject({ state: 'approved', approved: { earlyWarning: { thresholdFen: { value: 250_000 } } } });
    await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: better, version: approved.version }).expect(409);
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(200);
    const history = (await t.as(s.lz_city).get(`/api/policy-parameters/${created.body.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve']);
  });

  it('calculates a settlement for a county case with its city\'s parameters and explains each tier', async () => {
    const body = { regionCode: '450202', year: 2026, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 2_000_000, inPolicyCost: 1_800_000, inCatalogueCost: 1_900_000, identityCategories: ['registered_poor'] };
    const res = await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(body).expect(200);
    const { basic, criticalIllness, medicalAid, other, outOfPocket } = res.body;
    expect(basic + criticalIllness + medicalAid + other + outOfPocket).toBe(body.totalCost);
    expect(basic).toBeGreaterThan(0);
    expect(res.body.trace.length).toBeGreaterThan(3);
    expect(res.body.trace.some((step: { parameter: { source: string } | null }) => step.parameter?.source)).toBe(true);
    // the same case without the poverty identity gets no medical aid and pays more itself
    const plain = await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send({ ...body, identityCategories: [] }).expect(200);
    expect(plain.body.medicalAid).toBe(0);
    expect(plain.body.outOfPocket).toBeGreaterThan(outOfPocket);

    const invalid = await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send({ ...body, inPolicyCost: 3_000_000 }).expect(400);
    expect(invalid.body.details[0].field).toBe('inPolicyCost');
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send({ ...body, regionCode: '450302' }).expect(404);
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send({ ...body, year: 2030 }).expect(404);
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send({ ...body, identityCategories: ['vip'] }).expect(400);
    await t.as(s.admin).post('/api/settlements/calculate').send(body).expect(403);
  });
});

describe('settlements: recorded against computed, with flags', () => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const u of ['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']) s[u] = await t.login(u);
  });
  afterAll(() => t.close());

  const base = {
    regionCode: '450202', year: 2026, visitType: 'inpatient', hospitalLevel: 'secondary', totalCost: 2_000_000, inPolicyCost: 1_800_000, inCatalogueCost: 1_900_000,
    identityCategories: ['registered_poor'], idNumber: '11010519491231002X', name: '张三', institutionCode: 'H45020200001', institutionName: '柳州市工人医院', settledOn: '2026-03-08',
  };

  it('stores what the rules give beside what was recorded, flags a mismatch, and carries the year so far into the next one', async () => {
    const { idNumber: _id, name: _n, institutionCode: _c, institutionName: _i, settledOn: _d, ...kase } = base;
    const computed = (await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(200)).body;
    const tiers = { basic: computed.basic, criticalIllness: computed.criticalIllness, medicalAid: computed.medicalAid, other: computed.other, outOfPocket: computed.outOfPocket };
    const exact = await t.as(s.lz_chengzhong).post('/api/settlements').send({ ...base, recorded: tiers }).expect(201);
    expect(exact.body.computed).toEqual(tiers);
    expect(exact.body.flags).not.toContain('recorded_mismatch');
    expect(exact.body.idNumber).toBe('110105********002X');

    // the same stay again: the deductible is met now, so basic pays more than the first time
    const shifted = { ...tiers, basic: tiers.basic - 100, outOfPocket: tiers.outOfPocket + 100 };
    const second = await t.as(s.lz_chengzhong).post('/api/settlements').send({ ...base, settledOn: '2026-05-02', recorded: shifted }).expect(201);
    expect(second.body.computed.basic).toBeGreaterThan(tiers.basic);
    expect(second.body.flags).toContain('recorded_mismatch');

    const flagged = await t.as(s.lz_city).get('/api/settlements?flag=recorded_mismatch').expect(200);
    expect(flagged.body.map((x: { id: number }) => x.id)).toEqual([second.body.id]);
    const detail = await t.as(s.lz_city).get(`/api/settlements/${second.body.id}`).expect(200);
    expect(detail.body.trace.length).toBeGreaterThan(3);
    await t.as(s.gl_city).get(`/api/settlements/${second.body.id}`).expect(404);
  });

  it('refuses tiers that do not add up, a bad ID number, a region outside scope, and a city officer recording', async () => {
    const tiers = { basic: 1, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: 0 };
    expect((await t.as(s.lz_chengzhong).post('/api/settlements').send({ ...base, recorded: tiers }).expect(400)).body.details[0].field).toBe('recorded');
    const ok = { basic: 0, criticalIllness: 0, medicalAid: 0, other: 0, outOfPocket: base.totalCost };
    expect((await t.as(s.lz_chengzhong).post('/api/settlements').send({ ...base, idNumber: '110105194912310021', recorded: ok }).expect(400)).body.details[0].field).toBe('idNumber');
    expect((await t.as(s.lz_chengzhong).post('/api/settlements').send({ ...base, regionCode: '450203', recorded: ok }).expect(400)).body.details[0].field).toBe('regionCode');
    await t.as(s.lz_city).post('/api/settlements').send({ ...base, recorded: ok }).expect(403);
  });

  /** starts a recompute as the city and waits for the job; returns its summary */
  async function recompute(who = 'lz_city', regionCode?: string) {
    const started = await t.as(s[who]).post('/api/settlement-recomputes').send({ year: 2026, regionCode }).expect(202);
    expect(started.body).toMatchObject({ kind: 'settlement-recompute', status: 'queued', params: { year: 2026, regionCode: regionCode ?? '450200' } });
    await t.app.get(JobsService).settle(started.body.id);
    const job = (await t.as(s[who]).get(`/api/settlement-recomputes/${started.body.id}`).expect(200)).body;
    expect(job).toMatchObject({ status: 'succeeded', message: null });
    expect(job.processedUnits).toBe(job.totalUnits);
    return job.result;
  }

  it('after a parameter revision is approved, recompute rewrites computed tiers and flags in recording order; a second run changes nothing', async () => {
    const lz = (await t.as(s.lz_city).get('/api/policy-parameters?regionCode=450200&year=2026').expect(200)).body[0];
    const before = (await t.as(s.lz_city).get('/api/settlements?_sort=id').expect(200)).body as Array<{ id: number; computed: { basic: number }; flags: string[] }>;
    expect(before.length).toBeGreaterThan(0);
    expect(await recompute()).toMatchObject({ settlements: before.length, changed: 0 });

    const revising = (await t.as(s.lz_city).post(`/api/policy-parameters/${lz.id}/actions/revise`).send({ comment: '提高二级医院住院报销比例', version: lz.version }).expect(200)).body;
    const doc = structuredClone(revising.parameters);
    doc.basic.ratioBp.inpatient.secondary.value += 500;
    const edited = (await t.as(s.lz_city).patch(`/api/policy-parameters/${lz.id}`).send({ parameters: doc, version: revising.version }).expect(200)).body;
    // still the old copy in force: nothing to recompute yet
    expect((await recompute()).changed).toBe(0);
    const submitted = (await t.as(s.lz_city).post(`/api/policy-parameters/${lz.id}/actions/submit`).send({ version: edited.version }).expect(200)).body;
    await t.as(s.gx_province).post(`/api/policy-parameters/${lz.id}/actions/approve`).send({ version: submitted.version }).expect(200);

    await t.as(s.lz_chengzhong).post('/api/settlement-recomputes').send({ year: 2026 }).expect(403);
    // a region outside the city is refused before any job is made
    expect((await t.as(s.lz_city).post('/api/settlement-recomputes').send({ year: 2026, regionCode: '450300' }).expect(400)).body.details[0].field).toBe('regionCode');
    const run = await recompute();
    expect(run).toMatchObject({ settlements: before.length, changed: before.length, skipped: [] });
    expect(run.persons).toBeGreaterThan(0);
    const after = (await t.as(s.lz_city).get('/api/settlements?_sort=id').expect(200)).body as typeof before;
    after.forEach((x, i) => {
      expect(x.computed.basic).toBeGreaterThan(before[i].computed.basic);
      expect(x.flags).toContain('recorded_mismatch');
    });
    expect(run.flags.recorded_mismatch).toBe(before.length);
    expect((await recompute()).changed).toBe(0);
    // the runs are the city's: another city cannot see them, the province can
    const runs = (await t.as(s.lz_city).get('/api/settlement-recomputes').expect(200)).body as Array<{ id: number }>;
    expect(runs.length).toBe(4);
    await t.as(s.gl_city).get(`/api/settlement-recomputes/${runs[0].id}`).expect(404);
    await t.as(s.gx_province).get(`/api/settlement-recomputes/${runs[0].id}`).expect(200);
  });
});
