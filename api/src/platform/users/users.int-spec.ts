import { startTestApp, Session, TestApp } from '../../../test/harness';

describe('users', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const newUser = (over: Record<string, unknown> = {}) => ({
    username: 'lz_liunan',
    displayName: '柳南区医保局',
    password: 'Strong#2026x',
    role: 'county_officer',
    regionCode: '450204',
    ...over,
  });

  it('creates a user who can then log in; the record never carries the password hash', async () => {
    const res = await t.as(admin).post('/api/users').send(newUser()).expect(201);
    expect(res.body).toMatchObject({ username: 'lz_liunan', role: 'county_officer', regionCode: '450204', enabled: true, locked: false, version: 1 });
    expect(res.body.passwordHash).toBeUndefined();
    const s = await t.login('lz_liunan', 'Strong#2026x');
    const me = await t.as(s).get('/api/auth/me').expect(200);
    expect(me.body.regionName).toBe('柳南区');
    const dup = await t.as(admin).post('/api/users').send(newUser()).expect(409);
    expect(dup.body.message.join(' ')).toMatch(/username/);
  });

  it('enforces the password policy (length and three character classes) with a message per problem', async () => {
    const short = await t.as(admin).post('/api/users').send(newUser({ username: 'p1', password: 'Ab#1' })).expect(400);
    expect(short.body.details.map((d: { field: string }) => d.field)).toContain('username');
    const weak = await t.as(admin).post('/api/users').send(newUser({ username: 'weak_user', password: 'alllowercase' })).expect(400);
    expect(weak.body.details).toEqual([{ field: 'password', messages: [expect.stringMatching(/至少 3 类/)] }]);
    const named = await t.as(admin).post('/api/users').send(newUser({ username: 'named_user', password: 'named_user#2026' })).expect(400);
    expect(named.body.message.join(' ')).toMatch(/用户名/);
  });

  it('keeps roles at their level: a county officer must sit at a county', async () => {
    const res = await t.as(admin).post('/api/users').send(newUser({ username: 'wrong_level', regionCode: '450200' })).expect(400);
    expect(res.body.details[0].field).toBe('regionCode');
    expect(res.body.message[0]).toMatch(/县级/);
    await t.as(admin).post('/api/users').send(newUser({ username: 'no_region', regionCode: '459999' })).expect(400);
  });

  it('an admin below the root manages only their subtree; others are 404', async () => {
    await t.as(admin).post('/api/users').send(newUser({ username: 'lz_sysadmin', displayName: '柳州市系统管理员', role: 'system_admin', regionCode: '450200' })).expect(201);
    const cityAdmin = await t.login('lz_sysadmin', 'Strong#2026x');
    const list = await t.as(cityAdmin).get('/api/users?_end=100').expect(200);
    expect(list.body.every((u: { regionCode: string }) => u.regionCode.startsWith('4502'))).toBe(true);
    expect(list.body.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['lz_city', 'lz_chengzhong']));
    const glCity = (await t.as(admin).get('/api/users?username=gl_city').expect(200)).body[0];
    await t.as(cityAdmin).get(`/api/users/${glCity.id}`).expect(404);
    await t.as(cityAdmin).patch(`/api/users/${glCity.id}`).send({ displayName: 'x', version: glCity.version }).expect(404);
    await t.as(cityAdmin).post('/api/users').send(newUser({ username: 'gl_new', regionCode: '450302' })).expect(400);
  });

  it('edits with optimistic locking: a stale version is 409 and nothing is written', async () => {
    const lzCity = (await t.as(admin).get('/api/users?username=lz_city').expect(200)).body[0];
    const ok = await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: '柳州市医疗保障局', version: lzCity.version }).expect(200);
    expect(ok.body.version).toBe(lzCity.version + 1);
    const stale = await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: '不应写入', version: lzCity.version }).expect(409);
    expect(stale.body.message).toMatch(/已被他人修改/);
    expect((await t.as(admin).get(`/api/users/${lzCity.id}`).expect(200)).body.displayName).toBe('柳州市医疗保障局');
    await t.as(admin).patch(`/api/users/${lzCity.id}`).send({ displayName: 'x' }).expect(400);
  });

  it('the admin cannot disable themselves or change their own role', async () => {
    const me = (await t.as(admin).get('/api/auth/me').expect(200)).body;
    await t.as(admin).post(`/api/users/${me.id}/disable`).send({}).expect(400);
    await t.as(admin).patch(`/api/users/${me.id}`).send({ role: 'security_admin', version: 1 }).expect(400);
  });

  it('reset-password sets a new password under the policy and ends the user\'s sessions', async () => {
    const victim = await t.login('lz_chengzhong');
    await t.as(admin).post(`/api/users/${victim.userId}/reset-password`).send({ newPassword: 'short' }).expect(400);
    await t.as(admin).post(`/api/users/${victim.userId}/reset-password`).send({ newPassword: 'Reset#2026xx' }).expect(200);
    await t.as(victim).get('/api/auth/me').expect(401);
    await t.login('lz_chengzhong', 'Reset#2026xx');
  });
});
