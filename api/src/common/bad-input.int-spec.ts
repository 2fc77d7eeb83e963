import { startTestApp, Session, TestApp } from '../../test/harness';
import { concreteUrl, ROUTES } from '../../test/routes';
import { AuditLog } from '../platform/audit-log/audit-log.entity';

/**
 * Each kind of bad input against each write route: a 4xx naming the problem, never a 500, and nothing
 * written (the audit chain, which every write extends, does not grow).
 */
describe('bad input on every write route', () => {
  let t: TestApp;
  const sessions = new Map<string, Session>();
  let ids: { userId: number; regionCode: string; auditId: number };

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT: '64kb' });
    for (const name of new Set(['admin', ...ROUTES.map((r) => r.actor ?? 'admin')])) sessions.set(name, await t.login(name));
    // user routes act on a throwaway account, so an accepted reset-password cannot lock out an actor
    const target = await t.as(sessions.get('admin')!).post('/api/users').send({ username: 'target_user', displayName: '测试对象', password: 'Strong#2026x', role: 'inspector', regionCode: '450200' }).expect(201);
    ids = { userId: target.body.id, regionCode: '450202', auditId: 1 };
  });
  afterAll(() => t.close());

  const writes = ROUTES.filter((r) => r.body && r.path !== '/api/auth/login');
  const send = (route: (typeof ROUTES)[number]) => {
    const s = sessions.get(route.actor ?? 'admin')!;
    return t.as(s)[route.method](concreteUrl(route.path, ids));
  };
  const auditCount = () => t.ds.getRepository(AuditLog).count();

  it.each(writes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s', async (_name, route) => {
    const before = await auditCount();

    const malformed = await send(route).set('Content-Type', 'application/json').send('{"name": "未闭合');
    expect([malformed.status, malformed.body.message]).toEqual([400, expect.stringMatching(/JSON/)]);

    const array = await send(route).send([route.body]);
    expect(array.status).toBe(400);

    const unknown = await send(route).send({ ...route.body, isAdmin: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'isAdmin' })]));

    for (const [field, valid] of Object.entries(route.body!)) {
      // an operator object where a scalar or list belongs; a string where an object belongs
      const wrong = typeof valid === 'object' && valid !== null && !Array.isArray(valid) ? 'not-an-object' : { $gt: '' };
      const wrongType = await send(route).send({ ...route.body, [field]: wrong });
      expect(`${field}: ${wrongType.status}`).toBe(`${field}: 400`);
      expect(wrongType.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }

    const huge = await send(route).send({ ...route.body, [Object.keys(route.body!)[0]]: 'x'.repeat(100_000) });
    expect(huge.status).toBe(413);

    expect(await auditCount()).toBe(before);

    // quotes and SQL are data: never a 500, and where accepted, stored verbatim
    for (const field of Object.keys(route.body!).filter((f) => typeof route.body![f] === 'string')) {
      const res = await send(route).send({ ...route.body, [field]: `O'Brien"; DROP TABLE users; -- \\` });
      expect(`${field}: ${res.status < 500}`).toBe(`${field}: true`);
    }
    await t.as(sessions.get('admin')!).get('/api/users').expect(200);
  });

  it('login with a body of the wrong shape is a 400, not a login', async () => {
    await t.http.post('/api/auth/login').send([]).expect(400);
    await t.http.post('/api/auth/login').send({ username: { $ne: '' }, password: 'x' }).expect(400);
    await t.http.post('/api/auth/login').send({}).expect(400);
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{bad').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('a display name full of quotes and SQL is stored verbatim', async () => {
    const name = `O'Brien"); DROP TABLE users; --`;
    const res = await t.as(sessions.get('admin')!).post('/api/users').send({ username: 'quoted', displayName: name, password: 'Strong#2026x', role: 'inspector', regionCode: '450200' }).expect(201);
    expect((await t.as(sessions.get('admin')!).get(`/api/users/${res.body.id}`).expect(200)).body.displayName).toBe(name);
  });

  it('path parameters of the wrong type are 400, unknown ones 404', async () => {
    const admin = sessions.get('admin')!;
    await t.as(admin).get('/api/users/abc').expect(400);
    await t.as(admin).get("/api/regions/1' OR '1'='1").expect(404);
    await t.as(admin).get('/api/no-such-thing').expect(404);
  });
});
