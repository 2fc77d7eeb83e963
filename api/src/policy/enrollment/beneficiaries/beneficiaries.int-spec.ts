import { testAppWith, idFor, q, rejectedField } from '../../../../test/harness';
import { importedRoster, ledgerEntry } from '../../../../test/fixtures';

describe('the beneficiary ledger (帮扶对象台账): hand-kept entries, scope and the audited reveal', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'gl_city', 'auditor']);
  beforeAll(async () => {
    // 城中区 people with an open task each (a roster import), so scope has something to hide from 桂林
    await importedRoster(t, s.lz_chengzhong, '2026-05', [
      [idFor('450202', '19800101', 11), '张一', '450202', '脱贫人口', '民政', '在册'],
      [idFor('450202', '19850315', 22), '李二', '450202', '农村低保对象', '民政', '在册'],
    ]);
  });

  it('the county adds and edits ledger entries: checksum, scope, duplicates and stale versions answer 4xx', async () => {
    const id = idFor('450202', '19880808', 103);
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const refused = (body: object) => rejectedField(t.as(s.lz_chengzhong).post('/api/beneficiaries').send(body));
    expect(await refused(ledgerEntry(wrong, ['rural_dibao']))).toBe('idNumber');
    expect(await refused(ledgerEntry(id, ['rural_dibao'], { regionCode: '450203' }))).toBe('regionCode');
    expect(await refused(ledgerEntry(id, ['vip']))).toBe('identityCategories');
    expect(await refused(ledgerEntry(id, ['rural_dibao'], { status: 'exited' }))).toBe('exitedOn');
    await t
      .as(s.lz_city)
      .post('/api/beneficiaries')
      .send(ledgerEntry(id, ['rural_dibao']))
      .expect(403);

    const created = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send(ledgerEntry(id.slice(0, 17) + id[17].toLowerCase(), ['rural_dibao']))
        .expect(201)
    ).body;
    expect(created).toMatchObject({
      idNumber: `450202********${id.slice(14)}`,
      birthYear: 1988,
      poolingRegionCode: '450200',
      status: 'active',
      identityCategories: ['rural_dibao'],
    });
    await t
      .as(s.lz_chengzhong)
      .post('/api/beneficiaries')
      .send(ledgerEntry(id, ['registered_poor']))
      .expect(409);

    const exited = (
      await t
        .as(s.lz_chengzhong)
        .patch(`/api/beneficiaries/${created.id}`)
        .send({
          ...ledgerEntry(id, ['rural_dibao', 'registered_poor'], { status: 'exited', exitedOn: '2026-06-30' }),
          idNumber: undefined,
          version: created.version,
        })
        .expect(200)
    ).body;
    expect(exited).toMatchObject({
      status: 'exited',
      exitedOn: '2026-06-30',
      identityCategories: ['registered_poor', 'rural_dibao'],
      version: created.version + 1,
    });
    await t
      .as(s.lz_chengzhong)
      .patch(`/api/beneficiaries/${created.id}`)
      .send({ ...ledgerEntry(id, ['rural_dibao']), idNumber: undefined, version: created.version })
      .expect(409);
    await t.as(s.gl_city).get(`/api/beneficiaries/${created.id}`).expect(404);
    const audit = await t.ds.query(
      `SELECT ${q(t.ds, 'after')} AS a FROM audit_logs WHERE resource = 'beneficiaries' AND action = 'create' ORDER BY id DESC LIMIT 1`,
    );
    expect(String(audit[0].a)).not.toContain(id.slice(6, 14));
  });

  it('scope: the county sees only its own people, another city gets 404, the full ID is revealed only with an audited reason', async () => {
    const list = await t.as(s.lz_chengzhong).get('/api/beneficiaries?_end=100').expect(200);
    expect(list.body.every((b: { regionCode: string; idNumber: string }) => b.regionCode.startsWith('450202') && b.idNumber.includes('********'))).toBe(true);
    const someone = list.body[0];
    await t.as(s.gl_city).get(`/api/beneficiaries/${someone.id}`).expect(404);
    await t.as(s.lz_city).get(`/api/beneficiaries/${someone.id}`).expect(200);
    await t.as(s.lz_city).post(`/api/beneficiaries/${someone.id}/reveal`).send({ reason: '核对' }).expect(403);
    await t.as(s.lz_chengzhong).post(`/api/beneficiaries/${someone.id}/reveal`).send({}).expect(400);
    const full = await t.as(s.lz_chengzhong).post(`/api/beneficiaries/${someone.id}/reveal`).send({ reason: '核对参保信息' }).expect(200);
    expect(full.body.idNumber).toMatch(/^450202\d{11}[\dX]$/);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?action=reveal&resourceId=${someone.id}`).expect(200);
    expect(audit.body[0].after).toEqual({ field: 'idNumber', reason: '核对参保信息' });
    // the last four with the name find the person; the whole number finds exactly them (issue 11 item 4)
    const q = await t
      .as(s.lz_chengzhong)
      .get(`/api/beneficiaries?q=${encodeURIComponent(`${someone.name} ${full.body.idNumber.slice(-4)}`)}`)
      .expect(200);
    expect(q.body.map((b: { id: number }) => b.id)).toContain(someone.id);
    const whole = await t.as(s.lz_chengzhong).get(`/api/beneficiaries?q=${full.body.idNumber}`).expect(200);
    expect(whole.body.map((b: { id: number }) => b.id)).toEqual([someone.id]);
    await t
      .as(s.gl_city)
      .get('/api/verification-tasks?_end=100')
      .expect(200)
      .expect((r) => expect(r.body).toEqual([]));
  });
});
