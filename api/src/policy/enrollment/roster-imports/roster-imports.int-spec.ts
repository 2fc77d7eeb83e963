import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { ROSTER_HEADERS } from '@yibao/shared';
import { testAppWith, idFor } from '../../../../test/harness';
import { rosterCsv } from '../../../../test/fixtures';
import { ImportJob } from '../../../platform/imports/import-job.entity';
import { ImportsService } from '../../../platform/imports/imports.service';
import { User } from '../../../platform/users/user.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.entity';
import { VerificationTask } from '../verification-tasks/verification-task.entity';

describe('monthly roster comparison (按月比对)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'auditor']);
  async function upload(who: string, month: string, content: Buffer | string, name = 'roster.csv') {
    const res = await t.as(s[who]).post('/api/roster-imports').field('month', month).attach('file', Buffer.from(content), name);
    if (res.status !== 202) return res;
    await t.app.get(ImportsService).settle(res.body.id);
    return t.as(s[who]).get(`/api/roster-imports/${res.body.id}`).expect(200);
  }

  // Each `it` builds its own state: its own people (a sequence range of its own) and months of its own.
  const person = (seq: number, birth = '19800101') => idFor('450202', birth, seq);
  const wrongChecksumOf = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
  const beneficiaryIdOf = async (idNumber: string) => (await t.ds.getRepository(Beneficiary).findOneByOrFail({ idNumber })).id;

  /** Five good lines (one with spaces and a lower-case x), five bad ones (checksum, scope, category, name, repeat). */
  function mixedRoster(seq: number): string[][] {
    const [A, B, C, D] = [person(seq + 1), person(seq + 2, '19850315'), person(seq + 3, '19900620'), person(seq + 4, '19701231')];
    const E = idFor('450202', '19620809', seq + 5).replace(/X$/, 'x');
    return [
      [A, '张一', '450202', '农村低保对象、脱贫人口', '民政', '在册'],
      [B, '李二', '450202', '脱贫人口', '乡村振兴', '在册'],
      [C, '王三', '450202', '农村特困人员', '民政', '在册'],
      [D, '赵四', '450202', '边缘易致贫户', '乡村振兴', '在册'],
      [` ${E} `, '钱五', '450202', '低保边缘对象', '民政', '在册'],
      [wrongChecksumOf(A), '坏一', '450202', '脱贫人口', '民政', '在册'],
      [idFor('450203', '19800101', seq + 6), '外县', '450203', '脱贫人口', '民政', '在册'],
      [idFor('450202', '19800101', seq + 7), '坏三', '450202', '贵宾', '民政', '在册'],
      [idFor('450202', '19800101', seq + 8), '', '450202', '脱贫人口', '民政', '在册'],
      [B, '李二', '450202', '脱贫人口', '乡村振兴', '在册'],
    ];
  }

  it('imports good rows, reports every bad one with its spreadsheet line and reason, and creates a task per difference', async () => {
    const job = await upload('lz_chengzhong', '2026-05', rosterCsv(mixedRoster(100)));
    expect(job.body).toMatchObject({ status: 'succeeded', totalRows: 10, processedRows: 10, errorCount: 5, counts: { new: 5 } });
    const report = await t.as(s.lz_chengzhong).get(`/api/roster-imports/${job.body.id}/errors`).expect(200);
    const lines = report.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(['行号', '原因', 'Reason (English)', ...ROSTER_HEADERS].join(','));
    const byLine = Object.fromEntries(lines.slice(1).map((l) => [Number(l.split(',')[0]), l]));
    expect(Object.keys(byLine).map(Number)).toEqual([7, 8, 9, 10, 11]);
    // one language per column: the Chinese reason, then its English half (issue 13 item 11)
    const [, zh, en] = byLine[7].split(',');
    expect(zh).toMatch(/^身份证号：.*校验码错误，请核对号码$/);
    expect(en).toMatch(/^the check digit does not match/);
    expect(byLine[7]).toMatch(/校验/);
    expect(byLine[8]).toMatch(/管辖范围/);
    expect(byLine[9]).toMatch(/贵宾/);
    expect(byLine[10]).toMatch(/姓名/);
    expect(byLine[11]).toMatch(/第 3 行/);

    // the same rejected lines on the page: line and reason, by line (issue 13 item 9)
    const shown = await t.as(s.lz_chengzhong).get(`/api/roster-imports/${job.body.id}/rejected`).expect(200);
    expect(shown.body.map((r: { line: number }) => r.line)).toEqual([7, 8, 9, 10, 11]);
    expect(shown.body[0]).toEqual({ line: 7, reason: expect.stringMatching(/校验码错误.*\(the check digit/) });
    expect(shown.body[4].reason).toMatch(/第 3 行/);
    await t.as(s.gl_city).get(`/api/roster-imports/${job.body.id}/rejected`).expect(404);

    const tasks = await t.as(s.lz_chengzhong).get('/api/verification-tasks?month=2026-05&_end=100').expect(200);
    expect(tasks.body.map((x: { differenceType: string }) => x.differenceType)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(tasks.body[0]).toMatchObject({ deadline: '2026-06-30', outcome: null });
    expect(tasks.body[0].idNumber).toMatch(/^450202\*{8}[0-9X]{4}$/);
  });

  it('re-importing the same file changes nothing and creates no duplicate tasks', async () => {
    const file = rosterCsv(mixedRoster(200));
    await upload('lz_chengzhong', '2026-04', file);
    const before = { people: await t.ds.getRepository(Beneficiary).count(), tasks: await t.ds.getRepository(VerificationTask).count() };
    const versions = (await t.ds.getRepository(Beneficiary).find({ order: { id: 'ASC' } })).map((b) => b.version);
    const job = await upload('lz_chengzhong', '2026-04', file);
    expect(job.body).toMatchObject({ status: 'succeeded', errorCount: 5, counts: { unchanged: 5 } });
    expect(await t.ds.getRepository(Beneficiary).count()).toBe(before.people);
    expect(await t.ds.getRepository(VerificationTask).count()).toBe(before.tasks);
    expect((await t.ds.getRepository(Beneficiary).find({ order: { id: 'ASC' } })).map((b) => b.version)).toEqual(versions);
  });

  it("every line counts once — on a month's first import too: processed = differences + updated + unchanged + rejected", async () => {
    const [A, B, C, D] = [person(301), person(302), person(303), person(304)];
    await upload('lz_chengzhong', '2026-01', rosterCsv([A, B, C].map((id, i) => [id, `计${i}`, '450202', '脱贫人口', '民政', '在册'])));
    for (const id of [A, B, C]) {
      await t
        .as(s.lz_chengzhong)
        .post('/api/enrollments')
        .send({ beneficiaryId: await beneficiaryIdOf(id), year: 2026, enrolled: true, scheme: 'resident_basic', subsidyCategory: 'full', subsidyAmount: 38000 })
        .expect(201);
    }
    // February's first import: A and B unchanged (they were counted nowhere), C renamed, D new and exited, one bad line
    const job = await upload(
      'lz_chengzhong',
      '2026-02',
      rosterCsv([
        [A, '计0', '450202', '脱贫人口', '民政', '在册'],
        [B, '计1', '450202', '脱贫人口', '民政', '在册'],
        [C, '计二', '450202', '脱贫人口', '民政', '在册'],
        [D, '计3', '450202', '脱贫人口', '民政', '退出'],
        [wrongChecksumOf(A), '坏', '450202', '脱贫人口', '民政', '在册'],
      ]),
    );
    expect(job.body).toMatchObject({ status: 'succeeded', processedRows: 5, errorCount: 1, counts: { unchanged: 2, updated: 2 } });
    const { differences = 0, updated = 0, unchanged = 0 } = job.body.counts;
    expect(differences + updated + unchanged + job.body.errorCount).toBe(job.body.processedRows);

    const again = await upload('lz_chengzhong', '2026-02', rosterCsv([[A, '计0', '450202', '农村低保对象', '民政', '在册']]));
    expect(again.body.counts).toMatchObject({ differences: 1, identity_changed: 1 });
    expect((again.body.counts.differences ?? 0) + (again.body.counts.updated ?? 0) + (again.body.counts.unchanged ?? 0)).toBe(1);
  });

  it('the page shows the first 100 rejected lines by line, ID numbers in a reason masked', async () => {
    const hidden = person(800);
    const bad = Array.from({ length: 120 }, (_, i) => [idFor('450202', '19800101', 810 + i), `坏${i}`, '450202', i === 0 ? hidden : '贵宾', '民政', '在册']);
    const job = await upload('lz_chengzhong', '2026-11', rosterCsv(bad));
    expect(job.body).toMatchObject({ processedRows: 120, errorCount: 120 });
    const shown = (await t.as(s.lz_chengzhong).get(`/api/roster-imports/${job.body.id}/rejected`).expect(200)).body as Array<{ line: number; reason: string }>;
    expect(shown.map((r) => r.line)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(shown[0].reason).not.toContain(hidden);
    expect(shown[0].reason).toContain(`${hidden.slice(0, 6)}********`);
  });

  it("the template's example row passes the import's own validation", async () => {
    const template = await t.as(s.lz_chengzhong).get('/api/roster-imports/template?format=csv').expect(200);
    const job = await upload('lz_chengzhong', '2026-03', template.text);
    expect(job.body).toMatchObject({ status: 'succeeded', processedRows: 1, errorCount: 0 });
  });

  it('next month: identity change, exit while subsidised, and 应保未保 each become a task; XLSX and GBK are read too', async () => {
    const [A, B, C, D] = [person(401), person(402), person(403), person(404)];
    await upload(
      'lz_chengzhong',
      '2026-06',
      rosterCsv([
        [A, '张一', '450202', '农村低保对象、脱贫人口', '民政', '在册'],
        [B, '李二', '450202', '脱贫人口', '乡村振兴', '在册'],
        [C, '王三', '450202', '农村特困人员', '民政', '在册'],
        [D, '赵四', '450202', '边缘易致贫户', '乡村振兴', '在册'],
      ]),
    );
    await t
      .as(s.lz_chengzhong)
      .post('/api/enrollments')
      .send({
        beneficiaryId: await beneficiaryIdOf(B),
        year: 2026,
        enrolled: true,
        scheme: 'resident_basic',
        subsidyCategory: 'stable_phase_out',
        subsidyAmount: 20000,
      })
      .expect(201);
    await t
      .as(s.lz_chengzhong)
      .post('/api/enrollments')
      .send({ beneficiaryId: await beneficiaryIdOf(C), year: 2026, enrolled: false, notEnrolledReason: 'active_military' })
      .expect(201);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow([...ROSTER_HEADERS]);
    ws.addRow([A, '张一', '450202', '农村特困人员、脱贫人口', '民政', '在册']);
    ws.addRow([B, '李二', '450202', '脱贫人口', '乡村振兴', '退出']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const job = await upload('lz_chengzhong', '2026-07', xlsx, '七月名单.xlsx');
    expect(job.body).toMatchObject({ status: 'succeeded', errorCount: 0, counts: { identity_changed: 1, exited: 1, lapsed_subsidised: 1, not_enrolled: 1 } });
    const a = (
      await t
        .as(s.lz_chengzhong)
        .get(`/api/beneficiaries/${await beneficiaryIdOf(A)}`)
        .expect(200)
    ).body;
    expect(a.identityCategories).toEqual(['registered_poor', 'rural_tekun']);
    expect(
      (
        await t
          .as(s.lz_chengzhong)
          .get(`/api/beneficiaries/${await beneficiaryIdOf(B)}`)
          .expect(200)
      ).body,
    ).toMatchObject({ status: 'exited', exitedOn: '2026-07-31' });

    const gbk = iconv.encode(rosterCsv([[D, '赵四', '450202', '边缘易致贫户、农村低保对象', '乡村振兴', '在册']]).replace('\uFEFF', ''), 'gbk');
    const gbkJob = await upload('lz_chengzhong', '2026-07', gbk, 'gbk.csv');
    expect(gbkJob.body).toMatchObject({ status: 'succeeded', errorCount: 0, counts: { identity_changed: 1 } });
  });

  it('a county works a task to 已参保 only once the enrollment is recorded, and the rate moves', async () => {
    // a county of its own (鱼峰区), so its rates hold only this test's people
    s.lz_yufeng = await t.createAccount({ username: 'lz_yufeng', displayName: '鱼峰区医保局', role: 'county_officer', regionCode: '450203' });
    const [P, Q] = [idFor('450203', '19800101', 601), idFor('450203', '19800101', 602)];
    await upload('lz_yufeng', '2026-09', rosterCsv([[Q, '孙六', '450203', '农村特困人员', '民政', '在册']]));
    await t
      .as(s.lz_yufeng)
      .post('/api/enrollments')
      .send({ beneficiaryId: await beneficiaryIdOf(Q), year: 2026, enrolled: false, notEnrolledReason: 'active_military' })
      .expect(201);
    // P is in the ledger since September; October's roster finds no enrollment of the year: 应保未保
    await upload('lz_yufeng', '2026-09', rosterCsv([[P, '周七', '450203', '农村特困人员、脱贫人口', '民政', '在册']]));
    await upload('lz_yufeng', '2026-10', rosterCsv([[P, '周七', '450203', '农村特困人员、脱贫人口', '民政', '在册']]));
    const task = (await t.as(s.lz_yufeng).get('/api/verification-tasks?differenceType=not_enrolled&open=true').expect(200)).body[0];
    const rateOf = async () => {
      const r = await t.as(s.lz_yufeng).get('/api/enrollment-rates?year=2026').expect(200);
      return r.body.items.find((i: { category: string }) => i.category === 'rural_tekun');
    };
    const before = await rateOf();
    expect(before).toMatchObject({ persons: 2, validExclusions: 1, enrolled: 0, rateBp: 0 });
    const poorRate = async () =>
      (await t.as(s.lz_yufeng).get('/api/enrollment-rates?year=2026').expect(200)).body.items.find(
        (i: { category: string }) => i.category === 'registered_poor',
      );
    expect(await poorRate()).toMatchObject({ regionCode: '450203', targetBp: 10000, met: false });
    const early = await t.as(s.lz_yufeng).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'enrolled', version: task.version }).expect(400);
    expect(early.body.details[0].field).toBe('outcome');
    await t
      .as(s.lz_yufeng)
      .post('/api/enrollments')
      .send({ beneficiaryId: task.beneficiaryId, year: 2026, enrolled: true, scheme: 'resident_basic', subsidyCategory: 'full', subsidyAmount: 38000 })
      .expect(201);
    const closed = await t
      .as(s.lz_yufeng)
      .post(`/api/verification-tasks/${task.id}/close`)
      .send({ outcome: 'enrolled', outcomeNote: '已动员参保', version: task.version })
      .expect(200);
    expect(closed.body).toMatchObject({ outcome: 'enrolled', overdue: false });
    await t.as(s.lz_yufeng).post(`/api/verification-tasks/${task.id}/close`).send({ outcome: 'enrolled', version: closed.body.version }).expect(409);
    expect(await rateOf()).toMatchObject({ persons: 2, validExclusions: 1, enrolled: 1, rateBp: 10000 });
    const poor = await poorRate();
    expect(poor).toMatchObject({ persons: 1, enrolled: 1, rateBp: 10000, targetBp: 10000, met: true });
    expect(poor.targetSource).toMatch(/S1/);
    const city = await t.as(s.lz_city).get('/api/enrollment-rates?year=2026').expect(200);
    expect(city.body.items.find((i: { category: string; regionCode: string }) => i.category === 'registered_poor' && i.regionCode === '450203')).toMatchObject({
      regionName: '鱼峰区',
    });
  });

  it('after a stop, a running job resumes after its last committed batch; one whose file is gone fails cleanly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-resume-'));
    const file = path.join(dir, 'roster.csv');
    const people = [1, 2, 3, 4].map((n) => [idFor('450202', '19950101', 500 + n), `续${n}`, '450202', '脱贫人口', '民政', '在册']);
    fs.writeFileSync(file, rosterCsv(people));
    const chengzhong = await t.ds.getRepository(User).findOneByOrFail({ username: 'lz_chengzhong' });
    const base = {
      kind: 'roster',
      regionCode: '450202',
      userId: chengzhong.id,
      username: 'lz_chengzhong',
      filename: 'r.csv',
      fileHash: 'x',
      params: '{"month":"2026-08"}',
      totalRows: 4,
      errorCount: 0,
      counts: '{"new":2}',
    };
    // as if the first batch (two rows) committed and then the process died
    const resumed = await t.ds.getRepository(ImportJob).save({ ...base, filePath: file, status: 'running', processedRows: 2 });
    const lost = await t.ds.getRepository(ImportJob).save({ ...base, filePath: path.join(dir, 'gone.csv'), status: 'running', processedRows: 0 });
    const imports = t.app.get(ImportsService);
    await imports.onApplicationBootstrap();
    await imports.settle(resumed.id);
    const done = await t.as(s.lz_chengzhong).get(`/api/roster-imports/${resumed.id}`).expect(200);
    expect(done.body).toMatchObject({ status: 'succeeded', processedRows: 4, counts: { new: 4 } });
    const names = (
      await t
        .as(s.lz_chengzhong)
        .get(`/api/beneficiaries?name_like=${encodeURIComponent('续')}&_end=10`)
        .expect(200)
    ).body.map((b: { name: string }) => b.name);
    expect(names.sort()).toEqual(['续3', '续4']);
    expect((await t.as(s.lz_chengzhong).get(`/api/roster-imports/${lost.id}`).expect(200)).body).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/重新导入/),
    });
  });

  it('refuses a file without the required columns, a missing month, and a missing file, with the field named', async () => {
    const noColumn = await t
      .as(s.lz_chengzhong)
      .post('/api/roster-imports')
      .field('month', '2026-07')
      .attach('file', Buffer.from('身份证号,姓名\r\n1,2\r\n'), 'x.csv')
      .expect(400);
    expect(noColumn.body.details[0].field).toBe('file');
    expect(noColumn.body.message.join(' ')).toMatch(/行政区划代码/);
    const noMonth = await t
      .as(s.lz_chengzhong)
      .post('/api/roster-imports')
      .attach('file', Buffer.from(rosterCsv(mixedRoster(900))), 'x.csv')
      .expect(400);
    expect(noMonth.body.details[0].field).toBe('month');
    const noFile = await t.as(s.lz_chengzhong).post('/api/roster-imports').field('month', '2026-07').expect(400);
    expect(noFile.body.details[0].field).toBe('file');
    await t
      .as(s.gx_province)
      .post('/api/roster-imports')
      .field('month', '2026-07')
      .attach('file', Buffer.from(rosterCsv(mixedRoster(900))), 'x.csv')
      .expect(403);
    const template = await t.as(s.lz_chengzhong).get('/api/roster-imports/template?format=csv').expect(200);
    expect(template.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(ROSTER_HEADERS.join(','));
  });
});
