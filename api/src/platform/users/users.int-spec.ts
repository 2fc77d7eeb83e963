import { testAppWith, Session } from '../../../test/harness';

describe('users', () => {
  const { t } = testAppWith();
  let admin: Session;
  let security: Session;
  beforeAll(async () => {
    admin = await t.login('admin');
    security = await t.login('security');
  });

  const newUser = (over: Record<string, unknown> = {}) => ({
    username: 'lz_liunan',
    displayName: '柳南区医保局',
    password: 'Strong#2026x',
    role: 'county_officer',
    regionCode: '450204',
    ...over,
  });
  const userNamed = async (username: string) =>
    (await t.as(admin).get(`/api/users?username=${username}`).expect(200)).body.find((u: { username: string }) => u.username === username);
  const loginStatus = async (username: string, password: string) => (await t.http.post('/api/auth/login').send({ username, password })).status;
  /** a created account: authorised by the security admin (unless confirmed as an administrator), its initial password changed by its user */
  const activate = (username: string, initial = 'Strong#2026x', next = 'Liuzhou#Own2026') => t.activateAccount(username, initial, next);
  /** an administrator account of this test's own: proposed by the system admin, confirmed by `confirmer`, its password changed */
  const administrator = async (username: string, role: 'audit_admin' | 'system_admin', confirmer: Session = security) => {
    const proposed = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username, displayName: username, role, regionCode: '000000' }))
      .expect(202);
    await t.as(confirmer).post(`/api/user-changes/${proposed.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(200);
    return activate(username);
  };

  it('creates a business account that cannot log in until the security admin authorises it; the record never carries the password hash', async () => {
    const res = await t.as(admin).post('/api/users').send(newUser()).expect(201);
    expect(res.body).toMatchObject({
      username: 'lz_liunan',
      role: 'county_officer',
      regionCode: '450204',
      enabled: true,
      authorized: false,
      mustChangePassword: true,
      locked: false,
      version: 1,
    });
    expect(res.body.passwordHash).toBeUndefined();
    expect(res.body.passwordHistory).toBeUndefined();
    // the right password on an unauthorised account gets the same answer as a wrong one
    const refused = await t.http.post('/api/auth/login').send({ username: 'lz_liunan', password: 'Strong#2026x' }).expect(401);
    const wrong = await t.http.post('/api/auth/login').send({ username: 'lz_liunan', password: 'Wrong#2026xx' }).expect(401);
    expect(refused.body).toEqual(wrong.body);
    // creating and authorising are separate duties
    await t.as(admin).post(`/api/users/${res.body.id}/authorize`).send({}).expect(403);
    const ok = await t.as(security).post(`/api/users/${res.body.id}/authorize`).send({ version: 1 }).expect(200);
    expect(ok.body.authorized).toBe(true);
    await t.as(security).post(`/api/users/${res.body.id}/authorize`).send({}).expect(409);
    const s = await t.login('lz_liunan', 'Strong#2026x');
    const me = await t.as(s).get('/api/auth/me').expect(200);
    expect(me.body).toMatchObject({ regionName: '柳南区', mustChangePassword: true });
    const dup = await t.as(admin).post('/api/users').send(newUser()).expect(409);
    expect(dup.body.message.join(' ')).toMatch(/username/);
  });

  it('a password set by an administrator must be changed first: every other route answers 403 password_change_required', async () => {
    const created = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'lz_yufeng' }))
      .expect(201);
    await t.as(security).post(`/api/users/${created.body.id}/authorize`).send({ version: 1 }).expect(200);
    const s = await t.login('lz_yufeng', 'Strong#2026x');
    const blocked = await t.as(s).get('/api/beneficiaries').expect(403);
    expect(blocked.body.details).toEqual({ reason: 'password_change_required' });
    await t.as(s).get('/api/regions').expect(403);
    await t.as(s).post('/api/auth/password').send({ currentPassword: 'Strong#2026x', newPassword: 'Liunan#Own2026' }).expect(200);
    const after = await t.login('lz_yufeng', 'Liunan#Own2026');
    expect((await t.as(after).get('/api/auth/me').expect(200)).body.mustChangePassword).toBe(false);
    await t.as(after).get('/api/beneficiaries').expect(200);
    // the seeded demo accounts are authorised and need no change
    const demo = await t.login('lz_chengzhong');
    await t.as(demo).get('/api/beneficiaries').expect(200);
  });

  it('enforces the password policy (length, classes, common passwords, control characters) with a message per problem', async () => {
    const short = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'p1', password: 'Ab#1' }))
      .expect(400);
    expect(short.body.details.map((d: { field: string }) => d.field)).toContain('username');
    const weak = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'weak_user', password: 'alllowercase' }))
      .expect(400);
    expect(weak.body.details).toEqual([{ field: 'password', messages: [expect.stringMatching(/至少 3 类/)] }]);
    const named = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'named_user', password: 'named_user#2026' }))
      .expect(400);
    expect(named.body.message.join(' ')).toMatch(/用户名/);
    for (const password of ['Passw0rd', 'Qwerty123', 'Admin123', 'Strong\u0000#2026x']) {
      const res = await t
        .as(admin)
        .post('/api/users')
        .send(newUser({ username: 'common_user', password }))
        .expect(400);
      // NUL is refused by the input guard before the policy sees it; both name the field
      expect(res.body.details[0].field).toBe('password');
      expect(res.body.message.join(' ')).toMatch(/常见|NUL/);
    }
  });

  it('keeps roles at their level: a county officer must sit at a county', async () => {
    const res = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'wrong_level', regionCode: '450200' }))
      .expect(400);
    expect(res.body.details[0].field).toBe('regionCode');
    expect(res.body.message[0]).toMatch(/县级/);
    await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'no_region', regionCode: '459999' }))
      .expect(400);
  });

  it('the system admin alone cannot create an administrator: the change waits for an administrator of another role', async () => {
    const proposed = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'my_auditor', displayName: '自建审计员', role: 'audit_admin', regionCode: '000000' }))
      .expect(202);
    expect(proposed.body.pendingChange).toMatchObject({
      kind: 'create',
      state: 'pending',
      targetUsername: 'my_auditor',
      proposedByUsername: 'admin',
      changes: { role: 'audit_admin' },
    });
    expect(JSON.stringify(proposed.body)).not.toMatch(/scrypt|Strong#2026x/);
    expect(await userNamed('my_auditor')).toBeUndefined();
    expect(await loginStatus('my_auditor', 'Strong#2026x')).toBe(401);
    const id = proposed.body.pendingChange.id;
    // not by the proposer, and not by another system admin's hand either
    await t.as(admin).post(`/api/user-changes/${id}/actions/confirm`).send({ version: 1 }).expect(403);
    const auditor = await t.login('auditor');
    const pending = await t.as(auditor).get('/api/user-changes?state=pending').expect(200);
    expect(pending.body.map((c: { id: number }) => c.id)).toContain(id);
    expect(pending.body.find((c: { id: number }) => c.id === id).actions).toEqual(['confirm', 'reject']);
    await t.as(auditor).post(`/api/user-changes/${id}/actions/reject`).send({ version: 1 }).expect(400); // a reason is required
    await t.as(auditor).post(`/api/user-changes/${id}/actions/reject`).send({ comment: '未经审批 (not requested)', version: 1 }).expect(200);
    await t.as(security).post(`/api/user-changes/${id}/actions/confirm`).send({ version: 1 }).expect(409);
    expect(await userNamed('my_auditor')).toBeUndefined();

    // proposed again and confirmed by the security admin: now it exists, authorised, with a password to change
    const again = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'my_auditor', displayName: '第二审计员', role: 'audit_admin', regionCode: '000000' }))
      .expect(202);
    const confirmed = await t.as(security).post(`/api/user-changes/${again.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(200);
    expect(confirmed.body).toMatchObject({ state: 'confirmed', targetUsername: 'my_auditor' });
    expect(await userNamed('my_auditor')).toMatchObject({ role: 'audit_admin', authorized: true, mustChangePassword: true });
    const history = await t.as(security).get(`/api/user-changes/${again.body.pendingChange.id}/history`).expect(200);
    expect(history.body.map((h: { action: string; actorUsername: string }) => [h.action, h.actorUsername])).toEqual([['confirm', 'security']]);
  });

  it("the system admin cannot reset the auditor's or the security admin's password and log in as them", async () => {
    // an auditor of this test's own, so that the demo auditor keeps its password for the other tests
    await administrator('takeover_auditor', 'audit_admin');
    const auditor = await userNamed('takeover_auditor');
    const res = await t.as(admin).post(`/api/users/${auditor.id}/reset-password`).send({ newPassword: 'Takeover#2026x' }).expect(202);
    expect(await loginStatus('takeover_auditor', 'Takeover#2026x')).toBe(401);
    await t.login('takeover_auditor', 'Liuzhou#Own2026'); // the old password still works
    const sec = await userNamed('security');
    const res2 = await t.as(admin).post(`/api/users/${sec.id}/reset-password`).send({ newPassword: 'Takeover#2026x' }).expect(202);
    // the account changed may not decide on its own change; the proposer may not confirm
    await t.as(security).post(`/api/user-changes/${res2.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(403);
    await t.as(security).post(`/api/user-changes/${res2.body.pendingChange.id}/actions/reject`).send({ comment: 'no', version: 1 }).expect(403);
    await t.as(admin).post(`/api/user-changes/${res2.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(403);
    expect(await loginStatus('security', 'Takeover#2026x')).toBe(401);
    // confirmed by a second administrator (the security admin, for the auditor), it takes effect — to be changed at once
    await t.as(security).post(`/api/user-changes/${res.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(200);
    const s = await t.login('takeover_auditor', 'Takeover#2026x');
    await t.as(s).get('/api/audit-logs').expect(403);
  });

  it('the system admin cannot demote the auditor, and nobody disables or demotes the last enabled account of a role (409)', async () => {
    // a second audit admin exists, so the demotion is not the last one's: it is proposed, not applied
    await administrator('second_auditor', 'audit_admin');
    const auditor = await userNamed('auditor');
    const proposed = await t
      .as(admin)
      .patch(`/api/users/${auditor.id}`)
      .send({ role: 'county_officer', regionCode: '450202', version: auditor.version })
      .expect(202);
    expect((await userNamed('auditor')).role).toBe('audit_admin');
    await t.as(admin).post(`/api/user-changes/${proposed.body.pendingChange.id}/actions/reject`).send({ comment: '撤回 (withdrawn)', version: 1 }).expect(200);
    // the security admin may not disable the only system admin
    const sysadmin = await userNamed('admin');
    const last = await t.as(security).post(`/api/users/${sysadmin.id}/disable`).send({}).expect(409);
    expect(last.body.details).toMatchObject({ reason: 'last_enabled_of_role', role: 'system_admin' });
    expect((await userNamed('admin')).enabled).toBe(true);
    // the last enabled bureau head cannot be disabled either: 桂林's may go, then 柳州's is the last
    await t
      .as(admin)
      .post(`/api/users/${(await userNamed('gl_head')).id}/disable`)
      .send({})
      .expect(200);
    const head = await userNamed('lz_head');
    const lastHead = await t.as(admin).post(`/api/users/${head.id}/disable`).send({}).expect(409);
    expect(lastHead.body.details).toMatchObject({ reason: 'last_enabled_of_role', role: 'bureau_head' });
  });

  it('no self-change of role or region (the field is named); a role change needs authorising again', async () => {
    const me = (await t.as(admin).get('/api/auth/me').expect(200)).body;
    const mine = await userNamed('admin');
    await t.as(admin).post(`/api/users/${me.id}/disable`).send({}).expect(400);
    const role = await t.as(admin).patch(`/api/users/${me.id}`).send({ role: 'security_admin', version: mine.version }).expect(400);
    expect(role.body.details[0].field).toBe('role');
    const region = await t.as(admin).patch(`/api/users/${me.id}`).send({ regionCode: '450202', version: mine.version }).expect(400);
    expect(region.body.details[0].field).toBe('regionCode');
    expect((await userNamed('admin')).regionCode).toBe('000000');

    const s = await t.createAccount({ username: 'lz_liujiang', displayName: '柳江区医保局', role: 'county_officer', regionCode: '450206' });
    const liujiang = await userNamed('lz_liujiang');
    // to a city officer, not an inspector: lz_inspector stays the only enabled inspector for the "last enabled" test
    const moved = await t
      .as(admin)
      .patch(`/api/users/${liujiang.id}`)
      .send({ role: 'city_officer', regionCode: '450200', version: liujiang.version })
      .expect(200);
    expect(moved.body.authorized).toBe(false);
    await t.as(s).get('/api/auth/me').expect(401);
    expect(await loginStatus('lz_liujiang', 'Own#Account2026x')).toBe(401);
  });

  it('an admin below the root manages only their subtree; others are 404', async () => {
    const proposed = await t
      .as(admin)
      .post('/api/users')
      .send(newUser({ username: 'lz_sysadmin', displayName: '柳州市系统管理员', role: 'system_admin', regionCode: '450200' }))
      .expect(202);
    await t.as(security).post(`/api/user-changes/${proposed.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(200);
    const cityAdmin = await activate('lz_sysadmin');
    const list = await t.as(cityAdmin).get('/api/users?_end=100').expect(200);
    expect(list.body.every((u: { regionCode: string }) => u.regionCode.startsWith('4502'))).toBe(true);
    expect(list.body.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['lz_city', 'lz_chengzhong']));
    const glCity = await userNamed('gl_city');
    await t.as(cityAdmin).get(`/api/users/${glCity.id}`).expect(404);
    await t.as(cityAdmin).patch(`/api/users/${glCity.id}`).send({ displayName: 'x', version: glCity.version }).expect(404);
    await t
      .as(cityAdmin)
      .post('/api/users')
      .send(newUser({ username: 'gl_new', regionCode: '450302' }))
      .expect(400);
    // switched off again (proposed, confirmed by the security admin), so that the root's system admin stays the only
    // enabled one for the other tests
    const off = await t
      .as(admin)
      .post(`/api/users/${(await userNamed('lz_sysadmin')).id}/disable`)
      .send({})
      .expect(202);
    await t.as(security).post(`/api/user-changes/${off.body.pendingChange.id}/actions/confirm`).send({ version: 1 }).expect(200);
  });

  it('edits with optimistic locking: a stale version is 409 and nothing is written', async () => {
    const lzCity = await userNamed('lz_city');
    const ok = await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: '柳州市医疗保障局', version: lzCity.version }).expect(200);
    expect(ok.body.version).toBe(lzCity.version + 1);
    expect(ok.body.authorized).toBe(true); // a new name is no new role
    const stale = await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: '不应写入', version: lzCity.version }).expect(409);
    expect(stale.body.message).toMatch(/已被他人修改/);
    expect((await t.as(admin).get(`/api/users/${lzCity.id}`).expect(200)).body.displayName).toBe('柳州市医疗保障局');
    await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: 'x' }).expect(400);
  });

  it("reset-password sets a new password under the policy, to be changed at the next login, and ends the user's sessions", async () => {
    // an account of this test's own, so that the demo county officer keeps its password for the other tests
    const victim = await t.createAccount({ username: 'lz_liubei', displayName: '柳北区医保局', role: 'county_officer', regionCode: '450205' });
    await t.as(admin).post(`/api/users/${victim.userId}/reset-password`).send({ newPassword: 'short' }).expect(400);
    const reused = await t.as(admin).post(`/api/users/${victim.userId}/reset-password`).send({ newPassword: 'Own#Account2026x' }).expect(400);
    expect(reused.body.message.join(' ')).toMatch(/最近 5 次/);
    const res = await t.as(admin).post(`/api/users/${victim.userId}/reset-password`).send({ newPassword: 'Reset#2026xx' }).expect(200);
    expect(res.body).toMatchObject({ mustChangePassword: true, authorized: false });
    await t.as(victim).get('/api/auth/me').expect(401);
    // the system admin knows the new password, but cannot act as the county user until the security admin authorises again
    expect(await loginStatus('lz_liubei', 'Reset#2026xx')).toBe(401);
    await t.as(security).post(`/api/users/${victim.userId}/authorize`).send({ version: res.body.version }).expect(200);
    const s = await t.login('lz_liubei', 'Reset#2026xx');
    await t.as(s).get('/api/beneficiaries').expect(403);
  });
});
