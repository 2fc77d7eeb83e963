import { processesOnOneDatabase } from '../../../test/harness';
import { DEMO_PASSWORD } from '../seed/seed';
import { User } from '../users/user.entity';

/**
 * The login lockout as the security admin sees and clears it agrees across API processes: two app instances on one
 * database (each its own throttle, pool and services, as two processes have).
 */
describe('login lockout across processes', () => {
  const apps = processesOnOneDatabase(2);

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
});
