import { Session as SessionRow } from './session.entity';
import { startTestApp, TestApp } from '../../../test/harness';
import { DEMO_PASSWORD } from '../../database/seed/seed';
import { User } from '../users/user.entity';

describe('auth (ARCHITECTURE §3)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_IDLE_MINUTES: '5' });
  });
  afterAll(() => t.close());

  it('logs in with a bearer token and an httpOnly SameSite=Strict cookie; me returns permissions and the CSRF token', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'lz_chengzhong', password: DEMO_PASSWORD }).expect(200);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.body.user).toMatchObject({ username: 'lz_chengzhong', role: 'county_officer', regionCode: '450202', regionName: '城中区' });
    const cookie = ([] as string[]).concat(res.headers['set-cookie'])[0];
    expect(cookie).toMatch(/^yibao_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    expect(me.body).toMatchObject({ id: res.body.user.id, username: 'lz_chengzhong', displayName: '城中区医保局', role: 'county_officer', regionCode: '450202' });
    expect(me.body.permissions.regions).toEqual(['list', 'show']);
    expect(me.body.permissions.users).toBeUndefined();
    expect(me.body.csrfToken).toBe(res.body.user.csrfToken);
    expect(me.body.passwordPolicy).toEqual({ minLength: 8, minClasses: 3 });
    // the cookie alone authenticates reads too
    await t.http.get('/api/auth/me').set('Cookie', cookie.split(';')[0]).expect(200);
  });

  it('answers 401 without credentials and with a wrong password, in the error shape', async () => {
    const none = await t.http.get('/api/auth/me').expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const wrong = await t.http.post('/api/auth/login').send({ username: 'lz_city', password: 'Wrong#2026' }).expect(401);
    expect(wrong.body.message).toMatch(/用户名或密码错误/);
    await t.http.post('/api/auth/login').send({ username: 'nobody', password: 'Wrong#2026' }).expect(401);
    await t.http.get('/api/auth/me').set('Authorization', 'Bearer not-a-real-token-at-all-xxxxxxxx').expect(401);
  });

  it('locks an account after 5 failed logins, refuses even the right password, and the security admin unlocks it', async () => {
    for (let i = 0; i < 4; i++) {
      await t.http.post('/api/auth/login').send({ username: 'gl_city', password: 'Wrong#2026' }).expect(401);
    }
    const fifth = await t.http.post('/api/auth/login').send({ username: 'gl_city', password: 'Wrong#2026' }).expect(423);
    expect(fifth.body.message).toMatch(/已锁定/);
    expect(fifth.body.details.lockedUntil).toBeDefined();
    const locked = await t.http.post('/api/auth/login').send({ username: 'gl_city', password: DEMO_PASSWORD }).expect(423);
    const minutesLeft = (Date.parse(locked.body.details.lockedUntil) - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(29);
    expect(minutesLeft).toBeLessThanOrEqual(30);

    const glCity = await t.ds.getRepository(User).findOneByOrFail({ username: 'gl_city' });
    const admin = await t.login('admin');
    // the system admin may not unlock (三权分立: lockouts belong to the security admin)
    await t.as(admin).post(`/api/users/${glCity.id}/unlock`).send({}).expect(403);
    const security = await t.login('security');
    const unlocked = await t.as(security).post(`/api/users/${glCity.id}/unlock`).send({}).expect(200);
    expect(unlocked.body).toMatchObject({ locked: false, failedLoginCount: 0 });
    await t.login('gl_city');
  });

  it('logout revokes the session server-side: the same token stops working at once', async () => {
    const s = await t.login('lz_inspector');
    await t.as(s).get('/api/auth/me').expect(200);
    await t.as(s).post('/api/auth/logout').expect(200);
    const after = await t.as(s).get('/api/auth/me').expect(401);
    expect(after.body.message).toMatch(/注销/);
  });

  it('disabling a user ends their sessions at once and blocks new logins', async () => {
    const victim = await t.login('lz_inspector');
    const admin = await t.login('admin');
    const user = await t.as(victim).get('/api/auth/me').expect(200);
    const row = await t.ds.getRepository(User).findOneByOrFail({ id: user.body.id });
    await t.as(admin).post(`/api/users/${row.id}/disable`).send({ version: row.version }).expect(200);
    await t.as(victim).get('/api/auth/me').expect(401);
    const refused = await t.http.post('/api/auth/login').send({ username: 'lz_inspector', password: DEMO_PASSWORD }).expect(401);
    expect(refused.body.message).toMatch(/停用/);
    await t.as(admin).post(`/api/users/${row.id}/enable`).send({}).expect(200);
    await t.login('lz_inspector');
  });

  it('requires X-CSRF-Token for cookie-authenticated writes, not for bearer tokens', async () => {
    const s = await t.login('admin');
    const body = { code: '450299', name: '测试区' };
    const noHeader = await t.http.post('/api/regions').set('Cookie', s.cookie).send(body).expect(403);
    expect(noHeader.body.message).toMatch(/CSRF/);
    await t.http.post('/api/regions').set('Cookie', s.cookie).set('X-CSRF-Token', 'forged').send(body).expect(403);
    expect(await t.ds.getRepository('Region').countBy({ code: '450299' })).toBe(0);
    await t.http.post('/api/regions').set('Cookie', s.cookie).set('X-CSRF-Token', s.csrfToken).send(body).expect(201);
    await t.as(s).delete('/api/regions/450299').expect(200);
  });

  it('ends sessions after the idle timeout and after the absolute timeout', async () => {
    const idle = await t.login('lz_city');
    await t.ds.getRepository(SessionRow).update({ userId: idle.userId }, { lastSeenAt: new Date(Date.now() - 6 * 60_000) });
    const idleRes = await t.as(idle).get('/api/auth/me').expect(401);
    expect(idleRes.body.message).toMatch(/超时/);

    const old = await t.login('lz_city');
    await t.ds.getRepository(SessionRow).update({ userId: old.userId }, { expiresAt: new Date(Date.now() - 1000) });
    const oldRes = await t.as(old).get('/api/auth/me').expect(401);
    expect(oldRes.body.message).toMatch(/到期/);
  });

  it('lets the security admin see open sessions in scope and end one at once', async () => {
    const victim = await t.login('lz_chengzhong');
    const security = await t.login('security');
    const list = await t.as(security).get('/api/sessions?username=lz_chengzhong').expect(200);
    expect(Number(list.headers['x-total-count'])).toBeGreaterThanOrEqual(1);
    expect(list.body[0]).toMatchObject({ username: 'lz_chengzhong', regionCode: '450202', current: false });
    expect(JSON.stringify(list.body)).not.toContain(victim.token);
    const mine = (await t.as(security).get('/api/sessions?username=security').expect(200)).body;
    expect(mine.some((s: { current: boolean }) => s.current)).toBe(true);
    for (const s of list.body) await t.as(security).delete(`/api/sessions/${s.id}`).expect(200);
    await t.as(victim).get('/api/auth/me').expect(401);
    await t.as(security).delete(`/api/sessions/${list.body[0].id}`).expect(404);
    await t.as(security).get('/api/sessions?colour=red').expect(400);
    const admin = await t.login('admin');
    await t.as(admin).get('/api/sessions').expect(403);
  });

  it('changes the own password only under the policy, and ends the other sessions', async () => {
    const a = await t.login('gx_province');
    const b = await t.login('gx_province');
    const weak = await t.as(a).post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'abcdefgh' }).expect(400);
    expect(weak.body.details[0].field).toBe('newPassword');
    expect(weak.body.message.join(' ')).toMatch(/至少 3 类/);
    await t.as(a).post('/api/auth/password').send({ currentPassword: 'Nope#2026x', newPassword: 'Better#2027pw' }).expect(400);
    await t.as(a).post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: 'Better#2027pw' }).expect(200);
    await t.as(a).get('/api/auth/me').expect(200);
    await t.as(b).get('/api/auth/me').expect(401);
    await t.login('gx_province', 'Better#2027pw');
  });
});
