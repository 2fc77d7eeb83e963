import { testAppWith, withTestApp } from '../../test/harness';
import { hashPassword } from '../platform/auth/password-hasher';
import { User } from '../platform/users/user.entity';

/** Response headers every answer carries (app.ts securityHeaders) and the production gate on the API docs. */
describe('security headers', () => {
  const { t } = testAppWith();

  it('API answers: no X-Powered-By, a CSP that loads nothing, never cached, no HSTS over plain HTTP', async () => {
    const auditor = await t.login('auditor');
    for (const res of [
      await t.http.get('/api/health'),
      await t.as(auditor).get('/api/audit-logs'),
      await t.http.get('/api/auth/me'),
      await t.http.get('/api/no-such-route'),
    ]) {
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('the OpenAPI UI and the panel: scripts from our own files only, inline styles allowed (antd), no framing', async () => {
    for (const url of ['/api/docs', '/regions/450202']) {
      const csp = (await t.http.get(url)).headers['content-security-policy'];
      const directives = Object.fromEntries(csp.split('; ').map((d: string) => [d.split(' ')[0], d.split(' ').slice(1)]));
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
    }
    // swagger-ui's own script files may be cached; the document itself may not
    const asset = await t.http.get('/api/docs/swagger-ui-init.js').expect(200);
    expect(asset.headers['cache-control']).not.toBe('no-store');
    expect((await t.http.get('/api/docs-json').expect(200)).headers['cache-control']).toBe('no-store');
  });

  it('HSTS when the cookie is Secure (behind HTTPS)', async () => {
    await withTestApp({ COOKIE_SECURE: '1' }, async (secure) => {
      expect((await secure.http.get('/api/health')).headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    });
  });

  it('in production the OpenAPI document and UI answer 401 without a session', async () => {
    await withTestApp({ NODE_ENV: 'production', YIBAO_DEMO: '0', AUDIT_HMAC_KEY: 'kq3Vb9XfT2mL8pRz5sWc1yHd7nGj4uEa' }, async (prod) => {
      for (const url of ['/api/docs', '/api/docs/', '/api/docs-json', '/api/docs/swagger-ui-init.js']) {
        const res = await prod.http.get(url);
        expect(`${url} ${res.status}`).toBe(`${url} 401`);
        expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      }
      await prod.http.get('/api/docs-json').set('Authorization', 'Bearer not-a-real-session-token-000').expect(401);
      await prod.ds.getRepository(User).insert({
        username: 'ops',
        displayName: '运维',
        passwordHash: await hashPassword('Prod#2026xyz'),
        role: 'system_admin',
        regionCode: '000000',
        enabled: true,
        authorized: true,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        version: 1,
      });
      const s = await prod.login('ops', 'Prod#2026xyz');
      expect((await prod.as(s).get('/api/docs-json').expect(200)).body.openapi).toMatch(/^3\./);
      await prod.http.get('/api/docs/').set('Cookie', s.cookie).expect(200);
    });
  });
});
