import { clearWarning, recordWarningCases, sheetRows } from '../../../../test/assistance-cases';
import { testAppWith, download } from '../../../../test/harness';

describe('the monthly warning push (预警推送, S3 §五)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province']);
  beforeAll(async () => {
    // two warnings: the 低保边缘 one open (民政), the monitored one worked to cleared (乡村振兴)
    await recordWarningCases(t, s.lz_chengzhong, s.lz_city);
    const rural = (await t.as(s.lz_chengzhong).get('/api/cost-warnings?department=rural_revitalization').expect(200)).body[0];
    await clearWarning(t, s.lz_chengzhong, rural.id);
  });

  it("pushes the month's open warnings to each department once, with a receipt", async () => {
    await t.as(s.lz_city).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(403);
    const push = (await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(201)).body;
    expect(push).toMatchObject({ regionCode: '450202', warningCount: 1, receivedAt: null });
    await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'civil_affairs' }).expect(409);
    // the cleared 乡村振兴 warning is not open any more: an empty list is still a report
    expect(
      (await t.as(s.lz_chengzhong).post('/api/cost-warning-pushes').send({ month: '2026-05', department: 'rural_revitalization' }).expect(201)).body
        .warningCount,
    ).toBe(0);
    const sheet = await sheetRows((await download(t.as(s.lz_city).get(`/api/cost-warning-pushes/${push.id}/export`)).expect(200)).body);
    expect(sheet.filter((r) => typeof r[0] === 'number').map((r) => r[5])).toEqual([2500]);
    const received = (
      await t
        .as(s.lz_chengzhong)
        .post(`/api/cost-warning-pushes/${push.id}/receipt`)
        .send({ receivedBy: '城中区民政局 王某', version: push.version })
        .expect(200)
    ).body;
    expect(received.receivedBy).toBe('城中区民政局 王某');
    await t.as(s.lz_chengzhong).post(`/api/cost-warning-pushes/${push.id}/receipt`).send({ receivedBy: '又一次', version: received.version }).expect(409);
    expect((await t.as(s.lz_chengzhong).get(`/api/cost-warnings/${push.warningIds[0]}`).expect(200)).body.lastPushId).toBe(push.id);
    await t.as(s.gl_city).get(`/api/cost-warning-pushes/${push.id}`).expect(404);
  });
});
