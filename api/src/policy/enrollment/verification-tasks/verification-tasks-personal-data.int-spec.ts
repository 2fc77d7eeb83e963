import { idFor, Session, TestApp } from '../../../../test/harness';
import { importedRoster, startWithTwoPoolingRegions } from '../../../../test/fixtures';

/** Issue 11, item 8: a county learns nothing about another region's ledger or spending through its own writes. */
describe('personal data in verification tasks: a duplicate across regions names no other region', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let person: string;
  let stranger: string;

  beforeAll(async () => {
    ({ t, s, person, stranger } = await startWithTwoPoolingRegions());
  });
  afterAll(() => t.close());

  it('a roster duplicate names no other county; the county cannot close it, the province (sees both) can', async () => {
    await importedRoster(t, s.gl_xiufeng, '2026-05', [[person, '黄八', '450302', '农村低保对象', '民政', '在册']]);
    const tasks = await t.as(s.gl_xiufeng).get('/api/verification-tasks?differenceType=duplicate').expect(200);
    expect(tasks.body).toHaveLength(1);
    const task = tasks.body[0];
    expect(task.detail).toEqual({ ledger: 'another_pooling_region', note: expect.stringContaining('另一统筹区台账') });
    // (the masked number keeps its first six digits, where the number was issued: that is the person's, not the ledger's)
    const shown = JSON.stringify([tasks.body, (await t.as(s.gl_xiufeng).get(`/api/verification-tasks/${task.id}`).expect(200)).body], (k, v) =>
      k === 'idNumber' ? undefined : v,
    );
    for (const fact of ['450202', '450200', '城中', '柳州']) expect(shown).not.toContain(fact);

    expect(task.closable).toBe(false);
    await t.as(s.gl_xiufeng).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'not_a_difference', version: task.version }).expect(403);
    // the city of one side sees only its side
    expect((await t.as(s.gl_city).get(`/api/verification-tasks/${task.id}`).expect(200)).body.detail).not.toHaveProperty('ledgerRegionCode');
    await t.as(s.gl_city).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'not_a_difference', version: task.version }).expect(403);
    const seen = await t.as(s.gx_province).get(`/api/verification-tasks/${task.id}`).expect(200);
    expect(seen.body).toMatchObject({ closable: true, detail: { ledgerRegionCode: '450202', ledgerPoolingRegionCode: '450200' } });
    await t
      .as(s.gx_province)
      .post(`/api/verification-tasks/${task.id}/close`)
      .send({ outcome: 'not_a_difference', outcomeNote: '已与柳州核实', version: task.version })
      .expect(200);
    // other tasks stay the county's
    await importedRoster(t, s.lz_chengzhong, '2026-05', [[stranger, '陆七', '450202', '农村低保对象', '民政', '在册']]);
    const mine = await t.as(s.lz_chengzhong).get('/api/verification-tasks?differenceType=not_enrolled').expect(200);
    expect(mine.body).toMatchObject([{ closable: true }]);
    expect((await t.as(s.gx_province).get(`/api/verification-tasks/${mine.body[0].id}`).expect(200)).body.closable).toBe(false);
    await t
      .as(s.gx_province)
      .post(`/api/verification-tasks/${mine.body[0].id}/close`)
      .send({ outcome: 'corrected', version: mine.body[0].version })
      .expect(403);
  });

  it("a township's task is its county's to close; the city reads it and may not close it", async () => {
    const township = (await t.as(s.lz_chengzhong).get('/api/regions?parentCode=450202&level=township&_end=1').expect(200)).body[0].code as string;
    await importedRoster(t, s.lz_chengzhong, '2026-06', [[idFor('450202', '19800101', 951), '韦九', township, '农村低保对象', '民政', '在册']]);
    const task = (await t.as(s.lz_chengzhong).get(`/api/verification-tasks?regionCode=${township}`).expect(200)).body[0];
    expect(task).toMatchObject({ regionCode: township, closable: true });
    const city = s.lz_city;
    expect((await t.as(city).get(`/api/verification-tasks/${task.id}`).expect(200)).body.closable).toBe(false);
    const refused = await t.as(city).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'corrected', version: task.version }).expect(403);
    expect(refused.body.message).toMatch(/the county closes this task/);
    await t.as(s.lz_chengzhong).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'corrected', version: task.version }).expect(200);
  });
});
