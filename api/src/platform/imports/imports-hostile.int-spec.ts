import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROSTER_HEADERS } from '@yibao/shared';
import { idFor, Session, startTestApp, TestApp } from '../../../test/harness';
import { BackgroundJob } from '../jobs/background-job.entity';
import { GAVE_UP_MESSAGE } from '../jobs/job-columns';
import { JobsService } from '../jobs/jobs.service';
import { User } from '../users/user.entity';
import { ImportJob } from './import-job.entity';
import { ImportsService, twinKeyOf, UPLOAD_SWEEP_GRACE_MS } from './imports.service';
import { xlsxAttacks } from './xlsx-attack-files';

/** Issue 11: hostile uploads, crashes under a job, twin uploads, and the error report. */
describe('imports under attack (issue 11)', () => {
  let t: TestApp;
  let uploadDir: string;
  let work: string;
  const s: Record<string, Session> = {};
  const A = idFor('450202', '19800101', 11);
  const B = idFor('450202', '19850315', 22);
  const row = (id: string, name: string) => [id, name, '450202', '脱贫人口', '民政', '在册'];
  const csv = (rows: string[][]) => '\uFEFF' + [ROSTER_HEADERS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';

  beforeAll(async () => {
    // an upload folder of its own: the sweep and the "nothing left" checks look at all of it
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-hostile-uploads-'));
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-hostile-'));
    t = await startTestApp({ UPLOAD_DIR: uploadDir });
    for (const u of ['lz_chengzhong', 'lz_city', 'gx_province', 'auditor']) s[u] = await t.login(u);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
    fs.rmSync(work, { recursive: true, force: true });
  });

  const uploads = () => fs.readdirSync(uploadDir);
  const post = (file: Buffer, name: string, month = '2026-05') =>
    t.as(s.lz_chengzhong).post('/api/roster-imports').field('month', month).attach('file', file, name);

  it('a 0.4 MB XLSX with one 400 MB shared string is refused at upload with the limit named, and leaves no file', async () => {
    const file = path.join(work, 'huge-string.xlsx');
    xlsxAttacks.hugeSharedString(file, ROSTER_HEADERS, 400_000_000);
    const res = await post(fs.readFileSync(file), 'huge.xlsx').expect(400);
    expect(res.body.details[0].field).toBe('file');
    expect(res.body.message.join(' ')).toMatch(/longer than 32767 characters: limit exceeded/);
    expect(uploads()).toEqual([]);
  });

  it('a zip bomb of blank rows past a valid first row fails its job at a named limit, and its upload is deleted', async () => {
    const file = path.join(work, 'bomb.xlsx');
    // the zip headers lie (900 MB) so the upload check passes; the job then counts what it inflates
    xlsxAttacks.blankRowsBomb(file, ROSTER_HEADERS, row(A, '张一'), 1_500_000_000, 900_000_000);
    const res = await post(fs.readFileSync(file), 'bomb.xlsx').expect(202);
    await t.app.get(ImportsService).settle(res.body.id);
    const job = (await t.as(s.lz_chengzhong).get(`/api/roster-imports/${res.body.id}`).expect(200)).body;
    expect(job.status).toBe('failed');
    expect(job.message).toMatch(/^导入失败：.*limit exceeded/);
    expect(uploads()).toEqual([]);
  });

  it('an upload refused by validation (no month) is deleted too', async () => {
    await t
      .as(s.lz_chengzhong)
      .post('/api/roster-imports')
      .attach('file', Buffer.from(csv([row(A, '张一')])), 'x.csv')
      .expect(400);
    expect(uploads()).toEqual([]);
  });

  it('the same file for the same kind and parameters while one is running → 409, and the upload is deleted', async () => {
    const content = Buffer.from(csv([row(A, '张一'), row(B, '李二')]));
    const first = await post(content, 'a.csv', '2026-09').expect(202);
    // hold the first job as running (it would finish in milliseconds) by marking it so after it settled
    await t.app.get(ImportsService).settle(first.body.id);
    const held = await t.ds.getRepository(ImportJob).findOneByOrFail({ id: first.body.id });
    await t.ds.getRepository(ImportJob).update({ id: held.id }, { status: 'running', twinKey: twinKeyOf(held.kind, held.fileHash, held.params) });
    const twin = await post(content, 'b.csv', '2026-09').expect(409);
    expect(twin.body.message).toMatch(/already being imported with the same parameters/);
    expect(uploads()).toEqual([]);
    // another month is another import
    const other = await post(content, 'c.csv', '2026-10').expect(202);
    await t.app.get(ImportsService).settle(other.body.id);
    await t.ds.getRepository(ImportJob).update({ id: first.body.id }, { status: 'succeeded', twinKey: null });
    await post(content, 'd.csv', '2026-09').expect(202);
  });

  it('a job the process died under twice is failed, not resumed a third time, and its upload deleted; the same for background jobs', async () => {
    const file = path.join(uploadDir, 'crashed.csv');
    fs.writeFileSync(file, csv([row(A, '张一')]));
    const user = await t.ds.getRepository(User).findOneByOrFail({ username: 'lz_chengzhong' });
    const base = {
      kind: 'roster',
      regionCode: '450202',
      userId: user.id,
      username: user.username,
      filename: 'r.csv',
      fileHash: 'h',
      params: '{"month":"2026-11"}',
      totalRows: -1,
      processedRows: 0,
      errorCount: 0,
      counts: '{}',
      status: 'running',
    };
    const twice = await t.ds.getRepository(ImportJob).save({ ...base, filePath: file, attempts: 2 });
    const once = await t.ds.getRepository(ImportJob).save({ ...base, filePath: path.join(uploadDir, 'once.csv'), attempts: 1 });
    fs.writeFileSync(once.filePath, csv([row(B, '李二')]));
    const bg = await t.ds
      .getRepository(BackgroundJob)
      .save({ kind: 'settlement-recompute', regionCode: '450202', userId: user.id, username: user.username, params: '{}', status: 'running', attempts: 2 });

    const imports = t.app.get(ImportsService);
    await imports.onApplicationBootstrap();
    await imports.settle(once.id);
    await t.app.get(JobsService).onApplicationBootstrap();
    expect(await t.ds.getRepository(ImportJob).findOneByOrFail({ id: twice.id })).toMatchObject({ status: 'failed', message: `导入失败：${GAVE_UP_MESSAGE}` });
    expect(fs.existsSync(file)).toBe(false);
    // died once: resumed, and its run counted
    expect(await t.ds.getRepository(ImportJob).findOneByOrFail({ id: once.id })).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await t.ds.getRepository(BackgroundJob).findOneByOrFail({ id: bg.id })).toMatchObject({ status: 'failed', message: GAVE_UP_MESSAGE });
  });

  it('at start-up, old uploads no unfinished job refers to are swept; a referenced one and a fresh one stay', async () => {
    const user = await t.ds.getRepository(User).findOneByOrFail({ username: 'lz_chengzhong' });
    const old = Date.now() / 1000 - (UPLOAD_SWEEP_GRACE_MS / 1000) * 2;
    const orphan = path.join(uploadDir, 'orphan.xlsx');
    const fresh = path.join(uploadDir, 'arriving.csv');
    const queued = path.join(uploadDir, 'queued.csv');
    for (const f of [orphan, fresh, queued]) fs.writeFileSync(f, csv([row(A, '张一')]));
    fs.utimesSync(orphan, old, old);
    fs.utimesSync(queued, old, old);
    // a queued job's file is not swept from under it
    await t.ds.getRepository(ImportJob).save({
      kind: 'roster',
      regionCode: '450202',
      userId: user.id,
      username: user.username,
      filename: 'q.csv',
      filePath: queued,
      fileHash: 'q',
      params: '{}',
      totalRows: -1,
      processedRows: 0,
      errorCount: 0,
      counts: '{}',
      status: 'queued',
    });
    expect(await t.app.get(ImportsService).sweepUploads()).toEqual(['orphan.xlsx']);
    expect(uploads().sort()).toEqual(['arriving.csv', 'queued.csv']);
    for (const f of [fresh, queued]) fs.rmSync(f);
    await t.ds.getRepository(ImportJob).update({ filePath: queued }, { status: 'failed' });
  });

  it('the error report masks ID numbers for roles without reveal, escapes formula cells, and is audited', async () => {
    const bad = A.slice(0, 17) + (A[17] === '1' ? '2' : '1');
    const res = await post(
      Buffer.from(
        csv([
          [bad, "=cmd|' /C calc'!A0", '450202', '脱贫人口', '民政', '在册'],
          [`-1+${B}`, `@SUM(1)`, '450202', '脱贫人口', '民政', '在册'],
        ]),
      ),
      'evil.csv',
      '2026-12',
    ).expect(202);
    await t.app.get(ImportsService).settle(res.body.id);
    const report = async (who: string) =>
      (await t.as(s[who]).get(`/api/roster-imports/${res.body.id}/errors`).expect(200)).text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');

    const county = await report('lz_chengzhong');
    expect(county[1]).toContain(`${bad},'=cmd|' /C calc'!A0,450202`);
    expect(county[2]).toContain(`'-1+${B},'@SUM(1)`);
    for (const who of ['lz_city', 'gx_province']) {
      const lines = await report(who);
      expect(lines.join('\n')).not.toMatch(/\d{17}[\dX]/);
      expect(lines[1]).toContain(`${bad.slice(0, 6)}********${bad.slice(-4)},'=cmd|' /C calc'!A0`);
    }
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=roster-imports&action=export&resourceId=${res.body.id}`).expect(200);
    expect(audit.body.map((e: { username: string; after: { maskedIds: boolean } }) => [e.username, e.after.maskedIds]).sort()).toEqual([
      ['gx_province', true],
      ['lz_chengzhong', false],
      ['lz_city', true],
    ]);
  });
});

describe('an upload over UPLOAD_LIMIT_MB', () => {
  let t: TestApp;
  let uploadDir: string;
  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-limit-uploads-'));
    t = await startTestApp({ UPLOAD_DIR: uploadDir, UPLOAD_LIMIT_MB: '1' });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  it('is refused with 413 naming the limit, and no part of it stays on disk', async () => {
    const county = await t.login('lz_chengzhong');
    const header = '\uFEFF' + ROSTER_HEADERS.join(',') + '\r\n';
    const big = Buffer.concat([Buffer.from(header), Buffer.alloc(1024 * 1024 + 1, 'x')]);
    const res = await t.as(county).post('/api/roster-imports').field('month', '2026-05').attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body.message.join(' ')).toMatch(/larger than the 1 MB limit/);
    expect(res.body.details[0].field).toBe('file');
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });
});
