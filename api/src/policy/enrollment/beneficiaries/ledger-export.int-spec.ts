import ExcelJS from 'exceljs';
import { testAppWith, download, idFor } from '../../../../test/harness';
import { recordedLedgerEntry } from '../../../../test/fixtures';

describe('the comprehensive ledger export (综合管理台账, /api/ledger-export)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'auditor']);
  beforeAll(async () => {
    // 城中区's ledger: two people, one enrolled in 2026
    const one = await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19800101', 11), ['rural_dibao']);
    await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19850315', 22), ['rural_dibao']);
    await t
      .as(s.lz_chengzhong)
      .post('/api/enrollments')
      .send({ beneficiaryId: one.id, year: 2026, enrolled: true, scheme: 'resident_basic', subsidyCategory: 'dibao_fixed', subsidyAmount: 22000 })
      .expect(201);
  });

  it('exports the 36-column ledger with masked IDs; a full export needs the reveal permission and is audited with its row count', async () => {
    const binary = download;
    const active = (await t.as(s.lz_chengzhong).get('/api/beneficiaries?status=active').expect(200)).headers['x-total-count'];
    const masked = await binary(t.as(s.lz_city).get('/api/ledger-export?regionCode=450202&year=2026')).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(masked.body);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).cellCount).toBe(36);
    expect([ws.getCell('A1').value, ws.getCell('F1').value, ws.getCell('Q1').value, ws.getCell('AJ1').value]).toEqual([
      '统筹地区代码',
      '身份证号',
      '参保财政补助(资助)金额(元)',
      '住院-其他保障支付',
    ]);
    expect(ws.rowCount - 1).toBe(Number(active));
    const ids = [];
    for (let r = 2; r <= ws.rowCount; r++) ids.push(String(ws.getCell(r, 6).value));
    expect(ids.every((id) => /^450202\*{8}[0-9X]{4}$/.test(id))).toBe(true);

    await t.as(s.lz_city).get('/api/ledger-export?regionCode=450202&year=2026&full=true').expect(403);
    await t.as(s.gl_city).get('/api/ledger-export?regionCode=450202&year=2026').expect(400);
    const full = await binary(t.as(s.lz_chengzhong).get('/api/ledger-export?regionCode=450202&year=2026&full=true')).expect(200);
    const wbFull = new ExcelJS.Workbook();
    await wbFull.xlsx.load(full.body);
    expect(String(wbFull.worksheets[0].getCell(2, 6).value)).toMatch(/^450202\d{11}[\dX]$/);
    const audit = await t.as(s.auditor).get('/api/audit-logs?resource=beneficiaries&action=export_full').expect(200);
    expect(audit.body[0].after).toMatchObject({ year: 2026, rows: Number(active), maskedIds: false });
  });
});
