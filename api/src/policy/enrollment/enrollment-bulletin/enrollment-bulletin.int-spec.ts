import { testAppWith, download, firstSheet, idFor } from '../../../../test/harness';
import { ledgerEntry } from '../../../../test/fixtures';

describe('the monthly bulletin (月通报)', () => {
  const { t, s } = testAppWith(['lz_city', 'gx_province', 'lz_chengzhong']);
  beforeAll(async () => {
    // 城中区's ledger for 2026: one person enrolled, one not yet (the demo ledger is empty in tests)
    const enrolled = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send(ledgerEntry(idFor('450202', '19650505', 102), ['rural_tekun']))
        .expect(201)
    ).body;
    await t
      .as(s.lz_chengzhong)
      .post('/api/beneficiaries')
      .send(ledgerEntry(idFor('450202', '19700101', 101), ['rural_dibao']))
      .expect(201);
    await t.as(s.lz_chengzhong).post('/api/enrollments').send({ beneficiaryId: enrolled.id, year: 2026, enrolled: true, scheme: 'resident_basic' }).expect(201);
  });

  it("the monthly bulletin lists cities then their counties with rates and the month's tasks, as JSON and XLSX", async () => {
    const bulletin = (await t.as(s.gx_province).get('/api/enrollment-bulletin?month=2026-05').expect(200)).body;
    expect(bulletin).toMatchObject({ regionCode: '450000', month: '2026-05', year: 2026, target: { targetBp: 9900 } });
    const codes = bulletin.rows.map((r: { regionCode: string; level: string }) => `${r.level}:${r.regionCode}`);
    expect(codes.indexOf('city:450200')).toBeLessThan(codes.indexOf('county:450202'));
    const county = bulletin.rows.find((r: { regionCode: string }) => r.regionCode === '450202');
    const persons = (await t.as(s.lz_chengzhong).get('/api/beneficiaries?status=active&_end=1').expect(200)).headers['x-total-count'];
    expect(county.persons).toBe(Number(persons));
    expect(county.enrolled).toBe(1);
    expect(county.rateBp).toBe(Math.floor(10000 / (county.persons - county.validExclusions)));
    expect(bulletin.total.persons).toBe(
      bulletin.rows.filter((r: { level: string }) => r.level === 'city').reduce((n: number, r: { persons: number }) => n + r.persons, 0),
    );

    await t.as(s.lz_chengzhong).get('/api/enrollment-bulletin?month=2026-05').expect(400);
    await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-13').expect(400);
    await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05&regionCode=450300').expect(400);

    const xlsx = await download(t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05&format=xlsx')).expect(200);
    const ws = await firstSheet(xlsx.body);
    expect(ws.name).toBe('月通报');
    expect(String(ws.getCell(1, 1).value)).toMatch(/柳州市.*月通报（2026-05）/);
    const countyRow = ws.getRows(4, ws.rowCount - 3)!.find((r) => r.getCell(1).value === '城中区')!;
    expect(countyRow.getCell(2).value).toBe(county.persons);
  });
});
