import { Logger } from '@nestjs/common';
import { can, EXAMPLE_PARAMETERS_LIUZHOU_2026 } from '@yibao/shared';
import { testAppWith, q, Session } from '../../test/harness';
import { concreteUrl, ROUTES } from '../../test/routes';
import { DEMO_ACCOUNTS } from '../platform/seed/seed';
import { AuditLog } from '../platform/audit-log/audit-log.entity';

/** Names every plain object inherits: a lookup that is not own-property-only finds them. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

/**
 * Each kind of bad input against each write route: a 4xx naming the problem, never a 500, and nothing
 * written (the audit chain, which every write extends, does not grow).
 */
describe('bad input on every write route', () => {
  const { t } = testAppWith([], { BODY_LIMIT: '64kb' });
  const sessions = new Map<string, Session>();
  let ids: { userId: number; regionCode: string; auditId: number };

  beforeAll(async () => {
    for (const name of new Set(['admin', ...ROUTES.map((r) => r.actor ?? 'admin'), ...DEMO_ACCOUNTS.map((a) => a.username)]))
      sessions.set(name, await t.login(name));
    // user routes act on a throwaway account, so an accepted reset-password cannot lock out an actor
    const target = await t
      .as(sessions.get('admin')!)
      .post('/api/users')
      .send({ username: 'target_user', displayName: '测试对象', password: 'Strong#2026x', role: 'inspector', regionCode: '450200' })
      .expect(201);
    ids = { userId: target.body.id, regionCode: '450202', auditId: 1 };
  });

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

  /** Someone allowed to call the route, so the request gets past the permission check to the query. */
  const allowedActor = (route: (typeof ROUTES)[number]) => {
    if (route.actor) return route.actor;
    if (!Array.isArray(route.access)) return 'admin';
    const [resource, action] = route.access;
    return DEMO_ACCOUNTS.find((a) => can(a.role, resource, action))?.username ?? 'admin';
  };

  const reads = ROUTES.filter((r) => r.method === 'get');
  it.each(reads.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: filter and sort names from Object.prototype are a 4xx, never a 500',
    async (_name, route) => {
      const s = sessions.get(allowedActor(route))!;
      for (const name of PROTOTYPE_NAMES.map(encodeURIComponent)) {
        for (const query of [`${name}=1`, `${name}_like=1`, `_sort=${name}`, `_sort=id,${name}&_order=asc,desc`]) {
          const res = await t.as(s).get(`${concreteUrl(route.path, ids)}?${query}`);
          expect(`${query}: ${res.status < 500}`).toBe(`${query}: true`);
        }
      }
    },
  );

  it('scalar query parameters go through the one ValidationPipe: a bad, repeated or unknown one is a 400 naming it', async () => {
    const city = sessions.get('lz_city')!;
    for (const [url, field, message] of [
      ['/api/assistance-stats?year=26', 'year', 'year: 须为四位年份 (a four-digit year)'],
      ['/api/assistance-stats?year=2026&from=2026-3-1', 'from', 'from: 须为 YYYY-MM-DD'],
      ['/api/enrollment-bulletin?month=2026-13', 'month', 'month: 须为 YYYY-MM 格式的月份 (a month such as 2026-05)'],
      ['/api/enrollment-bulletin?month=2026-05&format=pdf', 'format', 'format: 须为 json 或 xlsx'],
      ['/api/enrollment-rates?year=2026&regionCode=450200&regionCode=450202', 'regionCode', 'regionCode: 须为一个区划代码 (one region code)'],
      ['/api/enrollment-rates?year=2026&bogus=1', 'bogus', 'bogus: unknown field, remove it (未知字段)'],
    ]) {
      const res = await t.as(city).get(url);
      expect([url, res.status, res.body.details]).toEqual([url, 400, [{ field, messages: [message] }]]);
    }
    await t.as(city).get('/api/assistance-stats?year=2026&from=2026-03-01').expect(200);
  });

  it.each(writes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: body keys named like Object.prototype members are a 400 naming them',
    async (_name, route) => {
      const before = await auditCount();
      for (const name of PROTOTYPE_NAMES) {
        // raw JSON: an object literal cannot carry an own "__proto__" key through JSON.stringify reliably
        const json = JSON.stringify(route.body).replace(/^\{/, `{${JSON.stringify(name)}: {"isAdmin": true},`);
        const res = await send(route).set('Content-Type', 'application/json').send(json);
        expect(`${name}: ${res.status}`).toBe(`${name}: 400`);
        expect(res.body.details.map((d: { field: string }) => d.field)).toContain(name);
      }
      expect(await auditCount()).toBe(before);
    },
  );

  it.each(writes.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: NUL and lone surrogates in any text are a 400 naming the field',
    async (_name, route) => {
      const before = await auditCount();
      const textFields = Object.keys(route.body!).filter((f) => typeof route.body![f] === 'string');
      for (const field of textFields) {
        for (const bad of ['张\u0000三', 'a\ud800b', '\udc00']) {
          const res = await send(route).send({ ...route.body, [field]: bad });
          expect(`${field} ${JSON.stringify(bad)}: ${res.status}`).toBe(`${field} ${JSON.stringify(bad)}: 400`);
          expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
        }
      }
      // nested: the first text inside an object or list, named by its path
      const nested = JSON.stringify(route.body).replace(/("(?:[^"\\]|\\.)*"):\s*([[{])\s*("(?:[^"\\]|\\.)*")/, '$1:$2"\\u0000"');
      if (nested !== JSON.stringify(route.body)) {
        const res = await send(route).set('Content-Type', 'application/json').send(nested);
        expect(res.status).toBe(400);
      }
      expect(await auditCount()).toBe(before);
    },
  );

  it('NUL, lone surrogates and invalid UTF-8 in a query string are a 400 naming the parameter', async () => {
    const admin = sessions.get('admin')!;
    for (const [query, field] of [
      ['username=a%00b', 'username'],
      ['q=%ED%A0%80', 'q'],
      ['q=%FF%FE', 'q'],
      ['q=%C0%80', 'q'],
    ]) {
      const res = await t.as(admin).get(`/api/users?${query}`);
      expect(`${query}: ${res.status}`).toBe(`${query}: 400`);
      expect(res.body.details[0].field).toBe(field);
    }
    // raw bytes that are not UTF-8 in a JSON body are refused, not turned into U+FFFD
    const raw = Buffer.concat([Buffer.from('{"code":"450295","name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const res = await t
      .as(admin)
      .post('/api/regions')
      .set('Content-Type', 'application/json')
      .serialize((b: unknown) => b as string)
      .send(raw as unknown as string);
    expect([res.status, String(res.body.message)]).toEqual([400, expect.stringContaining('UTF-8')]);
  });

  it('a parameter document with an unknown key at any depth is a 400 naming its path, and nothing is stored', async () => {
    const city = sessions.get('lz_city')!;
    const before = await auditCount();
    const parameters = { ...EXAMPLE_PARAMETERS_LIUZHOU_2026, regionCode: '450200', year: 2031, effectiveFrom: '2031-01-01', effectiveTo: '2031-12-31' };
    const deep = {
      ...parameters,
      criticalIllness: {
        ...parameters.criticalIllness,
        tilt: { ...parameters.criticalIllness.tilt, removeCap: { ...parameters.criticalIllness.tilt.removeCap, injected: '<script>' } },
      },
    };
    const res = await t.as(city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2031, parameters: deep });
    expect([res.status, res.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['parameters.criticalIllness.tilt.removeCap.injected']]);
    const top = await t
      .as(city)
      .post('/api/policy-parameters')
      .send({ regionCode: '450200', year: 2031, parameters: { ...parameters, injected: 1 } });
    expect([res.status, top.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['parameters.injected']]);
    const standards = {
      poolingRegionCode: '450200',
      year: 2031,
      personalContribution: { fen: 42_000, source: '通知' },
      dibaoFixed: { fen: 22_000, source: '通知', injected: true },
      stablePhaseOut: { fen: [22_000], source: '通知' },
      temporary: null,
    };
    const std = await t.as(city).post('/api/subsidy-standards').send({ regionCode: '450200', year: 2031, standards });
    expect([std.status, std.body.details.map((d: { field: string }) => d.field)]).toEqual([400, ['standards.dibaoFixed.injected']]);
    await t.as(city).post('/api/policy-parameters').send({ regionCode: '450200', year: 2031, parameters }).expect(201);
    expect(await auditCount()).toBe(before + 1);
  });

  it('a JSON body nested deeper than the limit is a 400 naming the limit, before any handler', async () => {
    const admin = sessions.get('admin')!;
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const res = await t.as(admin).post('/api/regions').set('Content-Type', 'application/json').send(`{"code":"450296","name":"深","extra":${deep}}`);
    expect(res.status).toBe(400);
    expect(String(res.body.message)).toMatch(/nested deeper than 32 levels/);
    let arrays = '1';
    for (let i = 0; i < 30_000; i++) arrays = `[${arrays}]`;
    const res2 = await t.as(admin).post('/api/regions').set('Content-Type', 'application/json').send(`{"code":"450296","name":"深","extra":${arrays}}`);
    expect(res2.status).toBe(400);
    // within the limit it reaches validation as usual (unknown field, not a depth error)
    let shallow: unknown = 'x';
    for (let i = 0; i < 10; i++) shallow = { a: shallow };
    const ok = await t.as(admin).post('/api/regions').send({ code: '450296', name: '浅', extra: shallow });
    expect([ok.status, ok.body.details?.[0]?.field]).toEqual([400, 'extra']);
  });

  it('the log line of a 500 carries the path, never the query string with an ID number in it', async () => {
    const auditor = sessions.get('auditor')!;
    const logged: string[] = [];
    const spy = jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
    const table = q(t.ds, 'audit_logs');
    await t.ds.query(`ALTER TABLE ${table} RENAME TO ${q(t.ds, 'audit_logs_moved')}`);
    try {
      await t.as(auditor).get('/api/audit-logs?q=11010519491231002X&username=11010519491231002X').expect(500);
    } finally {
      await t.ds.query(`ALTER TABLE ${q(t.ds, 'audit_logs_moved')} RENAME TO ${table}`);
      spy.mockRestore();
    }
    expect(logged.join('\n')).toContain('GET /api/audit-logs');
    expect(logged.join('\n')).not.toContain('11010519491231002X');
  });

  it('login with a body of the wrong shape is a 400, not a login', async () => {
    await t.http.post('/api/auth/login').send([]).expect(400);
    await t.http
      .post('/api/auth/login')
      .send({ username: { $ne: '' }, password: 'x' })
      .expect(400);
    await t.http.post('/api/auth/login').send({}).expect(400);
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{bad').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('a display name full of quotes and SQL is stored verbatim', async () => {
    const name = `O'Brien"); DROP TABLE users; --`;
    const res = await t
      .as(sessions.get('admin')!)
      .post('/api/users')
      .send({ username: 'quoted', displayName: name, password: 'Strong#2026x', role: 'inspector', regionCode: '450200' })
      .expect(201);
    expect((await t.as(sessions.get('admin')!).get(`/api/users/${res.body.id}`).expect(200)).body.displayName).toBe(name);
  });

  it('path parameters of the wrong type are 400, unknown ones 404', async () => {
    const admin = sessions.get('admin')!;
    await t.as(admin).get('/api/users/abc').expect(400);
    await t.as(admin).get("/api/regions/1' OR '1'='1").expect(404);
    await t.as(admin).get('/api/no-such-thing').expect(404);
  });
});
