import ExcelJS from 'exceljs';
import { RESPONSIBILITY_ROLES } from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { download, idFor, testAppWith } from '../../../../test/harness';

/** 三张清单 over HTTP (issue 14): one workbook, three official lists of a campaign's items in the caller's region. */
describe('rectification lists export (三张清单)', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector', 'auditor']);

  it('three sheets with title, unit, date and signing line; a row per item in scope; ID numbers masked, formulas escaped; audited', async () => {
    const campaign = await rectificationCampaign(t, s.gx_province);
    const person = idFor('450202', '19650303', 7);
    const file = (who: typeof s.lz_city, body: Record<string, unknown>) =>
      t
        .as(who)
        .post('/api/rectification-items')
        .send({ campaignId: campaign, identifiedOn: '2026-03-10', ...body })
        .expect(201);
    await file(s.lz_chengzhong, {
      regionCode: '450202',
      problemType: 'zero_copay',
      title: '=HYPERLINK("http://x","点击")',
      description: `特困人员 ${person} 住院个人零自付`,
      affectedPersons: 12,
      amount: 123_456,
      responsibleRole: RESPONSIBILITY_ROLES[0],
    });
    await file(s.lz_city, { regionCode: '450203', problemType: 'extra_layer', title: '鱼峰区补充保险叠床架屋' });
    await file(s.gl_city, { regionCode: '450302', problemType: 'zero_copay', title: '桂林的事项' });
    // 城中区's approved responsibility table names the person of the role (never typed on the item)
    const table = await t.as(s.lz_chengzhong).post('/api/responsibility-tables').send({ regionCode: '450202', year: 2026 }).expect(201);
    const rows = RESPONSIBILITY_ROLES.map((role, i) => ({ role, name: `责任人${i}`, unit: '城中区医疗保障局', title: '科长', phone: '0772-2801234' }));
    await t.as(s.lz_chengzhong).patch(`/api/responsibility-tables/${table.body.id}`).send({ rows, version: 1 }).expect(200);
    await t.as(s.lz_chengzhong).post(`/api/responsibility-tables/${table.body.id}/actions/submit`).send({ version: 2 }).expect(200);
    await t.as(s.lz_city).post(`/api/responsibility-tables/${table.body.id}/actions/approve`).send({ version: 3 }).expect(200);

    const res = await download(t.as(s.lz_city).get(`/api/rectification-items/export?campaignId=${campaign}`)).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['问题清单', '任务清单', '责任清单']);
    const [problems, tasks, duties] = wb.worksheets;
    const values = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell(1, 1).value)).toContain('过度保障问题专项治理（医保发〔2019〕57号）');
      expect(String(ws.getCell(2, 1).value)).toContain('填报单位：柳州市');
      expect(String(values(ws, 2).at(-1))).toMatch(/^填报日期：\d{4}-\d{2}-\d{2}$/);
      // header, then exactly 柳州's two items (桂林's is not in the city's scope), then the signing line
      expect(values(ws, 4).slice(0, 2)).toEqual([1, '城中区']);
      expect(values(ws, 5).slice(0, 2)).toEqual([2, '鱼峰区']);
      expect(values(ws, 6)).toEqual([]);
      expect(String(ws.getCell(7, 1).value)).toContain('负责人（签字）');
      const text = JSON.stringify(values(ws, 4)) + JSON.stringify(values(ws, 5));
      expect(text).not.toContain(person);
      expect(text).not.toContain('桂林');
    }
    expect(values(problems, 3)).toEqual([
      '序号',
      '地区',
      '问题类型',
      '整改类别',
      '问题描述',
      '地方政策文件',
      '问题来源',
      '涉及人数',
      '涉及金额（元）',
      '发现日期',
      '状态',
    ]);
    expect(values(tasks, 3)).toEqual(['序号', '地区', '问题', '整改措施', '整改时限', '剩余天数', '平稳过渡子任务', '持续整改', '挂牌督办', '状态']);
    expect(values(duties, 3)).toEqual(['序号', '地区', '问题', '责任角色', '责任人', '责任单位', '职务', '联系电话', '整改时限']);
    // the formula typed as a title is text; the ID number in the description masked
    expect(String(problems.getCell(4, 5).value).startsWith("'=HYPERLINK")).toBe(true);
    expect(String(problems.getCell(4, 5).value)).toContain('住院个人零自付');
    expect(problems.getCell(4, 9).value).toBe(1234.56);
    expect(values(problems, 4).slice(2, 4)).toEqual(['个人零自付', '立行立改']);
    expect(values(problems, 5).slice(2, 4)).toEqual(['三重制度外叠床架屋', '平稳过渡']);
    expect(String(tasks.getCell(5, 7).value)).toContain('资金并转：');
    expect(values(duties, 4).slice(3, 8)).toEqual([RESPONSIBILITY_ROLES[0], '责任人0', '城中区医疗保障局', '科长', '0772-2801234']);

    // the county gets its own item only; another city's region is a 400 naming regionCode; no export permission → 403
    const county = await download(t.as(s.lz_chengzhong).get(`/api/rectification-items/export?campaignId=${campaign}`)).expect(200);
    const cwb = new ExcelJS.Workbook();
    await cwb.xlsx.load(county.body as unknown as ArrayBuffer);
    expect(cwb.worksheets.map((w) => w.getRow(5).values)).toEqual([[], [], []]);
    expect((await t.as(s.lz_city).get(`/api/rectification-items/export?campaignId=${campaign}&regionCode=450300`).expect(400)).body.details[0].field).toBe(
      'regionCode',
    );
    expect((await t.as(s.lz_city).get('/api/rectification-items/export?campaignId=abc').expect(400)).body.details[0].field).toBe('campaignId');
    expect((await t.as(s.lz_city).get('/api/rectification-items/export?campaignId=999999').expect(400)).body.details[0].field).toBe('campaignId');
    await t.as(s.lz_inspector).get(`/api/rectification-items/export?campaignId=${campaign}`).expect(403);

    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=rectification-items&action=export&_sort=id&_order=asc').expect(200);
    expect(audit.body.map((a: { resourceId: string; username: string }) => [a.resourceId, a.username])).toEqual([
      ['450200', 'lz_city'],
      ['450202', 'lz_chengzhong'],
    ]);
  });
});
