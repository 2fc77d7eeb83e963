import { can, ROLES } from '@yibao/shared';
import { testAppWith } from '../../../test/harness';
import { concreteUrl, ROUTES } from '../../../test/routes';
import { DEMO_ACCOUNTS } from '../seed/seed';

describe('the permission table is enforced by the one guard on every route', () => {
  const { t } = testAppWith();

  it('the route catalogue lists exactly the routes in the OpenAPI document', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`))
      .sort();
    expect(documented).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  it('the demo accounts cover every role', () => {
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(ROLES));
  });

  // one test per account: ~110 routes each, so a busy machine stays within the test timeout
  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))('%s (%s) gets 403 exactly on the routes its permissions exclude', async (username, role) => {
    const s = await t.login(username);
    // ids that do not exist: an allowed call ends in 404/400, a forbidden one in 403 before any lookup
    const url = (p: string) => concreteUrl(p, { userId: 999999, regionCode: '999999', auditId: 999999 });
    for (const route of ROUTES) {
      if (route.access === 'public' || route.access === 'signed-in' || route.path === '/api/auth/logout') continue;
      const res = await t.as(s)[route.method](url(route.path)).send({});
      const allowed = can(role, route.access[0], route.access[1]);
      expect({ role, route: `${route.method} ${route.path}`, forbidden: res.status === 403 }).toEqual({
        role,
        route: `${route.method} ${route.path}`,
        forbidden: !allowed,
      });
      if (!allowed) expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
  });

  it('three-way separation: the system admin cannot read the audit log, the audit admin cannot change anything', async () => {
    const admin = await t.login('admin');
    await t.as(admin).get('/api/audit-logs').expect(403);
    await t.as(admin).get('/api/audit-logs/verify').expect(403);
    const auditor = await t.login('auditor');
    await t.as(auditor).get('/api/audit-logs').expect(200);
    // (POST verify only reads: it checks the chain against checkpoints sent in the body)
    // its one decision: confirming or rejecting another administrator's change to an administrator account
    // (三权分立 needs a second administrator; users.int-spec holds what it may and may not decide)
    // and marking its own notifications read, which changes nothing but what its own bell shows
    const writes = ROUTES.filter(
      (r) =>
        r.method !== 'get' &&
        Array.isArray(r.access) &&
        r.access[1] !== 'verify' &&
        r.path !== '/api/user-changes/{id}/actions/{action}' &&
        r.access[0] !== 'notifications',
    );
    for (const r of writes) {
      const res = await t
        .as(auditor)
        [r.method](concreteUrl(r.path, { userId: 1, regionCode: '450202', auditId: 1 }))
        .send(r.body ?? {});
      expect(`${r.method} ${r.path} ${res.status}`).toBe(`${r.method} ${r.path} 403`);
    }
  });

  it('every non-public route answers 401 without a session', async () => {
    for (const route of ROUTES.filter((r) => r.access !== 'public')) {
      const res = await t.http[route.method](concreteUrl(route.path, { userId: 1, regionCode: '450202', auditId: 1 })).send({});
      expect(`${route.method} ${route.path} ${res.status}`).toBe(`${route.method} ${route.path} 401`);
    }
  });
});
