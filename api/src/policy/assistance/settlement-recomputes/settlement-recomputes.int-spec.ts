import { settlementRecorder, WARNING_PERSONS } from '../../../../test/assistance-cases';
import { testAppWith } from '../../../../test/harness';
import { JobsService } from '../../../platform/jobs/jobs.service';

describe('settlement recompute (结算重算) after a parameter revision', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);
  beforeAll(async () => {
    // three inpatient stays at a secondary hospital, two of them the same person's (the year so far carries)
    const settle = settlementRecorder(t, s.lz_chengzhong);
    await settle(WARNING_PERSONS.marginal, ['registered_poor'], 2_000_000, 1_000_000, 300_000);
    await settle(WARNING_PERSONS.marginal, ['registered_poor'], 1_500_000, 800_000, 200_000);
    await settle(WARNING_PERSONS.ordinary, [], 800_000, 400_000, 0);
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
    const before = (await t.as(s.lz_city).get('/api/settlements?_sort=id').expect(200)).body as Array<{
      id: number;
      computed: { basic: number };
      flags: string[];
    }>;
    expect(before.length).toBeGreaterThan(0);
    expect(await recompute()).toMatchObject({ settlements: before.length, changed: 0 });

    const revising = (
      await t
        .as(s.lz_city)
        .post(`/api/policy-parameters/${lz.id}/actions/revise`)
        .send({ comment: '提高二级医院住院报销比例', version: lz.version })
        .expect(200)
    ).body;
    const doc = structuredClone(revising.parameters);
    doc.basic.ratioBp.inpatient.secondary.value += 500;
    const edited = (await t.as(s.lz_city).patch(`/api/policy-parameters/${lz.id}`).send({ parameters: doc, version: revising.version }).expect(200)).body;
    // still the old copy in force: nothing to recompute yet
    expect((await recompute()).changed).toBe(0);
    const submitted = (await t.as(s.lz_city).post(`/api/policy-parameters/${lz.id}/actions/submit`).send({ version: edited.version }).expect(200)).body;
    await t.as(s.gx_province).post(`/api/policy-parameters/${lz.id}/actions/approve`).send({ version: submitted.version }).expect(200);

    await t.as(s.lz_chengzhong).post('/api/settlement-recomputes').send({ year: 2026 }).expect(403);
    // a region outside the city is refused before any job is made
    expect((await t.as(s.lz_city).post('/api/settlement-recomputes').send({ year: 2026, regionCode: '450300' }).expect(400)).body.details[0].field).toBe(
      'regionCode',
    );
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
