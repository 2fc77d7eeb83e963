import * as iconv from 'iconv-lite';
import { SETTLEMENT_IMPORT_HEADERS, SETTLEMENT_IMPORT_OPTIONAL_HEADERS } from '@yibao/shared';
import { settlementImportCsv, settlementImportRow } from '../../../../test/fixtures';
import { testAppWith, download, idFor } from '../../../../test/harness';
import { ImportsService } from '../../../platform/imports/imports.service';

const csv = settlementImportCsv;

describe('settlement import (就医结算导入)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city']);

  async function upload(who: string, content: Buffer | string, name = 'settlements.csv') {
    const res = await t.as(s[who]).post('/api/settlement-imports').attach('file', Buffer.from(content), name);
    if (res.status !== 202) return res;
    await t.app.get(ImportsService).settle(res.body.id);
    return t.as(s[who]).get(`/api/settlement-imports/${res.body.id}`).expect(200);
  }

  const poor = idFor('450202', '19500101', 401);
  const other = idFor('450202', '19600101', 402);
  const row = settlementImportRow;

  it('imports good rows with the year so far, reports every bad one by line, and a re-import adds nothing', async () => {
    const rows = [
      row('A1', poor),
      row('A2', poor, { 结算日期: '2026-05-02' }),
      row('A3', other, { 身份类别: '', 医院等级: '三级医院' }),
      row('B1', poor.slice(0, 17) + (poor[17] === '1' ? '2' : '1')), // checksum
      row('B2', idFor('450302', '19500101', 403), { 参保地区划代码: '450302' }), // another city
      row('B3', poor, { 身份类别: '贵宾' }),
      row('B4', poor, { 个人自付: '2999.99' }), // tiers do not add up
      row('B5', poor, { 总费用: '20000.001' }),
      row('B6', poor, { 医院等级: '特级' }),
      row('A1', poor), // same 流水号 as line 2
      row('B8', poor, { 结算日期: '2030-01-01' }),
    ];
    const job = await upload('lz_chengzhong', iconv.encode(csv(rows), 'gbk'));
    expect(job.body).toMatchObject({ status: 'succeeded', totalRows: 11, processedRows: 11, errorCount: 8 });
    expect(job.body.counts.duplicate ?? 0).toBe(0);
    expect((job.body.counts.recorded ?? 0) + (job.body.counts.flagged ?? 0)).toBe(3);

    const report = (await download(t.as(s.lz_chengzhong).get(`/api/settlement-imports/${job.body.id}/errors`)).expect(200)).body.toString('utf8');
    const lines = report
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l: string) => Number(l.split(',')[0]));
    expect(lines).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
    expect(report).toMatch(/第 2 行重复/);
    expect(report).toMatch(/不是您管辖范围内的县级代码/);

    const stored = (await t.as(s.lz_chengzhong).get('/api/settlements?_sort=id').expect(200)).body;
    expect(stored.map((x: { settlementNo: string; hospitalLevel: string }) => [x.settlementNo, x.hospitalLevel])).toEqual([
      ['A1', 'secondary'],
      ['A2', 'secondary'],
      ['A3', 'tertiary'],
    ]);
    expect(stored[0]).toMatchObject({ totalCost: 2_000_000, inCatalogueCost: 1_900_050, recorded: { outOfPocket: 300_000 } });
    // the second stay of the same person has the deductible met: the calculator pays more basic than the first
    expect(stored[1].computed.basic).toBeGreaterThan(stored[0].computed.basic);

    const again = await upload('lz_chengzhong', iconv.encode(csv(rows), 'gbk'));
    expect(again.body).toMatchObject({ status: 'succeeded', errorCount: 8, counts: { duplicate: 3 } });
    expect((await t.as(s.lz_chengzhong).get('/api/settlements').expect(200)).headers['x-total-count']).toBe('3');
  });

  it('serves the template, refuses a wrong header, and keeps jobs in scope', async () => {
    const template = (await download(t.as(s.lz_chengzhong).get('/api/settlement-imports/template?format=csv')).expect(200)).body.toString('utf8');
    // the optional stay and diagnosis columns come last
    expect(template.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe([...SETTLEMENT_IMPORT_HEADERS, ...SETTLEMENT_IMPORT_OPTIONAL_HEADERS].join(','));
    await download(t.as(s.lz_chengzhong).get('/api/settlement-imports/template?format=xlsx')).expect(200);
    const wrong = await upload('lz_chengzhong', '身份证号,姓名\r\n1,2\r\n');
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('file');
    await t
      .as(s.lz_city)
      .post('/api/settlement-imports')
      .attach('file', Buffer.from(csv([])), 'x.csv')
      .expect(403);
    const jobs = (await t.as(s.lz_city).get('/api/settlement-imports').expect(200)).body;
    expect(jobs.length).toBeGreaterThan(0);
    await t.as(s.gl_city).get(`/api/settlement-imports/${jobs[0].id}`).expect(404);
  });
});
