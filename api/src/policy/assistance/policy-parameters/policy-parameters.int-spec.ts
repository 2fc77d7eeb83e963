import { SETTLEMENT_CASE } from '../../../../test/fixtures';
import { testAppWith } from '../../../../test/harness';

describe('policy parameters (政策参数): yearly sets, approval, the copy in force', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong', 'admin']);

  const lz2026 = async (who: string) => (await t.as(s[who]).get('/api/policy-parameters?regionCode=450200&year=2026').expect(200)).body[0];
  /** A draft of 柳州's `year`, copied from the latest earlier year: each `it` makes its own (no `it` reads another's). */
  const lzDraft = async (year: number) =>
    (await t.as(s.lz_city).post('/api/policy-parameters').send({ regionCode: '450200', year }).expect(201)).body as {
      id: number;
      version: number;
      parameters: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
  /** The demo's sets only (other `it`s add later years). */
  const demoYears = (rows: Array<{ regionCode: string; year: number }>) => rows.filter((p) => p.year <= 2026).map((p) => `${p.regionCode}/${p.year}`);

  it("the demo holds 2025 and 2026 for 柳州 and 桂林, every value with its source; the diff shows last year's changes", async () => {
    const all = await t.as(s.gx_province).get('/api/policy-parameters?_sort=regionCode,year').expect(200);
    expect(demoYears(all.body)).toEqual(['450200/2025', '450200/2026', '450300/2025', '450300/2026']);
    const gl = all.body.find((p: { regionCode: string; year: number }) => p.regionCode === '450300' && p.year === 2026);
    expect(gl.parameters.basic.annualCap.source).toMatch(/桂林市/);
    const diff = await t.as(s.gx_province).get(`/api/policy-parameters/${gl.id}/diff`).expect(200);
    expect(diff.body.previousYear).toBe(2025);
    expect(diff.body.changes).toEqual(expect.arrayContaining([{ path: 'basic.annualCap.value', before: 20_000_000, after: 25_000_000 }]));
  });

  it("a county reads its city's parameters; another city's are out of scope", async () => {
    const own = await t.as(s.lz_chengzhong).get('/api/policy-parameters').expect(200);
    expect(own.body.every((p: { regionCode: string }) => p.regionCode === '450200')).toBe(true);
    expect(demoYears(own.body)).toEqual(expect.arrayContaining(['450200/2025', '450200/2026']));
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
    const kase = { ...SETTLEMENT_CASE, year: 2027 };
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(404);
    const submitted = (await t.as(s.lz_city).post(`/api/policy-parameters/${created.body.id}/actions/submit`).send({ version: 2 }).expect(200)).body;
    await t.as(s.gl_city).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(404);
    await t.as(s.lz_city).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(403);
    await t.as(s.gx_province).post(`/api/policy-parameters/${created.body.id}/actions/return`).send({ version: submitted.version }).expect(400);
    const approved = (
      await t.as(s.gx_province).post(`/api/policy-parameters/${created.body.id}/actions/approve`).send({ version: submitted.version }).expect(200)
    ).body;
    expect(approved).toMatchObject({ state: 'approved', approved: { earlyWarning: { thresholdFen: { value: 250_000 } } } });
    await t.as(s.lz_city).patch(`/api/policy-parameters/${created.body.id}`).send({ parameters: better, version: approved.version }).expect(409);
    await t.as(s.lz_chengzhong).post('/api/settlements/calculate').send(kase).expect(200);
    const history = (await t.as(s.lz_city).get(`/api/policy-parameters/${created.body.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve']);
  });

  it('a cap is removed only by an explicit null: a missing or empty amount is refused, naming the field', async () => {
    const draft = await lzDraft(2028);
    const send = (parameters: unknown, version = draft.version) => t.as(s.lz_city).patch(`/api/policy-parameters/${draft.id}`).send({ parameters, version });
    const fields = (res: { body: { details: Array<{ field: string }> } }) => res.body.details.map((d) => d.field);

    const missing = structuredClone(draft.parameters);
    missing.basic.annualCap = { source: missing.basic.annualCap.source };
    expect(fields(await send(missing).expect(400))).toEqual(['parameters.basic.annualCap.value']);
    const empty = structuredClone(draft.parameters);
    empty.basic.annualCap.value = '';
    expect(fields(await send(empty).expect(400))).toEqual(['parameters.basic.annualCap.value']);
    const openBound = structuredClone(draft.parameters);
    delete openBound.criticalIllness.segments[0].upToFen;
    expect(fields(await send(openBound).expect(400))).toEqual(['parameters.criticalIllness.segments.0.upToFen']);
    const stillThere = (await t.as(s.lz_city).get(`/api/policy-parameters/${draft.id}`).expect(200)).body;
    expect(stillThere.parameters.basic.annualCap.value).toBe(25_000_000);

    const removed = structuredClone(draft.parameters);
    removed.basic.annualCap.value = null;
    const saved = (await send(removed).expect(200)).body;
    expect(saved.parameters.basic.annualCap.value).toBeNull();
    const diff = (await t.as(s.lz_city).get(`/api/policy-parameters/${draft.id}/diff`).expect(200)).body;
    expect(diff.changes).toEqual([{ path: 'basic.annualCap.value', before: 25_000_000, after: null }]);
  });
});
