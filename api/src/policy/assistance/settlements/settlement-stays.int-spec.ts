import { SETTLEMENT_IMPORT_HEADERS, SETTLEMENT_IMPORT_OPTIONAL_HEADERS, type SettlementRecord } from '@yibao/shared';
import { settlementFor, settlementImportRow } from '../../../../test/fixtures';
import { download, idFor, testAppWith } from '../../../../test/harness';
import { ImportsService } from '../../../platform/imports/imports.service';
import { Settlement } from './settlement.entity';

/**
 * The settlement facts the screening rules read (issue 17): the inpatient stay (入院 ≤ 出院 ≤ 结算日期) and the
 * principal diagnosis (ICD-10), through POST /api/settlements and the settlement import, shown on the record.
 */
describe('settlement stays and diagnoses', () => {
  const { t, s } = testAppWith(['lz_chengzhong']);
  const count = () => t.ds.getRepository(Settlement).count();
  /** 城中区 uploads a CSV, the job is worked to its end: the job as the API shows it */
  const importFile = async (csv: string, name: string) => {
    const started = await t
      .as(s.lz_chengzhong)
      .post('/api/settlement-imports')
      .attach('file', Buffer.from(`\uFEFF${csv}\r\n`), name)
      .expect(202);
    await t.app.get(ImportsService).settle(started.body.id);
    return (await t.as(s.lz_chengzhong).get(`/api/settlement-imports/${started.body.id}`).expect(200)).body as { id: number };
  };

  it('records a stay and a diagnosis and shows them on the record and in the list', async () => {
    const body = {
      ...settlementFor(idFor('450202', '19580101', 501), '450202', 'STAY1'),
      admittedOn: '2026-03-01',
      dischargedOn: '2026-03-08',
      diagnosisCode: 'K35.800x001',
    };
    const created = (await t.as(s.lz_chengzhong).post('/api/settlements').send(body).expect(201)).body as SettlementRecord;
    expect(created).toMatchObject({ admittedOn: '2026-03-01', dischargedOn: '2026-03-08', diagnosisCode: 'K35.800x001' });
    const shown = (await t.as(s.lz_chengzhong).get(`/api/settlements/${created.id}`).expect(200)).body as SettlementRecord;
    expect(shown).toMatchObject({ admittedOn: '2026-03-01', dischargedOn: '2026-03-08', diagnosisCode: 'K35.800x001' });
    // older data has none: an inpatient settlement without a stay is still recorded, read back as nulls
    const bare = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/settlements')
        .send(settlementFor(idFor('450202', '19580101', 502), '450202', 'STAY2'))
        .expect(201)
    ).body as SettlementRecord;
    expect(bare).toMatchObject({ admittedOn: null, dischargedOn: null, diagnosisCode: null });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['discharged before admitted', { admittedOn: '2026-03-05', dischargedOn: '2026-03-04' }, 'dischargedOn'],
    ['discharged after the settlement', { admittedOn: '2026-03-01', dischargedOn: '2026-03-09' }, 'dischargedOn'],
    ['a stay with no discharge', { admittedOn: '2026-03-01' }, 'dischargedOn'],
    ['a discharge with no admission', { dischargedOn: '2026-03-01' }, 'admittedOn'],
    ['not a calendar date', { admittedOn: '2026-02-30', dischargedOn: '2026-03-01' }, 'admittedOn'],
    ['not a date', { admittedOn: '1 March', dischargedOn: '2026-03-01' }, 'admittedOn'],
    ['stay dates on an outpatient visit', { visitType: 'outpatient', admittedOn: '2026-03-01', dischargedOn: '2026-03-02' }, 'admittedOn'],
    ['a diagnosis not in ICD-10 form', { diagnosisCode: 'appendicitis' }, 'diagnosisCode'],
    ['a diagnosis too long', { diagnosisCode: `K35.${'8'.repeat(40)}` }, 'diagnosisCode'],
    ['a diagnosis that is not text', { diagnosisCode: 35 }, 'diagnosisCode'],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_case, patch, field) => {
    const before = await count();
    const res = await t
      .as(s.lz_chengzhong)
      .post('/api/settlements')
      .send({ ...settlementFor(idFor('450202', '19580101', 503), '450202'), ...patch })
      .expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('the import reads the optional columns, reports each bad row with its column and keeps the good ones', async () => {
    const headers = [...SETTLEMENT_IMPORT_HEADERS, ...SETTLEMENT_IMPORT_OPTIONAL_HEADERS];
    // a 200 元 outpatient visit
    const OUTPATIENT = {
      就诊类型: '普通门诊',
      总费用: '200',
      政策范围内费用: '180',
      目录内费用: '190',
      基本医保支付: '100',
      大病保险支付: '0',
      医疗救助支付: '0',
      个人自付: '100',
    };
    const person = idFor('450202', '19590101', 504);
    const line = (no: string, stay: [string, string, string], patch: Parameters<typeof settlementImportRow>[2] = {}) =>
      [...settlementImportRow(no, person, patch), ...stay].join(',');
    const file = [
      headers.join(','),
      line('IS1', ['2026-03-01', '2026-03-08', 'I63.9']), // line 2: good
      line('IS2', ['2026/03/02', '2026/03/05', '']), // line 3: good, slashes as Excel writes them
      line('IS3', ['', '', 'J06.9'], OUTPATIENT), // line 4: good
      line('IS4', ['2026-03-09', '2026-03-08', '']), // line 5: discharged before admitted
      line('IS5', ['2026-03-01', '2026-03-10', '']), // line 6: discharged after the settlement
      line('IS6', ['', '', 'k35']), // line 7: not ICD-10
      line('IS7', ['2026-03-01', '', '']), // line 8: no discharge
      line('IS8', ['2026-03-01', '2026-03-02', ''], OUTPATIENT), // line 9: a visit with a stay
    ].join('\r\n');
    const job = await importFile(file, 'stays.csv');
    expect(job).toMatchObject({ status: 'succeeded', totalRows: 8, errorCount: 5 });

    const report = (await download(t.as(s.lz_chengzhong).get(`/api/settlement-imports/${job.id}/errors`)).expect(200)).body.toString('utf8') as string;
    const rows = report
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(rows[0].split(',').slice(-3)).toEqual([...SETTLEMENT_IMPORT_OPTIONAL_HEADERS]);
    const reasons = new Map(rows.slice(1).map((r) => [Number(r.split(',')[0]), r]));
    expect([...reasons.keys()]).toEqual([5, 6, 7, 8, 9]);
    expect(reasons.get(5)).toContain('出院日期：不得早于入院日期');
    expect(reasons.get(6)).toContain('出院日期：不得晚于结算日期');
    expect(reasons.get(7)).toContain('主要诊断编码：须为 ICD-10 编码');
    expect(reasons.get(8)).toContain('出院日期：填写入院日期时须同时填写出院日期');
    expect(reasons.get(9)).toContain('入院日期：仅住院结算填写');

    const stored = (await t.as(s.lz_chengzhong).get('/api/settlements?_sort=id&_end=50').expect(200)).body as SettlementRecord[];
    const imported = stored.filter((r) => r.settlementNo?.startsWith('IS'));
    expect(imported.map((r) => [r.settlementNo, r.admittedOn, r.dischargedOn, r.diagnosisCode])).toEqual([
      ['IS1', '2026-03-01', '2026-03-08', 'I63.9'],
      ['IS2', '2026-03-02', '2026-03-05', null],
      ['IS3', null, null, 'J06.9'],
    ]);
  });

  it('a file without the optional columns still imports (settlement exports before 2026)', async () => {
    const file = [SETTLEMENT_IMPORT_HEADERS.join(','), settlementImportRow('OLD1', idFor('450202', '19590101', 505)).join(',')].join('\r\n');
    const job = await importFile(file, 'old.csv');
    expect(job).toMatchObject({ status: 'succeeded', errorCount: 0 });
    const [row] = await t.ds.getRepository(Settlement).findBy({ settlementNo: 'OLD1' });
    expect(row).toMatchObject({ admittedOn: null, dischargedOn: null, diagnosisCode: null });
  });
});
