import { testAppWith, idFor } from '../../../../test/harness';
import { recordedLedgerEntry } from '../../../../test/fixtures';

describe('subsidy standards (资助参保标准): read, copied to a new year, approved, applied', () => {
  const { t, s } = testAppWith(['lz_city', 'gl_city', 'gx_province', 'lz_chengzhong']);

  it("the demo holds approved 2025 and 2026 standards; a county reads its city's, not another city's", async () => {
    const own = await t.as(s.lz_chengzhong).get('/api/subsidy-standards?_sort=year').expect(200);
    expect(own.body.map((r: { regionCode: string; year: number; state: string }) => `${r.regionCode}/${r.year}/${r.state}`)).toEqual([
      '450200/2025/approved',
      '450200/2026/approved',
    ]);
    expect(own.body[1].standards.dibaoFixed.source).toMatch(/柳州市/);
    expect(own.body[1].approved).toEqual(own.body[1].standards);
    const gl = (await t.as(s.gx_province).get('/api/subsidy-standards?regionCode=450300&year=2026').expect(200)).body[0];
    await t.as(s.lz_chengzhong).get(`/api/subsidy-standards/${gl.id}`).expect(404);
    const diff = await t.as(s.lz_city).get(`/api/subsidy-standards/${own.body[1].id}/diff`).expect(200);
    expect(diff.body.previousYear).toBe(2025);
    expect(diff.body.changes).toEqual(expect.arrayContaining([{ path: 'dibaoFixed.fen', before: 20_000, after: 22_000 }]));
  });

  it('a new year is copied, validated field by field, approved by the province, and only then applies', async () => {
    await t.as(s.gl_city).post('/api/subsidy-standards').send({ regionCode: '450200', year: 2027 }).expect(403);
    await t.as(s.lz_chengzhong).post('/api/subsidy-standards').send({ regionCode: '450200', year: 2027 }).expect(403);
    const created = (await t.as(s.lz_city).post('/api/subsidy-standards').send({ regionCode: '450200', year: 2027 }).expect(201)).body;
    expect(created).toMatchObject({ state: 'draft', approved: null, year: 2027, actions: ['submit'] });
    expect(created.standards.year).toBe(2027);

    // a temporary subsidy above the 稳定脱贫 amount and a phase-out that rises are refused, naming the fields
    const bad = { ...created.standards, temporary: { fen: 30_000, source: 'x' }, stablePhaseOut: { fen: [22_000, 23_000], source: 'y' } };
    const refused = await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: bad, version: 1 }).expect(400);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['standards.stablePhaseOut.fen[1]', 'standards.temporary.fen']),
    );
    const noSource = { ...created.standards, dibaoFixed: { fen: 25_000, source: ' ' } };
    expect(
      (await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: noSource, version: 1 }).expect(400)).body.details[0].field,
    ).toBe('standards.dibaoFixed.source');
    const otherCity = { ...created.standards, poolingRegionCode: '450300' };
    expect(
      (await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: otherCity, version: 1 }).expect(400)).body.details[0].field,
    ).toBe('standards.poolingRegionCode');

    const raised = { ...created.standards, dibaoFixed: { fen: 25_000, source: '柳州市 2027 年资助通知 第二条' } };
    const edited = (await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: raised, version: 1 }).expect(200)).body;
    await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: raised, version: 1 }).expect(409);

    // a rural 低保 person's 2027 subsidy is not decided until the province approves
    const p = await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19700101', 101), ['rural_dibao']);
    await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${p.id}/subsidy?year=2027`).expect(404);

    const submitted = (await t.as(s.lz_city).post(`/api/subsidy-standards/${created.id}/actions/submit`).send({ version: edited.version }).expect(200)).body;
    await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: raised, version: submitted.version }).expect(409);
    await t.as(s.lz_city).post(`/api/subsidy-standards/${created.id}/actions/approve`).send({ version: submitted.version }).expect(403);
    const inbox = await t.as(s.gx_province).get('/api/inbox?resource=subsidy-standards&_end=200').expect(200);
    expect(inbox.body.map((i: { resource: string; id: number }) => `${i.resource}/${i.id}`)).toContain(`subsidy-standards/${created.id}`);
    const approved = (await t.as(s.gx_province).post(`/api/subsidy-standards/${created.id}/actions/approve`).send({ version: submitted.version }).expect(200))
      .body;
    expect(approved).toMatchObject({ state: 'approved', approved: { dibaoFixed: { fen: 25_000 } } });

    const decision = (await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${p.id}/subsidy?year=2027`).expect(200)).body;
    expect(decision).toMatchObject({ year: 2027, standardsId: created.id, category: 'dibao_fixed', amount: 25_000, decidedBy: 'rural_dibao' });
    expect(decision.basis.join('\n')).toMatch(/第二条/);
    // the same lines as codes the admin renders in either language
    expect(decision.basisNotes.at(-1)).toEqual({ code: 'conclusion', params: { subsidyCategory: 'dibao_fixed', amountYuan: 25_000 } });

    // a revision keeps the approved copy in force until it is approved again
    await t.as(s.lz_city).post(`/api/subsidy-standards/${created.id}/actions/revise`).send({ version: approved.version }).expect(400);
    const revising = (
      await t.as(s.lz_city).post(`/api/subsidy-standards/${created.id}/actions/revise`).send({ version: approved.version, comment: '年中调整' }).expect(200)
    ).body;
    const lowered = { ...raised, dibaoFixed: { fen: 21_000, source: '柳州市 2027 年调整通知' } };
    await t.as(s.lz_city).patch(`/api/subsidy-standards/${created.id}`).send({ standards: lowered, version: revising.version }).expect(200);
    expect((await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${p.id}/subsidy?year=2027`).expect(200)).body.amount).toBe(25_000);
    const changes = await t.as(s.lz_city).get(`/api/subsidy-standards/${created.id}/changes`).expect(200);
    expect(JSON.stringify(changes.body)).toMatch(/dibaoFixed\.fen/);
  });
});
