import { ConfigError, loadConfig } from '../../config/config';
import { testAppWith, idFor, withTestApp } from '../../../test/harness';
import { importedRoster } from '../../../test/fixtures';
import { AccessLog } from './access-log.entity';
import { AccessLogService } from './access-log.service';

/**
 * Issue 11 item 17 (PIPL art. 55–56): refusals (403, a record's 404) and reads of personal data leave a row
 * in the access log — apart from the audit chain — which the security admin reviews; no ID number in clear.
 */
describe('access log (访问日志)', () => {
  const { t, s } = testAppWith(['lz_chengzhong', 'lz_city', 'security', 'auditor', 'admin', 'gx_province']);
  const person = idFor('450202', '19660606', 601);
  const outsider = idFor('450302', '19660606', 602);
  let personId: number;
  let outsiderId: number;

  const logs = async (query: string) => (await t.as(s.security).get(`/api/access-logs?${query}`).expect(200)).body as Array<Record<string, unknown>>;

  beforeAll(async () => {
    const body = { name: '蒙六', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs' };
    personId = (
      await t
        .as(s.lz_chengzhong)
        .post('/api/beneficiaries')
        .send({ ...body, idNumber: person, regionCode: '450202' })
        .expect(201)
    ).body.id;
    s.gl_xiufeng = await t.createAccount({ username: 'gl_xiufeng', displayName: '秀峰区医保局', role: 'county_officer', regionCode: '450302' });
    outsiderId = (
      await t
        .as(s.gl_xiufeng)
        .post('/api/beneficiaries')
        .send({ ...body, idNumber: outsider, regionCode: '450302' })
        .expect(201)
    ).body.id;
  });

  it("a record outside the caller's scope (404 from the scope helper) is logged with who, what and which record", async () => {
    await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${outsiderId}`).expect(404);
    const rows = await logs('kind=not_found&username=lz_chengzhong');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'not_found',
      resource: 'beneficiaries',
      resourceId: String(outsiderId),
      method: 'GET',
      route: '/api/beneficiaries/:id',
      statusCode: 404,
      role: 'county_officer',
      regionCode: '450202',
    });
  });

  it('a role refused by the permission check (403) is logged, and an ID number sent in the path is kept masked', async () => {
    await t.as(s.lz_city).post('/api/beneficiaries').send({}).expect(403);
    await t.as(s.lz_city).get(`/api/users/${person}`).expect(403);
    const rows = await logs('kind=forbidden&username=lz_city');
    expect(rows.map((r) => [r.resource, r.route, r.statusCode])).toEqual([
      ['users', '/api/users/:id', 403],
      ['beneficiaries', '/api/beneficiaries', 403],
    ]);
    expect(rows[0].resourceId).toBe(`450202********${person.slice(14)}`);
  });

  it("a person's page, a reveal and a whole-ID search are logged; the number is stored masked, the query never", async () => {
    await t.as(s.lz_city).get(`/api/beneficiaries/${personId}`).expect(200);
    await t.as(s.lz_chengzhong).post(`/api/beneficiaries/${personId}/reveal`).send({ reason: '核对参保信息' }).expect(200);
    await t.as(s.lz_city).get(`/api/beneficiaries?q=${person}`).expect(200);
    expect((await logs('kind=read&username=lz_city')).map((r) => r.resourceId)).toEqual([String(personId)]);
    expect((await logs(`kind=reveal&resourceId=${personId}`)).map((r) => [r.username, r.resourceId])).toEqual([['lz_chengzhong', String(personId)]]);
    const searches = await logs('kind=id_search&username=lz_city');
    expect(searches).toHaveLength(1);
    expect(searches[0]).toMatchObject({ resource: 'beneficiaries', detail: `idNumber=450202********${person.slice(14)}` });
    const stored = JSON.stringify(await t.ds.getRepository(AccessLog).find());
    expect(stored).not.toContain(person);
    expect(stored).not.toContain('q=');
  });

  it('an import error report downloaded is logged', async () => {
    const job = await importedRoster(t, s.lz_chengzhong, '2026-05', [['123', '坏行', '450202', '脱贫人口', '民政', '在册']]);
    await t.as(s.lz_chengzhong).get(`/api/roster-imports/${job}/errors`).expect(200);
    expect((await logs('kind=download')).map((r) => [r.username, r.resource, r.resourceId])).toEqual([['lz_chengzhong', 'roster-imports', String(job)]]);
  });

  it('each app writes to its own access log: the recorders are injected, so a second app in the process neither takes nor drops them', async () => {
    const count = async (where: { username: string; kind: string; route: string }) => t.ds.getRepository(AccessLog).countBy(where);
    const refused = { username: 'admin', kind: 'forbidden', route: '/api/beneficiaries' };
    const searched = { username: 'gx_province', kind: 'id_search', route: '/api/beneficiaries' };
    const [refusedBefore, searchedBefore] = [await count(refused), await count(searched)];
    await withTestApp({}, async (other) => {
      const otherAdmin = await other.login('admin');
      await t.as(s.admin).get('/api/beneficiaries').expect(403);
      await t.as(s.gx_province).get(`/api/beneficiaries?idNumber=${person}`).expect(200);
      await other.as(otherAdmin).get('/api/beneficiaries').expect(403);
      expect(await other.ds.getRepository(AccessLog).countBy(refused)).toBe(1);
    });
    // after the other app closed, this one still records refusals and whole-ID lookups
    await t.as(s.admin).get('/api/beneficiaries').expect(403);
    await t.as(s.gx_province).get(`/api/beneficiaries?idNumber=${person}`).expect(200);
    expect(await count(refused)).toBe(refusedBefore + 2);
    expect(await count(searched)).toBe(searchedBefore + 2);
  });

  it('is kept apart from the audit chain: reads are not in the audit log, and the chain still verifies', async () => {
    const idNumber = idFor('450202', '19700101', 603);
    const body = { name: '蒙七', identityCategories: ['rural_dibao'], sourceDepartment: 'civil_affairs', idNumber, regionCode: '450202' };
    const personId = (await t.as(s.lz_chengzhong).post('/api/beneficiaries').send(body).expect(201)).body.id;
    await t.as(s.lz_chengzhong).get(`/api/beneficiaries/${personId}`).expect(200);
    await t.as(s.lz_chengzhong).post(`/api/beneficiaries/${personId}/reveal`).send({ reason: '核对参保信息' }).expect(200);
    const audit = await t.as(s.auditor).get(`/api/audit-logs?resource=beneficiaries&resourceId=${personId}&_end=100`).expect(200);
    expect(audit.body.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'reveal']);
    expect((await t.as(s.auditor).get('/api/audit-logs/verify').expect(200)).body).toMatchObject({ valid: true });
  });

  it('follows the list contract, for the security admin and (read-only) the audit admin; nobody else', async () => {
    for (let i = 0; i < 3; i++) await t.as(s.lz_city).get(`/api/beneficiaries/${outsiderId}`).expect(404);
    const page = await t.as(s.security).get('/api/access-logs?_start=0&_end=2&_sort=at&_order=desc').expect(200);
    expect(page.body).toHaveLength(2);
    expect(Number(page.headers['x-total-count'])).toBeGreaterThan(2);
    const since = new Date(Date.now() - 60_000).toISOString();
    expect((await logs(`at_gte=${since}&resource=beneficiaries&kind=not_found&username=lz_city`)).length).toBe(3);
    expect(await logs('at_lte=2000-01-01T00:00:00Z')).toEqual([]);
    await t.as(s.security).get('/api/access-logs?nonsense=1').expect(400);
    await t.as(s.security).get('/api/access-logs?at_gte=yesterday').expect(400);
    await t.as(s.auditor).get('/api/access-logs').expect(200);
    for (const who of ['lz_chengzhong', 'gx_province', 'admin']) await t.as(s[who]).get('/api/access-logs').expect(403);
  });

  it('keeps at least 180 days (ACCESS_LOG_RETENTION_DAYS, default 365) and purges older rows', async () => {
    expect(loadConfig({}).accessLogRetentionDays).toBe(365);
    expect(() => loadConfig({ ACCESS_LOG_RETENTION_DAYS: '179' })).toThrow(ConfigError);
    expect(() => loadConfig({ ACCESS_LOG_RETENTION_DAYS: 'x' })).toThrow(/ACCESS_LOG_RETENTION_DAYS/);
    expect(loadConfig({ ACCESS_LOG_RETENTION_DAYS: '180' }).accessLogRetentionDays).toBe(180);
    const repo = t.ds.getRepository(AccessLog);
    const day = 86_400_000;
    const row = {
      userId: null,
      username: 'old',
      role: null,
      regionCode: null,
      kind: 'read',
      resource: 'beneficiaries',
      resourceId: '1',
      method: 'GET',
      route: '/api/beneficiaries/:id',
      statusCode: 200,
      detail: null,
      ip: null,
    };
    await repo.insert([
      { ...row, at: new Date(Date.now() - 366 * day), resourceId: 'expired' },
      { ...row, at: new Date(Date.now() - 364 * day), resourceId: 'kept' },
    ]);
    expect(await t.app.get(AccessLogService).purge()).toBe(1);
    expect((await repo.findBy({ username: 'old' })).map((r) => r.resourceId)).toEqual(['kept']);
  });
});
