import { sheetRows } from '../../../../test/assistance-cases';
import { chronicRecognitionFor } from '../../../../test/fixtures';
import { testAppWith, download, idFor } from '../../../../test/harness';

describe('chronic outpatient disease recognition (门诊特慢病, S1 §三)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);

  const id = idFor('450202', '19560303', 201);
  const body = chronicRecognitionFor(id, '陈慢');

  it('holds recognitions to the rules: county-level hospital, two distinct physicians of attending rank, catalogue disease', async () => {
    const field = async (patch: Record<string, unknown>) =>
      (
        await t
          .as(s.lz_chengzhong)
          .post('/api/chronic-recognitions')
          .send({ ...body, ...patch })
          .expect(400)
      ).body.details[0].field;
    expect(await field({ hospitalLevel: 'primary' })).toBe('hospitalLevel');
    expect(await field({ physicians: [body.physicians[0]] })).toBe('physicians');
    expect(await field({ physicians: [body.physicians[0], { name: '赵医生', title: 'resident' }] })).toMatch(/^physicians/);
    expect(await field({ physicians: [body.physicians[0], { ...body.physicians[1], name: '李医生' }] })).toBe('physicians');
    expect(await field({ diseaseCode: 'MT99' })).toBe('diseaseCode');
    expect(await field({ regionCode: '450302' })).toBe('regionCode');
    expect(await field({ recognizedOn: '2999-01-01' })).toBe('recognizedOn');
    await t.as(s.lz_city).post('/api/chronic-recognitions').send(body).expect(403);

    const created = (await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send(body).expect(201)).body;
    expect(created).toMatchObject({ status: 'active', diseaseName: '糖尿病', idNumber: `450202********${id.slice(14)}` });
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send(body).expect(409);
    await t.as(s.gl_city).get(`/api/chronic-recognitions/${created.id}`).expect(404);
  });

  it("files the hospital's monthly list and revokes on a later check, keeping the reason", async () => {
    // its own hospital and persons: the test does not depend on the one above
    const filed = { ...body, idNumber: idFor('450202', '19560404', 204), name: '林慢', hospitalCode: 'H45020200009' };
    await t.as(s.lz_chengzhong).post('/api/chronic-recognitions').send(filed).expect(201);
    await t
      .as(s.lz_chengzhong)
      .post('/api/chronic-recognitions')
      .send({ ...filed, idNumber: idFor('450202', '19600606', 202), name: '周慢', diseaseCode: 'MT11', recognizedOn: '2026-04-20' })
      .expect(201);
    await t
      .as(s.lz_chengzhong)
      .post('/api/chronic-recognitions')
      .send({ ...filed, idNumber: idFor('450202', '19600607', 203), name: '五月', recognizedOn: '2026-05-02' })
      .expect(201);
    const filing = await download(t.as(s.lz_city).get('/api/chronic-recognitions/filing?hospitalCode=H45020200009&month=2026-04')).expect(200);
    const rows = await sheetRows(filing.body);
    expect(String(rows[0][0])).toMatch(/柳州市工人医院.*（2026-04）/);
    expect(rows.filter((r) => typeof r[0] === 'number').map((r) => r[1])).toEqual(['林慢', '周慢']);
    expect(JSON.stringify(rows)).not.toContain(filed.idNumber);
    await t.as(s.lz_city).get('/api/chronic-recognitions/filing?hospitalCode=H45020200009&month=2026-4').expect(400);

    await t.as(s.lz_city).get('/api/chronic-recognitions?name=林慢').expect(400); // not a filter: search is q
    const target = (await t.as(s.lz_city).get('/api/chronic-recognitions?q=林慢').expect(200)).body[0];
    await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: ' ', version: target.version }).expect(400);
    const revoked = (
      await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: '复核：诊断依据不足', version: target.version }).expect(200)
    ).body;
    expect(revoked).toMatchObject({ status: 'revoked', revokeReason: '复核：诊断依据不足' });
    await t.as(s.lz_city).post(`/api/chronic-recognitions/${target.id}/revoke`).send({ reason: '再次', version: revoked.version }).expect(409);
    // a revoked recognition no longer blocks a new one for the same disease
    await t
      .as(s.lz_chengzhong)
      .post('/api/chronic-recognitions')
      .send({ ...filed, recognizedOn: '2026-06-01' })
      .expect(201);
    expect((await t.as(s.lz_chengzhong).get('/api/chronic-recognitions?status=revoked').expect(200)).body).toHaveLength(1);
  });
});
