import { testAppWith, download, firstSheet, idFor } from '../../../../test/harness';
import { recordedLedgerEntry } from '../../../../test/fixtures';

describe('the monthly bulletin (月通报)', () => {
  const { t, s } = testAppWith(['lz_city', 'gx_province', 'lz_chengzhong']);
  beforeAll(async () => {
    // 城中区's ledger for 2026: one person enrolled, one not yet (the demo ledger is empty in tests)
    const enrolled = await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19650505', 102), ['rural_tekun']);
    await recordedLedgerEntry(t, s.lz_chengzhong, idFor('450202', '19700101', 101), ['rural_dibao']);
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

    await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-13').expect(400);
    await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05&regionCode=450300').expect(400);

    const xlsx = await download(t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05&format=xlsx')).expect(200);
    const ws = await firstSheet(xlsx.body);
    expect(ws.name).toBe('月通报');
    expect(String(ws.getCell(1, 1).value)).toMatch(/柳州市.*月通报（2026-05）/);
    const countyRow = ws.getRows(4, ws.rowCount - 3)!.find((r) => r.getCell(1).value === '城中区')!;
    expect(countyRow.getCell(2).value).toBe(county.persons);
  });

  it('a county reads its own line of the bulletin (its menu entry is no dead end); a township is refused by name', async () => {
    const own = (await t.as(s.lz_chengzhong).get('/api/enrollment-bulletin?month=2026-05').expect(200)).body;
    expect(own).toMatchObject({ regionCode: '450202', regionName: '城中区', month: '2026-05' });
    expect(own.rows).toEqual([expect.objectContaining({ regionCode: '450202', level: 'county', enrolled: 1 })]);
    expect(own.total).toMatchObject({ persons: own.rows[0].persons, enrolled: 1 });
    const city = (await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05').expect(200)).body;
    expect(city.rows.find((r: { regionCode: string }) => r.regionCode === '450202')).toEqual(own.rows[0]);
    // a county with nobody in its ledger yet still has its line, all zero
    const empty = (await t.as(s.lz_city).get('/api/enrollment-bulletin?month=2026-05&regionCode=450205').expect(200)).body;
    expect(empty.rows).toEqual([expect.objectContaining({ regionCode: '450205', persons: 0, rateBp: null })]);
    const xlsx = await download(t.as(s.lz_chengzhong).get('/api/enrollment-bulletin?month=2026-05&format=xlsx')).expect(200);
    expect(String((await firstSheet(xlsx.body)).getCell(1, 1).value)).toMatch(/城中区.*月通报（2026-05）/);
    const township = await t.as(s.lz_chengzhong).get('/api/enrollment-bulletin?month=2026-05&regionCode=450202001').expect(400);
    expect(township.body.details[0].field).toBe('regionCode');
    expect(JSON.stringify(township.body)).toMatch(/省、市或县/);
  });
});
