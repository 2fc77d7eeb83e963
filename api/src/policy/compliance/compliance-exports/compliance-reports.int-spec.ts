import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  addDays,
  chinaDate,
  COMPLIANCE_INDICATORS,
  complianceDrillDownFilter,
  parseCompliancePeriod,
  type ComplianceActionRecord,
  type ComplianceHome,
} from '@yibao/shared';
import { rectificationCampaign } from '../../../../test/fixtures';
import { download, q, testAppWith } from '../../../../test/harness';
import { ComplianceResult } from '../compliance-results/compliance-result.entity';

/**
 * The compliance exports over HTTP (issue 18): the scorecard XLSX (text status, formula-safe text, audited), a cell's
 * drill-down XLSX through the target list's own read (masked ID numbers, 404 out of scope), the annual report DOCX
 * (refused for a year not frozen, rendered from a frozen one) and the home page.
 */
describe('compliance exports, annual report and home', () => {
  const { t, s } = testAppWith(['gx_province', 'lz_city', 'gl_city', 'lz_chengzhong', 'lz_inspector', 'auditor']);
  const today = chinaDate(new Date());
  const dueOn = addDays(today, 30);

  const workbook = async (body: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as unknown as ArrayBuffer);
    return wb;
  };
  const texts = (ws: ExcelJS.Worksheet) => {
    const out: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
    return out;
  };
  let runId = 9000;
  /** Stored results as a run would write them (C3's runs write this table; the figures here are hand-made). */
  async function results(rows: Array<Partial<ComplianceResult> & Pick<ComplianceResult, 'regionCode' | 'period' | 'indicatorId'>>) {
    runId += 1;
    await t.ds.getRepository(ComplianceResult).insert(
      rows.map((r) => ({
        numerator: 0,
        denominator: 0,
        value: null,
        status: 'no_data',
        threshold: 0,
        runId,
        computedAt: new Date(),
        snapshotId: null,
        liveNumerator: null,
        liveDenominator: null,
        ...r,
      })),
    );
  }

  it('scorecard XLSX: its sheets, the legend in words, formula-looking text escaped; audited; another region is a 400', async () => {
    const filed: ComplianceActionRecord = (
      await t
        .as(s.lz_city)
        .post('/api/compliance-actions')
        .send({ regionCode: '450202', period: '2026-10', indicatorId: 'OVP-2', title: '=HYPERLINK("http://x","点我")', responsibleRegionCode: '450202', dueOn })
        .expect(201)
    ).body;
    const res = await download(t.as(s.lz_city).get('/api/compliance/export?regionCode=450200&period=2026-10')).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await workbook(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['合规审计记分卡', '指标与依据', '跟进事项']);
    expect(texts(wb.worksheets[0])).toEqual(expect.arrayContaining(['✗ 未达标', '✓ 达标', '! 临界', '– 无数据']));
    // the catalogue's lines and sources (nothing computed yet: the whole catalogue)
    expect(texts(wb.worksheets[1])).toEqual(expect.arrayContaining(['OVP-2', 'FRD-1', 'REC-1']));
    const actions = wb.worksheets[2];
    expect(actions.getCell(3, 3).value).toBe(`'=HYPERLINK("http://x","点我")`);
    expect(actions.getCell(3, 1).value).toBe('城中区');
    expect(actions.getCell(3, 7).value).toBe('待办');
    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=compliance&action=export').expect(200);
    expect(audit.body.map((a: { resourceId: string }) => a.resourceId)).toContain('450200:2026-10');
    expect(filed.id).toEqual(expect.any(Number));
    const other = await t.as(s.gl_city).get('/api/compliance/export?regionCode=450200&period=2026-10').expect(400);
    expect(other.body.details[0].field).toBe('regionCode');
    const badPeriod = await t.as(s.lz_city).get('/api/compliance/export?period=2026-13').expect(400);
    expect(badPeriod.body.details[0].field).toBe('period');
    await t.as(s.lz_inspector).get('/api/compliance/export?period=2026-10').expect(403);
  });

  it('drill-down XLSX: exactly the target list’s records for the cell, ID numbers masked, text escaped; out of scope → 404', async () => {
    const campaignId = await rectificationCampaign(t, s.gx_province, { name: '导出测试' });
    const fileItem = async (title: string) =>
      (await t.as(s.lz_city).post('/api/rectification-items').send({ campaignId, regionCode: '450202', problemType: 'zero_copay', title }).expect(201)).body
        .id as number;
    const overdue = await fileItem('=1+1 患者 450202199001011234 零自付');
    await fileItem('未逾期的事项');
    await t.ds.query(`UPDATE rectification_items SET ${q(t.ds, 'dueOn')} = '2020-01-31' WHERE id = ${overdue}`);
    // OVP-3's drill-down is the items open and overdue at the end of the cell's period (the current month: the items
    // above were filed today), in the cell's region: the list's own answer to the catalogue's filter
    const month = chinaDate(new Date()).slice(0, 7);
    const filter = complianceDrillDownFilter(COMPLIANCE_INDICATORS['OVP-3'], '450202', parseCompliancePeriod(month)!);
    const listed = await t.as(s.lz_city).get('/api/rectification-items').query(filter).expect(200);
    const res = await download(t.as(s.lz_city).get(`/api/compliance/cells/450202/${month}/OVP-3/export`)).expect(200);
    const ws = (await workbook(res.body)).worksheets[0];
    const header = ws.getRow(3).values as unknown[];
    const idColumn = header.indexOf('编号');
    const titleColumn = header.indexOf('标题');
    const ids = [];
    for (let r = 4; r <= ws.rowCount; r++) ids.push(ws.getCell(r, idColumn).value);
    expect(ids).toEqual(listed.body.map((i: { id: number }) => i.id));
    expect(ids).toContain(overdue);
    const title = String(ws.getCell(4 + ids.indexOf(overdue), titleColumn).value);
    expect(title.startsWith(`'=1+1`)).toBe(true);
    expect(title).not.toContain('450202199001011234');
    expect(title).toMatch(/450202\*+1234|4502\*+1234/);
    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=compliance&action=export').expect(200);
    expect(audit.body.map((a: { resourceId: string }) => a.resourceId)).toContain(`450202:${month}:OVP-3`);
    await t.as(s.gl_city).get('/api/compliance/cells/450202/2026-10/OVP-3/export').expect(404);
    await t.as(s.lz_chengzhong).get('/api/compliance/cells/450200/2026-10/OVP-3/export').expect(404);
    expect((await t.as(s.lz_city).get('/api/compliance/cells/450202/2026-10/XXX-9/export').expect(400)).body.details[0].field).toBe('indicatorId');
    expect((await t.as(s.lz_city).get('/api/compliance/cells/450202/2026-13/OVP-3/export').expect(400)).body.details[0].field).toBe('period');
  });

  it('annual report: a year not frozen is a 409 naming the snapshot; a frozen one renders its indicators, sources, reds and reasons', async () => {
    await results([{ regionCode: '450000', period: '2025', indicatorId: 'OVP-2', numerator: 4, denominator: 10, value: 4, status: 'red' }]);
    const refused = await t.as(s.gx_province).get('/api/compliance/annual-report?regionCode=450000&year=2025').expect(409);
    expect(refused.body.message).toContain('450000 2025');
    expect(refused.body.details).toMatchObject({ reason: 'not_frozen', regionCode: '450000', period: '2025' });
    await t.as(s.gx_province).get('/api/compliance/annual-report?regionCode=450000&year=2024').expect(409);

    const snapshotId = 77;
    await results([
      {
        regionCode: '450000',
        period: '2026',
        indicatorId: 'ENR-1',
        numerator: 995,
        denominator: 1000,
        value: 0.995,
        status: 'green',
        threshold: 0.99,
        snapshotId,
      },
      { regionCode: '450000', period: '2026', indicatorId: 'OVP-2', numerator: 3, denominator: 500, value: 3, status: 'red', snapshotId },
      { regionCode: '450000', period: '2026', indicatorId: 'FRD-1', numerator: 2, denominator: 14, value: 2, status: 'red', snapshotId },
      { regionCode: '450000', period: '2026', indicatorId: 'OVP-3', numerator: 0, denominator: 25, value: 0, status: 'green', snapshotId },
      { regionCode: '450200', period: '2026', indicatorId: 'OVP-2', numerator: 3, denominator: 300, value: 3, status: 'red', snapshotId },
    ]);
    await t
      .as(s.gx_province)
      .post('/api/compliance-comments')
      .send({ regionCode: '450000', period: '2026', indicatorId: 'OVP-2', text: '零自付集中在柳州市县级文件' })
      .expect(201);
    const res = await download(t.as(s.gx_province).get('/api/compliance/annual-report?regionCode=450000&year=2026')).expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(res.body);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('广西壮族自治区2026年度医疗保障扶贫重点工作完成情况报告');
    expect(text).toContain('快照 #77');
    expect(text).toContain('ENR-1 农村低收入人口和脱贫人口参保率');
    expect(text).toContain('99.5%');
    expect(text).toContain('✗ 未达标');
    expect(text).toContain('医保发〔2019〕57号');
    expect(text).toMatch(/OVP-2 零自付结算笔数：完成值 3/);
    expect(text).toContain('未达标地区：柳州市（3）');
    expect(text).toContain('情况说明：零自付集中在柳州市县级文件');
    expect(text).toMatch(/欺诈骗保：超期欺诈骗保案件数2/);
    // 公文 margins from the one DOCX writer
    expect(xml).toContain('w:top="2098"');
    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=compliance&action=export').expect(200);
    expect(audit.body.map((a: { resourceId: string }) => a.resourceId)).toContain('450000:2026');
    // a city cannot ask for the province's report
    expect((await t.as(s.lz_city).get('/api/compliance/annual-report?regionCode=450000&year=2026').expect(400)).body.details[0].field).toBe('regionCode');
    expect((await t.as(s.gx_province).get('/api/compliance/annual-report?year=20x6').expect(400)).body.details[0].field).toBe('year');
  });

  it('freezing a province’s year files the annual report’s draft on its annual_report reporting task (an attachment, not submitted); a month files nothing', async () => {
    await results([{ regionCode: '450000', period: '2025-12', indicatorId: 'OVP-2', numerator: 1, denominator: 10, value: 1, status: 'red' }]);
    await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450000', period: '2025-12' }).expect(201);
    const task = async (period: string) =>
      (await t.as(s.gx_province).get(`/api/reporting-tasks?duty=annual_report&regionCode=450000&period=${period}`).expect(200)).body[0];
    const attachments = async (id: number) => (await t.as(s.gx_province).get(`/api/reporting-tasks/${id}/attachments`).expect(200)).body;
    const before = await task('2025');
    expect(await attachments(before.id)).toEqual([]);

    const frozen = (await t.as(s.gx_province).post('/api/compliance-snapshots').send({ regionCode: '450000', period: '2025' }).expect(201)).body;
    const filed = await attachments(before.id);
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({
      fileName: '广西壮族自治区2025年度医疗保障扶贫重点工作完成情况报告（草稿）.docx',
      contentType: expect.stringContaining('wordprocessingml'),
    });
    expect(filed[0].note).toContain(`#${frozen.id}`);
    // the province edits the draft and submits the task itself: not received yet
    expect(await task('2025')).toMatchObject({ id: before.id, receivedAt: null });
    const body = (await download(t.as(s.gx_province).get(`/api/attachments/${filed[0].id}/content`)).expect(200)).body as Buffer;
    const text = (await (await JSZip.loadAsync(body)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('广西壮族自治区2025年度医疗保障扶贫重点工作完成情况报告');
    expect(text).toContain(`快照 #${frozen.id}`);
    // the freeze's audit row names the task
    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=compliance-snapshots&action=freeze').expect(200);
    expect(audit.body.find((a: { resourceId: string }) => a.resourceId === String(frozen.id)).after).toMatchObject({ annualReportTaskId: before.id });
  });

  it('home: headline sparklines over 12 months, children ranked by red cells, inbox counts, open follow-ups of the subtree', async () => {
    const months = Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    await results(
      months.map((period, i) => ({
        regionCode: '450000',
        period,
        indicatorId: 'ENR-1',
        numerator: 980 + i,
        denominator: 1000,
        value: (980 + i) / 1000,
        status: 'amber',
      })),
    );
    await results([
      { regionCode: '450200', period: '2026-10', indicatorId: 'ENR-1', status: 'green', denominator: 1 },
      { regionCode: '450300', period: '2026-10', indicatorId: 'ENR-1', status: 'red', denominator: 1 },
      { regionCode: '450300', period: '2026-10', indicatorId: 'OVP-2', status: 'red', denominator: 1 },
      { regionCode: '450200', period: '2026-10', indicatorId: 'OVP-2', status: 'red', denominator: 1 },
    ]);
    const action = (
      await t
        .as(s.gx_province)
        .post('/api/compliance-actions')
        .send({ regionCode: '450300', period: '2026-10', indicatorId: 'ENR-1', title: '桂林参保率跟进', responsibleRegionCode: '450300', dueOn })
        .expect(201)
    ).body as ComplianceActionRecord;
    const home: ComplianceHome = (await t.as(s.gx_province).get('/api/compliance/home?regionCode=450000&period=2026-10').expect(200)).body;
    expect(home).toMatchObject({ regionCode: '450000', regionName: '广西壮族自治区', period: '2026-10' });
    const enr = home.headline.find((h) => h.indicatorId === 'ENR-1')!;
    expect(enr.trend.map((p) => p.period)).toEqual(['2025-11', '2025-12', ...months]);
    expect(enr.trend.slice(0, 2).map((p) => p.status)).toEqual(['no_data', 'no_data']);
    expect(enr.current).toMatchObject({ period: '2026-10', numerator: 989, denominator: 1000, status: 'amber' });
    expect(home.headline.find((h) => h.indicatorId === 'FRD-1')!.current).toBeNull();
    expect(home.children.slice(0, 2)).toEqual([
      { regionCode: '450300', regionName: '桂林市', redCells: 2, amberCells: 0, computedCells: 2 },
      { regionCode: '450200', regionName: '柳州市', redCells: 1, amberCells: 0, computedCells: 2 },
    ]);
    const summary = (await t.as(s.gx_province).get('/api/inbox/summary').expect(200)).body;
    expect(home.inbox).toEqual({ total: summary.total, overdue: summary.overdue });
    expect(home.openActions.items.map((a) => a.id)).toContain(action.id);
    // 桂林 sees its own subtree only; the province's region is a 400 for it
    const gl: ComplianceHome = (await t.as(s.gl_city).get('/api/compliance/home?period=2026-10').expect(200)).body;
    expect(gl.regionCode).toBe('450300');
    expect(gl.openActions.items.map((a) => a.id)).toEqual([action.id]);
    await t.as(s.gl_city).get('/api/compliance/home?regionCode=450000').expect(400);
    await t.as(s.gx_province).get('/api/compliance/home?period=2026-Q3').expect(400);
  });
});
