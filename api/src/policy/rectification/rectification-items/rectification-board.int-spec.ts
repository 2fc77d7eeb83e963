import type { RectificationBoard, RectificationBoardRow, RectificationItemRecord } from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { Session, testAppWith } from '../../../../test/harness';

/** 整改进度看板 over HTTP (issue 14): a region's children × the item states, overdue and supervised, in scope. */
describe('rectification board (regions × states)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector']);

  const campaign = () => rectificationCampaign(t, s.gx_province);
  const item = async (who: Session, body: Record<string, unknown>): Promise<RectificationItemRecord> =>
    (await t.as(who).post('/api/rectification-items').send(body).expect(201)).body;
  const board = async (who: Session, query: string): Promise<RectificationBoard> =>
    (await t.as(who).get(`/api/rectification-items/board?${query}`).expect(200)).body;
  const row = (b: RectificationBoard, code: string): RectificationBoardRow | undefined => b.rows.find((r) => r.regionCode === code);
  const fields = (res: { body: { details?: Array<{ field: string }> } }) => (res.body.details ?? []).map((d) => d.field);

  it('counts every item of each child region per state, overdue and supervised — exact, in scope, per campaign', async () => {
    const a = await campaign();
    const b = await campaign();
    // 城中区: one overdue (identified 2025-01-01, 30 days) still identified, one transition item being rectified
    await item(s.lz_chengzhong, { campaignId: a, regionCode: '450202', problemType: 'zero_copay', title: '城中区零自付', identifiedOn: '2025-01-01' });
    const started = await item(s.lz_chengzhong, {
      campaignId: a,
      regionCode: '450202',
      problemType: 'extra_layer',
      title: '城中区叠床架屋',
      identifiedOn: '2025-01-01',
    });
    await t.as(s.lz_chengzhong).post(`/api/rectification-items/${started.id}/actions/start`).send({ version: 1 }).expect(200);
    // 鱼峰区: one supervised (identified), one overdue but dismissed (finished: not overdue)
    const supervised = await item(s.lz_city, {
      campaignId: a,
      regionCode: '450203',
      problemType: 'extra_layer',
      title: '鱼峰区叠床架屋',
      identifiedOn: '2025-01-01',
    });
    await t.as(s.gx_province).post(`/api/rectification-items/${supervised.id}/supervise`).send({ letterNo: '桂医保督〔2026〕1号' }).expect(200);
    const dismissed = await item(s.lz_city, {
      campaignId: a,
      regionCode: '450203',
      problemType: 'zero_copay',
      title: '鱼峰区零自付',
      identifiedOn: '2025-01-01',
    });
    await t.as(s.lz_city).post(`/api/rectification-items/${dismissed.id}/actions/dismiss`).send({ comment: '核实为正常报销', version: 1 }).expect(200);
    // 柳州市 itself, 桂林 (another city), and campaign b
    await item(s.lz_city, { campaignId: a, regionCode: '450200', problemType: 'extra_layer', title: '市本级叠床架屋', identifiedOn: '2025-01-01' });
    await item(s.gl_city, { campaignId: a, regionCode: '450302', problemType: 'zero_copay', title: '桂林零自付', identifiedOn: '2025-01-01' });
    await item(s.lz_chengzhong, { campaignId: b, regionCode: '450202', problemType: 'extra_layer', title: '另一专项', identifiedOn: '2025-01-01' });

    const city = await board(s.lz_city, `campaignId=${a}`);
    expect(city).toMatchObject({ regionCode: '450200', regionName: '柳州市', campaignId: a });
    expect(city.states).toEqual(['identified', 'rectifying', 'closure_requested', 'extension_requested', 'closed', 'dismissed']);
    const zero = { closure_requested: 0, extension_requested: 0, closed: 0 };
    expect(row(city, '450202')).toMatchObject({
      regionName: '城中区',
      own: false,
      states: { identified: 1, rectifying: 1, dismissed: 0, ...zero },
      total: 2,
      overdue: 1,
      supervised: 0,
    });
    expect(row(city, '450203')).toMatchObject({ states: { identified: 1, rectifying: 0, dismissed: 1, ...zero }, total: 2, overdue: 0, supervised: 1 });
    expect(row(city, '450200')).toMatchObject({ own: true, total: 1, states: { identified: 1 } });
    // every county of 柳州 has its row (zero when nothing is filed); nothing of 桂林
    expect(row(city, '450205')).toMatchObject({ total: 0, overdue: 0 });
    expect(city.rows.every((r) => r.regionCode.startsWith('4502'))).toBe(true);
    expect(city.totals).toEqual({ states: { identified: 3, rectifying: 1, dismissed: 1, ...zero }, total: 5, overdue: 1, supervised: 1 });
    expect(city.rows.reduce((n, r) => n + r.total, 0)).toBe(5);

    // the province: its cities; asked for 柳州, the same board as the city's own
    const province = await board(s.gx_province, `campaignId=${a}`);
    expect(row(province, '450200')).toMatchObject({ total: 5, overdue: 1, supervised: 1, states: { identified: 3, rectifying: 1, dismissed: 1 } });
    expect(row(province, '450300')).toMatchObject({ regionName: '桂林市', total: 1, overdue: 1 });
    expect(row(province, '450000')).toBeUndefined();
    expect(province.totals.total).toBe(6);
    expect((await board(s.gx_province, `campaignId=${a}&regionCode=450200`)).rows).toEqual(city.rows);

    // a county is its own single row
    const county = await board(s.lz_chengzhong, `campaignId=${a}`);
    expect(county.rows.map((r) => [r.regionCode, r.own, r.total])).toEqual([['450202', true, 2]]);
    // without a campaign: every campaign's items
    expect(row(await board(s.lz_city, ''), '450202')?.total).toBeGreaterThanOrEqual(3);
    expect(row(await board(s.lz_city, `campaignId=${b}`), '450202')).toMatchObject({ total: 1, states: { identified: 1 } });
  });

  it('refuses a region outside the caller’s scope and a campaign it cannot read (400 naming the field); inspectors 403', async () => {
    const a = await campaign();
    expect(fields(await t.as(s.lz_city).get(`/api/rectification-items/board?campaignId=${a}&regionCode=450300`).expect(400))).toEqual(['regionCode']);
    expect(fields(await t.as(s.lz_chengzhong).get('/api/rectification-items/board?regionCode=450203').expect(400))).toEqual(['regionCode']);
    expect(fields(await t.as(s.lz_city).get('/api/rectification-items/board?regionCode=45x').expect(400))).toEqual(['regionCode']);
    expect(fields(await t.as(s.lz_city).get('/api/rectification-items/board?campaignId=abc').expect(400))).toContain('campaignId');
    expect(fields(await t.as(s.lz_city).get('/api/rectification-items/board?campaignId=999999').expect(400))).toEqual(['campaignId']);
    await t.as(s.lz_inspector).get('/api/rectification-items/board').expect(403);
    await t.as(s.gl_city).get(`/api/rectification-items/board?campaignId=${a}`).expect(200);
  });
});
