import { DataSource } from 'typeorm';
import { testAppWith, q, withTestApp, Session } from '../../../test/harness';
import { AuditChainHead, AuditLog } from './audit-log.entity';
import { AuditLogService, GENESIS_HASH, unkeyedAuditHash } from './audit-log.service';

/**
 * What an attacker with write access to the database (but not the key) can do: rewrite rows from `fromId` on
 * and recompute the chain with the plain SHA-256, moving the head along.
 */
async function recomputeUnkeyed(ds: DataSource, fromId = 1): Promise<void> {
  const rows = await ds.getRepository(AuditLog).find({ order: { id: 'ASC' } });
  let prevHash = fromId === 1 ? GENESIS_HASH : rows.find((r) => r.id === fromId - 1)!.hash;
  for (const row of rows.filter((r) => r.id >= fromId)) {
    const hash = unkeyedAuditHash({ ...row, prevHash });
    await ds.getRepository(AuditLog).update({ id: row.id }, { prevHash, hash });
    prevHash = hash;
  }
  await ds.getRepository(AuditChainHead).update({ id: 1 }, { lastHash: prevHash });
}

describe('audit log: a hash-chained row per write, read-only for the audit admin', () => {
  const { t } = testAppWith();
  let admin: Session;
  let auditor: Session;
  beforeAll(async () => {
    admin = await t.login('admin');
    auditor = await t.login('auditor');
  });

  const rowsFor = (resource: string, resourceId: string) =>
    t.as(auditor).get(`/api/audit-logs?resource=${resource}&resourceId=${resourceId}&_sort=id&_order=asc`).expect(200);

  it('writes one row per write with before/after values and no secrets', async () => {
    const created = await t
      .as(admin)
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
    expect(rows[1]).toMatchObject({
      action: 'update',
      before: { displayName: '鱼峰区医保局', version: 1 },
      after: { displayName: '鱼峰区医疗保障局', version: 2 },
    });
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
    const failed = await t
      .as(auditor)
      .get(`/api/audit-logs?action=login_failed&at_gte=${encodeURIComponent(since)}`)
      .expect(200);
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
    await withTestApp({}, async (fresh) => {
      const a = await fresh.login('admin');
      await fresh.as(a).post('/api/regions').send({ code: '450298', name: '甲' }).expect(201);
      await fresh.as(a).post('/api/regions').send({ code: '450297', name: '乙' }).expect(201);
      const ids = (await fresh.ds.getRepository(AuditLog).find({ order: { id: 'ASC' } })).map((r) => r.id);
      const gone = ids[ids.length - 2];
      await fresh.ds.query(`DELETE FROM ${q(fresh.ds, 'audit_logs')} WHERE id = ${gone}`);
      const auditorSession = await fresh.login('auditor');
      const res = await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200);
      expect(res.body).toMatchObject({ valid: false, firstInvalidId: gone });
    });
  });

  it('an edited row with the chain recomputed (unkeyed, as anyone with database access can) is invalid: the chain is keyed', async () => {
    await withTestApp({}, async (fresh) => {
      const a = await fresh.login('admin');
      await fresh.as(a).post('/api/regions').send({ code: '450298', name: '甲' }).expect(201);
      await fresh.as(a).post('/api/regions').send({ code: '450297', name: '乙' }).expect(201);
      const victim = (await fresh.ds.getRepository(AuditLog).findOneByOrFail({ resource: 'regions', resourceId: '450298' })).id;
      await fresh.ds.query(`UPDATE ${q(fresh.ds, 'audit_logs')} SET ${q(fresh.ds, 'after')} = '{"name":"篡改"}' WHERE id = ${victim}`);
      await recomputeUnkeyed(fresh.ds, victim);
      const auditorSession = await fresh.login('auditor');
      const res = await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200);
      expect(res.body).toEqual({ valid: false, checked: victim - 1, firstInvalidId: victim });
    });
  });

  it('a tail cut off with the head moved back passes the chain alone, but not a checkpoint exported before', async () => {
    await withTestApp({}, async (fresh) => {
      const a = await fresh.login('admin');
      const auditorSession = await fresh.login('auditor');
      await fresh.as(a).post('/api/regions').send({ code: '450298', name: '甲' }).expect(201);
      const cp = (await fresh.as(auditorSession).get('/api/audit-logs/checkpoint').expect(200)).body;
      expect(cp).toEqual({
        headId: expect.any(Number),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
        signature: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      // taking the checkpoint is itself audited, and is the row it points at
      const own = (await fresh.as(auditorSession).get(`/api/audit-logs/${cp.headId}`).expect(200)).body;
      expect(own).toMatchObject({ action: 'checkpoint', resource: 'audit-logs', username: 'auditor', hash: cp.hash });
      await fresh.as(a).post('/api/regions').send({ code: '450297', name: '乙' }).expect(201);
      const intact = await fresh
        .as(auditorSession)
        .post('/api/audit-logs/verify')
        .send({ checkpoints: [cp] })
        .expect(200);
      expect(intact.body).toMatchObject({ valid: true, checkpoints: 1 });

      // cut from the row before the checkpoint on, and point the head at what is left
      const cut = cp.headId - 1;
      await fresh.ds.query(`DELETE FROM ${q(fresh.ds, 'audit_logs')} WHERE id >= ${cut}`);
      const last = await fresh.ds.getRepository(AuditLog).findOneByOrFail({ id: cut - 1 });
      await fresh.ds.getRepository(AuditChainHead).update({ id: 1 }, { lastId: last.id, lastHash: last.hash });
      expect((await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200)).body).toEqual({ valid: true, checked: cut - 1 });
      const caught = await fresh
        .as(auditorSession)
        .post('/api/audit-logs/verify')
        .send({ checkpoints: [cp] })
        .expect(200);
      expect(caught.body).toEqual({ valid: false, checked: cut - 1, firstInvalidId: cut, checkpoints: 1 });
    });
  });

  it('a forged or altered checkpoint is refused with a 400 naming it', async () => {
    const cp = (await t.as(auditor).get('/api/audit-logs/checkpoint').expect(200)).body;
    const row = (
      await t
        .as(auditor)
        .get(`/api/audit-logs/${cp.headId - 1}`)
        .expect(200)
    ).body;
    const forgeries = [
      { ...cp, headId: cp.headId + 5 }, // claims a longer chain
      { ...cp, hash: row.hash, headId: row.id }, // moved back to an earlier row
      { ...cp, at: new Date(Date.parse(cp.at) + 1).toISOString() },
      { headId: row.id, hash: row.hash, at: row.at, signature: row.hash }, // a row hash is not a checkpoint signature
      { ...cp, signature: unkeyedAuditHash({ ...row, prevHash: cp.hash }) },
    ];
    for (const forged of forgeries) {
      const res = await t
        .as(auditor)
        .post('/api/audit-logs/verify')
        .send({ checkpoints: [cp, forged] });
      expect(res.status).toBe(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['checkpoints.1.signature']);
    }
    await t
      .as(auditor)
      .post('/api/audit-logs/verify')
      .send({ checkpoints: [cp] })
      .expect(200);
    await t.as(admin).get('/api/audit-logs/checkpoint').expect(403);
  });

  it('a chain written before the key fails verify until re-signed; re-signing checks the old chain and records itself', async () => {
    await withTestApp({}, async (fresh) => {
      const auditorSession = await fresh.login('auditor');
      await recomputeUnkeyed(fresh.ds);
      const audit = fresh.app.get(AuditLogService);
      expect(await audit.isUnkeyed()).toBe(true);
      expect((await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200)).body).toMatchObject({ valid: false, firstInvalidId: 1 });

      const rows = await fresh.ds.getRepository(AuditLog).count();
      await fresh.ds.query(`UPDATE ${q(fresh.ds, 'audit_logs')} SET ${q(fresh.ds, 'ip')} = '6.6.6.6' WHERE id = 1`);
      await expect(audit.signUnkeyedChain('cli')).rejects.toThrow(/broken at row 1/);
      await fresh.ds.query(`UPDATE ${q(fresh.ds, 'audit_logs')} SET ${q(fresh.ds, 'ip')} = NULL WHERE id = 1`);

      expect(await audit.signUnkeyedChain('cli')).toBe(rows);
      expect(await audit.isUnkeyed()).toBe(false);
      expect((await fresh.as(auditorSession).get('/api/audit-logs/verify').expect(200)).body).toEqual({ valid: true, checked: rows + 1 });
      const marker = await fresh.ds.getRepository(AuditLog).findOneByOrFail({ id: rows + 1 });
      expect(marker).toMatchObject({ action: 'chain_keyed', username: 'cli' });
      expect(JSON.parse(marker.after!)).toMatchObject({ rows });
    });
  });
});
