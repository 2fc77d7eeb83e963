import { q, startTestApp, Session, TestApp } from '../../../test/harness';
import { AuditLog } from './audit-log.entity';

describe('audit log: a hash-chained row per write, read-only for the audit admin', () => {
  let t: TestApp;
  let admin: Session;
  let auditor: Session;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    auditor = await t.login('auditor');
  });
  afterAll(() => t.close());

  const rowsFor = (resource: string, resourceId: string) =>
    t.as(auditor).get(`/api/audit-logs?resource=${resource}&resourceId=${resourceId}&_sort=id&_order=asc`).expect(200);

  it('writes one row per write with before/after values and no secrets', async () => {
    const created = await t.as(admin)
      .post('/api/users')
      .send({ username: 'lz_yufeng', displayName: '鱼峰区医保局', password: 'Strong#2026x', role: 'county_officer', regionCode: '450203' })
      .expect(201);
    const id = String(created.body.id);
    let rows = (await rowsFor('users', id)).body;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'create', resource: 'users', resourceId: id, username: 'admin', before: null });
    expect(rows[0].after).toMatchObject({ username: 'lz_yufeng', displayName: '鱼峰区医保局', regionCode: '450203' });
    expect(JSON.stringify(rows[0])).not.toMatch(/scrypt|Strong#2026x/);

    await t.as(admin).patch(`/api/users/${id}`).send({ displayName: '鱼峰区医疗保障局', version: 1 }).expect(200);
    rows = (await rowsFor('users', id)).body;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ action: 'update', before: { displayName: '鱼峰区医保局', version: 1 }, after: { displayName: '鱼峰区医疗保障局', version: 2 } });
    const one = await t.as(auditor).get(`/api/audit-logs/${rows[1].id}`).expect(200);
    expect(one.body.prevHash).toBe(rows[0].id === rows[1].id - 1 ? rows[0].hash : one.body.prevHash);

    // a refused write leaves no row
    const before = Number((await t.as(auditor).get('/api/audit-logs').expect(200)).headers['x-total-count']);
    await t.as(admin).patch(`/api/users/${id}`).send({ displayName: '过期', version: 1 }).expect(409);
    const after = Number((await t.as(auditor).get('/api/audit-logs').expect(200)).headers['x-total-count']);
    expect(after).toBe(before);
  });

  it('records login, logout and failed logins; filters by username, action, resource and time', async () => {
    await t.http.post('/api/auth/login').send({ username: 'lz_city', password: 'Wrong#2026' }).expect(401);
    const s = await t.login('lz_city');
    await t.as(s).post('/api/auth/logout').expect(200);
    const res = await t.as(auditor).get('/api/audit-logs?username=lz_city&resource=auth&_sort=id&_order=asc').expect(200);
    expect(res.body.map((r: { action: string }) => r.action)).toEqual(['login_failed', 'login', 'logout']);
    const since = res.body[0].at;
    const failed = await t.as(auditor).get(`/api/audit-logs?action=login_failed&at_gte=${encodeURIComponent(since)}`).expect(200);
    expect(failed.body.every((r: { action: string; at: string }) => r.action === 'login_failed' && r.at >= since)).toBe(true);
    const future = await t.as(auditor).get('/api/audit-logs?at_gte=2999-01-01').expect(200);
    expect(future.body).toHaveLength(0);
    const past = await t.as(auditor).get('/api/audit-logs?at_lte=2000-01-01').expect(200);
    expect(past.body).toHaveLength(0);
  });

  it('verify walks the chain; an edited row is reported, and so is a deleted one', async () => {
    const ok = await t.as(auditor).get('/api/audit-logs/verify').expect(200);
    const total = await t.ds.getRepository(AuditLog).count();
    expect(ok.body).toEqual({ valid: true, checked: total });

    const table = q(t.ds, 'audit_logs');
    const victim = Math.max(2, Math.floor(total / 2));
    await t.ds.query(`UPDATE ${table} SET ${q(t.ds, 'after')} = '{"displayName":"篡改"}' WHERE id = ${victim}`);
    const edited = await t.as(auditor).get('/api/audit-logs/verify').expect(200);
    expect(edited.body).toEqual({ valid: false, checked: victim - 1, firstInvalidId: victim });
  });

  it('detects a row removed from the middle of the chain', async () => {
    const fresh = await startTestApp();
    try {
      const a = await fresh.login('admin');
      await fresh.as(a).post('/api/regions').send({ code: '450298', name: '甲' }).expect(201);
      await fresh.as(a).post('/api/regions').send({ code: '450297', name: '乙' }).expect(201);
      const ids = (await fresh.ds.getRepository(AuditLog).find({ order: { id: 'ASC' } })).map((r) => r.id);
      const gone = ids[ids.length - 2];
      await fresh.ds.query(`DELETE FROM ${q(fresh.ds, 'audit_logs')} WHERE id = ${gone}`);
      const auditorSession = await fresh.login('auditor');
      const res = await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200);
      expect(res.body).toMatchObject({ valid: false, firstInvalidId: gone });
    } finally {
      await fresh.close();
    }
  });
});
