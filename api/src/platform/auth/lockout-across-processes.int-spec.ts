import { MoreThan } from 'typeorm';
import { processesOnOneDatabase } from '../../../test/harness';
import { AuditLog } from '../audit-log/audit-log.entity';
import { DEMO_PASSWORD } from '../seed/seed';
import { User } from '../users/user.entity';

/**
 * The login lockout as the security admin sees and clears it agrees across API processes: two app instances on one
 * database (each its own throttle, pool and services, as two processes have).
 */
describe('login lockout across processes', () => {
  // a source over all names is blocked after 6 failures (the pair test below stays under it); sources by X-Forwarded-For
  const apps = processesOnOneDatabase(2, { LOGIN_IP_MAX_FAILURES: '6', TRUST_PROXY: '1' });

  it('a pair locked through process B shows locked in process A’s user list; A’s unlock lets the user in through B', async () => {
    const [a, b] = apps;
    for (let i = 0; i < 5; i++) await b.http.post('/api/auth/login').send({ username: 'gl_city', password: 'Wrong#2026' }).expect(401);
    await b.http.post('/api/auth/login').send({ username: 'gl_city', password: DEMO_PASSWORD }).expect(429);
    await a.http.post('/api/auth/login').send({ username: 'gl_city', password: DEMO_PASSWORD }).expect(429);

    const glCity = await a.ds.getRepository(User).findOneByOrFail({ username: 'gl_city' });
    const security = await a.login('security');
    expect((await a.as(security).get(`/api/users/${glCity.id}`).expect(200)).body).toMatchObject({ locked: true, failedLoginCount: 5 });
    const listed = (await a.as(security).get('/api/users?username=gl_city').expect(200)).body as Array<{ username: string; locked: boolean }>;
    expect(listed.find((u) => u.username === 'gl_city')).toMatchObject({ locked: true });

    const unlocked = await a.as(security).post(`/api/users/${glCity.id}/unlock`).send({}).expect(200);
    expect(unlocked.body).toMatchObject({ locked: false, failedLoginCount: 0 });
    // B counted the failures itself too (its back-off runs out 1 s after the fifth); its lockout is the database's
    await new Promise((r) => setTimeout(r, 1100));
    await b.http.post('/api/auth/login').send({ username: 'gl_city', password: DEMO_PASSWORD }).expect(200);
  });

  it('a password spray from one source over many names is counted by both processes together: blocked on both after LOGIN_IP_MAX_FAILURES', async () => {
    const [a, b] = apps;
    const from = (app: typeof a, source: string, username: string, password = 'Wrong#2026') =>
      app.http.post('/api/auth/login').set('X-Forwarded-For', source).send({ username, password });
    const before = (await a.ds.getRepository(AuditLog).find({ order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
    // three names on each process: six failures of the source in all, at most three in either process
    for (let i = 0; i < 3; i++) {
      expect((await from(a, '203.0.113.50', `spray_a${i}`)).status).toBe(401);
      expect((await from(b, '203.0.113.50', `spray_b${i}`)).status).toBe(401);
    }
    // refused before any password is checked, whichever process and name: the right password of another account too
    for (const app of [a, b]) {
      const refused = await from(app, '203.0.113.50', 'lz_city', DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
    }
    // another source is not blocked
    await from(a, '198.51.100.50', 'lz_city', DEMO_PASSWORD).expect(200);
    // the block is audited once, as the source's
    const throttled = await a.ds.getRepository(AuditLog).find({ where: { id: MoreThan(before), action: 'login_throttled' } });
    expect(throttled.map((r) => [r.ip, JSON.parse(r.after ?? '{}').reason])).toEqual([['203.0.113.50', 'source']]);
  });
});
