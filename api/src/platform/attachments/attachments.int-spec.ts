import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { RESPONSIBILITY_ROLES } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { download, testAppWith, TestApp, Session } from '../../../test/harness';
import { User } from '../users/user.entity';
import { writeZip } from '../imports/xlsx-attack-files';
import { AttachmentsService, INCOMING } from './attachments.service';
import { DataSource } from 'typeorm';
import { inTransaction } from '../../database/data-source';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
// a real 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126, 0x90)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/auth/me")</script></body></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect/></svg>');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file under a folder (recursively), relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
}

const completeRows = () => RESPONSIBILITY_ROLES.map((role) => ({ role, name: '张三', unit: '城中区医疗保障局', title: '科长', phone: '0772-2801234' }));

/** A table of the county's own, in draft (editable). */
async function draftTable(t: TestApp, county: Session, regionCode: string, year: number): Promise<number> {
  const res = await t.as(county).post('/api/responsibility-tables').send({ regionCode, year }).expect(201);
  return res.body.id;
}

describe('attachments: evidence files of a record (issue 14)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-attachments-'));
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'gx_province', 'auditor'], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const upload = (who: Session, tableId: number, file: Buffer, name: string) =>
    t.as(who).post(`/api/responsibility-tables/${tableId}/attachments`).attach('file', file, name);

  it('takes a PDF and a PNG, lists them, stores them by sha256, and serves them only as downloads', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2026);
    const pdf = await upload(s.lz_chengzhong, id, PDF, 'scan.pdf').field('note', '盖章扫描件').expect(201);
    expect(pdf.body).toEqual({
      id: expect.any(Number),
      fileName: 'scan.pdf',
      size: PDF.length,
      sha256: sha(PDF),
      contentType: 'application/pdf',
      uploadedBy: 'lz_chengzhong',
      uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      note: '盖章扫描件',
      evidenceType: null,
      deletable: true,
    });
    const png = await upload(s.lz_chengzhong, id, PNG, 'photo.png').expect(201);
    expect(png.body).toMatchObject({ contentType: 'image/png', note: null });
    expect(fs.readFileSync(path.join(dir, sha(PNG).slice(0, 2), sha(PNG).slice(2, 4), sha(PNG)))).toEqual(PNG);

    const list = await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200);
    expect(list.body.map((a: { fileName: string }) => a.fileName)).toEqual(['scan.pdf', 'photo.png']);
    // the city above sees the evidence, and may not delete it
    const cityList = await t.as(s.lz_city).get(`/api/responsibility-tables/${id}/attachments`).expect(200);
    expect(cityList.body.map((a: { deletable: boolean }) => a.deletable)).toEqual([false, false]);

    const got = await download(t.as(s.lz_city).get(`/api/attachments/${pdf.body.id}/content`)).expect(200);
    expect(got.body).toEqual(PDF);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toMatch(/^attachment; /);
    expect(filesUnder(path.join(dir, INCOMING))).toEqual([]);
  });

  it('a PNG named .pdf is stored as image/png and downloads with a .png name', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2027);
    const res = await upload(s.lz_chengzhong, id, PNG, '扫描件.pdf').expect(201);
    expect(res.body).toMatchObject({ fileName: '扫描件.pdf', contentType: 'image/png' });
    const got = await download(t.as(s.lz_chengzhong).get(`/api/attachments/${res.body.id}/content`)).expect(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('扫描件.pdf.png')}`);
  });

  it('OFD, XLSX and DOCX are told apart by their entries; a plain zip is refused', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2028);
    const zip = (parts: Array<[string, string]>) => {
      const file = path.join(dir, 'tmp.zip');
      writeZip(file, parts);
      const bytes = fs.readFileSync(file);
      fs.rmSync(file);
      return bytes;
    };
    const ofd = zip([
      ['OFD.xml', '<ofd:OFD/>'],
      ['Doc_0/Document.xml', '<ofd:Document/>'],
    ]);
    const xlsx = zip([
      ['[Content_Types].xml', '<Types/>'],
      ['xl/workbook.xml', '<workbook/>'],
    ]);
    const docx = zip([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w:document/>'],
    ]);
    expect((await upload(s.lz_chengzhong, id, ofd, '通知.ofd').expect(201)).body.contentType).toBe('application/ofd');
    expect((await upload(s.lz_chengzhong, id, xlsx, 'a.xlsx').expect(201)).body.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await upload(s.lz_chengzhong, id, docx, 'a.docx').expect(201)).body.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const plain = await upload(s.lz_chengzhong, id, zip([['evil.exe', 'MZ']]), 'a.docx').expect(415);
    expect(plain.body.message[0]).toContain('application/zip');
  });

  it('an executable, HTML or SVG is a 415 naming what it is, whatever its name, and nothing is kept', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2029);
    const before = filesUnder(dir);
    for (const [bytes, name, detected] of [
      [ELF, 'report.pdf', 'application/x-executable'],
      [EXE, '报告.pdf', 'application/x-msdownload'],
      [HTML, 'page.pdf', 'text/html'],
      [SVG, 'logo.png', 'image/svg+xml'],
    ] as const) {
      const res = await upload(s.lz_chengzhong, id, bytes, name).expect(415);
      expect([name, res.body.details[0].field, res.body.message[0]]).toEqual([name, 'file', expect.stringContaining(detected)]);
    }
    expect(filesUnder(dir)).toEqual(before);
    expect((await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200)).body).toEqual([]);
  });

  it('a Chinese file name round-trips in Content-Disposition (RFC 5987) with an ASCII fallback', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2030);
    const name = '柳州市城中区2026年责任分工表（盖章）.pdf';
    const res = await upload(s.lz_chengzhong, id, PDF, name).expect(201);
    expect(res.body.fileName).toBe(name);
    const got = await download(t.as(s.lz_chengzhong).get(`/api/attachments/${res.body.id}/content`)).expect(200);
    const header = got.headers['content-disposition'];
    expect(header).toMatch(new RegExp(`^attachment; filename="attachment-${res.body.id}\\.pdf"; filename\\*=UTF-8''`));
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(header)![1])).toBe(name);
  });

  it("another county's or city's evidence is a 404 for list, download and delete, whatever the id", async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2031);
    const att = (await upload(s.lz_chengzhong, id, PDF, 'a.pdf').expect(201)).body.id;
    const yufeng = await t.createAccount({ username: 'lz_yufeng', displayName: '鱼峰区医保局', role: 'county_officer', regionCode: '450203' });
    for (const who of [yufeng, s.gl_city]) {
      await t.as(who).get(`/api/responsibility-tables/${id}/attachments`).expect(404);
      await upload(who, id, PDF, 'b.pdf').expect((r) => expect([403, 404]).toContain(r.status));
      await t.as(who).get(`/api/attachments/${att}/content`).expect(404);
      await t.as(who).delete(`/api/attachments/${att}`).expect(404);
      await t.as(who).get(`/api/attachments/99999999/content`).expect(404);
    }
    // the same answer as an id that does not exist
    const missing = await t.as(s.gl_city).get(`/api/attachments/99999999/content`).expect(404);
    const foreign = await t.as(s.gl_city).get(`/api/attachments/${att}/content`).expect(404);
    expect(foreign.body.message.replaceAll(String(att), 'N')).toBe(missing.body.message.replaceAll('99999999', 'N'));
    // the province above sees it
    await download(t.as(s.gx_province).get(`/api/attachments/${att}/content`)).expect(200);
  });

  it('delete: only the uploader (403 otherwise), only while the table is editable (409 after submit)', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2032);
    const first = (await upload(s.lz_chengzhong, id, PDF, 'a.pdf').expect(201)).body.id;
    const second = (await upload(s.lz_chengzhong, id, PNG, 'b.png').expect(201)).body.id;
    const colleague = await t.createAccount({ username: 'lz_chengzhong_2', displayName: '城中区医保局二', role: 'county_officer', regionCode: '450202' });
    await t.as(colleague).delete(`/api/attachments/${first}`).expect(403);
    await t.as(s.lz_city).delete(`/api/attachments/${first}`).expect(403); // the city sees it, did not upload it
    await t.as(s.lz_chengzhong).delete(`/api/attachments/${first}`).expect(200);
    await t.as(s.lz_chengzhong).get(`/api/attachments/${first}/content`).expect(404);
    await t.as(s.lz_chengzhong).delete(`/api/attachments/${first}`).expect(404);

    const table = await t.as(s.lz_chengzhong).patch(`/api/responsibility-tables/${id}`).send({ rows: completeRows(), version: 1 }).expect(200);
    await t.as(s.lz_chengzhong).post(`/api/responsibility-tables/${id}/actions/submit`).send({ version: table.body.version }).expect(200);
    const refused = await t.as(s.lz_chengzhong).delete(`/api/attachments/${second}`).expect(409);
    expect([refused.body.details.reason, refused.body.message]).toEqual(['owner_not_editable', expect.stringContaining('submitted')]);
    await upload(s.lz_chengzhong, id, PDF, 'late.pdf').expect(409);
    const list = await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200);
    expect(list.body.map((a: { id: number; deletable: boolean }) => [a.id, a.deletable])).toEqual([[second, false]]);
  });

  it('upload, download and delete are in the audit log', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2033);
    const att = (await upload(s.lz_chengzhong, id, PDF, '证明.pdf').expect(201)).body.id;
    await download(t.as(s.lz_city).get(`/api/attachments/${att}/content`)).expect(200);
    await t.as(s.lz_chengzhong).delete(`/api/attachments/${att}`).expect(200);
    const log = await t.as(s.auditor).get(`/api/audit-logs?resource=attachments&resourceId=${att}&_sort=id&_order=asc`).expect(200);
    expect(log.body.map((r: { action: string; username: string }) => [r.action, r.username])).toEqual([
      ['upload', 'lz_chengzhong'],
      ['download', 'lz_city'],
      ['delete', 'lz_chengzhong'],
    ]);
    expect(log.body[0].after).toMatchObject({ ownerResource: 'responsibility-tables', ownerId: id, fileName: '证明.pdf', sha256: sha(PDF) });
  });

  it('bad input is a 400 naming the field: no file, a long note, an extra field, a long name', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2034);
    const url = `/api/responsibility-tables/${id}/attachments`;
    const none = await t.as(s.lz_chengzhong).post(url).field('note', 'x').expect(400);
    expect(none.body.details[0].field).toBe('file');
    const longNote = await upload(s.lz_chengzhong, id, PDF, 'a.pdf').field('note', '注'.repeat(501)).expect(400);
    expect(longNote.body.details[0].field).toBe('note');
    const extra = await upload(s.lz_chengzhong, id, PDF, 'a.pdf').field('isAdmin', 'true').expect(400);
    expect(extra.body.details[0].field).toBe('isAdmin');
    const longName = await upload(s.lz_chengzhong, id, PDF, `${'名'.repeat(201)}.pdf`).expect(400);
    expect(longName.body.details[0].field).toBe('file');
    const json = await t.as(s.lz_chengzhong).post(url).send({ file: 'x' }).expect(400);
    expect(json.body.details[0].field).toBe('file');
    await t.as(s.lz_chengzhong).post('/api/responsibility-tables/abc/attachments').attach('file', PDF, 'a.pdf').expect(400);
    expect(filesUnder(path.join(dir, INCOMING))).toEqual([]);
    expect((await t.as(s.lz_chengzhong).get(url).expect(200)).body).toEqual([]);
  });
});

describe('attachments: evidence types and generated files (issue 16)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-attachments-evidence-'));
  const { t, s } = testAppWith(['lz_chengzhong', 'auditor'], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const docx = () => {
    const file = path.join(dir, 'gen.zip');
    writeZip(file, [
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', '<w:document/>'],
    ]);
    const bytes = fs.readFileSync(file);
    fs.rmSync(file);
    return bytes;
  };
  async function actorOf(username: string, regionCode: string): Promise<Actor> {
    const user = await t.ds.getRepository(User).findOneByOrFail({ username });
    return { userId: user.id, username, role: user.role, regionCode, scopePrefix: regionCode, sessionId: 'test', csrfToken: '', viaCookie: false, ip: null };
  }

  it('a resource that declares no evidence-type list refuses evidenceType with 400 naming the field, and keeps nothing', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2026);
    const before = filesUnder(dir);
    for (const value of ['documentary', 'x'.repeat(33), '<script>']) {
      const res = await t
        .as(s.lz_chengzhong)
        .post(`/api/responsibility-tables/${id}/attachments`)
        .attach('file', PDF, 'a.pdf')
        .field('evidenceType', value)
        .expect(400);
      expect(res.body.details[0].field).toBe('evidenceType');
    }
    expect(filesUnder(dir)).toEqual(before);
    expect((await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200)).body).toEqual([]);
    // an empty value is no evidence type
    const blank = await t
      .as(s.lz_chengzhong)
      .post(`/api/responsibility-tables/${id}/attachments`)
      .attach('file', PDF, 'a.pdf')
      .field('evidenceType', '')
      .expect(201);
    expect(blank.body.evidenceType).toBeNull();
  });

  it('storeGenerated keeps a generated DOCX in the caller’s transaction: listed, stored by sha256, audited as an upload', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2027);
    const attachments = t.app.get(AttachmentsService);
    const ds = t.app.get(DataSource);
    const actor = await actorOf('lz_chengzhong', '450202');
    const owner = { resource: 'responsibility-tables' as const, id, regionCode: '450202' };
    const store = (file: { fileName: string; mimeType: string; content: Buffer; evidenceType?: string }) =>
      inTransaction(ds, (em) => attachments.storeGenerated(em, actor, owner, file));
    const bytes = docx();
    const kept = await store({ fileName: '行政处罚决定书-柳医保罚〔2026〕3号.docx', mimeType: DOCX, content: bytes });
    expect(kept).toMatchObject({
      fileName: '行政处罚决定书-柳医保罚〔2026〕3号.docx',
      contentType: DOCX,
      sha256: sha(bytes),
      size: bytes.length,
      evidenceType: null,
    });
    const list = await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200);
    expect(list.body.map((a: { id: number }) => a.id)).toEqual([kept.id]);
    const log = await t.as(s.auditor).get(`/api/audit-logs?resource=attachments&resourceId=${kept.id}`).expect(200);
    expect(log.body.map((r: { action: string; username: string }) => [r.action, r.username])).toEqual([['upload', 'lz_chengzhong']]);
    expect(log.body[0].after).toMatchObject({ generated: true, sha256: sha(bytes) });

    // an evidence type the resource does not declare is the caller's 400; a bad name or bytes that are not what the
    // generator claims are a defect, not an attachment — and nothing is written
    await expect(store({ fileName: 'a.docx', mimeType: DOCX, content: bytes, evidenceType: 'documentary' })).rejects.toMatchObject({ status: 400 });
    await expect(store({ fileName: '../a.docx', mimeType: DOCX, content: bytes })).rejects.toThrow(/may not be named/);
    await expect(store({ fileName: 'a.docx', mimeType: DOCX, content: PDF })).rejects.toThrow(/sniffs as application\/pdf/);
    expect((await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200)).body).toHaveLength(1);
    expect(filesUnder(path.join(dir, INCOMING))).toEqual([]);
  });
});

describe('attachments over ATTACHMENT_LIMIT_MB', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-attachments-limit-'));
  const { t, s } = testAppWith(['lz_chengzhong'], { ATTACHMENT_DIR: dir, ATTACHMENT_LIMIT_MB: '1' });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is a 413 naming the limit, and nothing is written', async () => {
    const id = await draftTable(t, s.lz_chengzhong, '450202', 2026);
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 1, 0x20)]);
    const res = await t.as(s.lz_chengzhong).post(`/api/responsibility-tables/${id}/attachments`).attach('file', big, 'big.pdf').expect(413);
    expect(res.body.message[0]).toContain('ATTACHMENT_LIMIT_MB');
    expect(res.body.details[0].field).toBe('file');
    expect(filesUnder(dir)).toEqual([]);
    expect((await t.as(s.lz_chengzhong).get(`/api/responsibility-tables/${id}/attachments`).expect(200)).body).toEqual([]);
    // exactly at the limit is accepted
    const atLimit = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 - PDF.length, 0x20)]);
    await t.as(s.lz_chengzhong).post(`/api/responsibility-tables/${id}/attachments`).attach('file', atLimit, 'ok.pdf').expect(201);
  });
});

describe('attachments left half-received by a crash', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-attachments-sweep-'));
  const incoming = path.join(dir, INCOMING);
  fs.mkdirSync(incoming);
  fs.writeFileSync(path.join(incoming, 'stale'), 'left by a crash');
  const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
  fs.utimesSync(path.join(incoming, 'stale'), anHourAgo, anHourAgo);
  fs.writeFileSync(path.join(incoming, 'arriving'), 'another process is receiving it');
  testAppWith([], { ATTACHMENT_DIR: dir });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are swept at start when older than the grace period; a fresh one is left alone', () => {
    expect(fs.readdirSync(incoming)).toEqual(['arriving']);
  });
});
