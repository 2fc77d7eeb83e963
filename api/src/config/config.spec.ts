import { ConfigError, loadConfig, parseDatabaseUrl } from './config';

const STRONG_KEY = 'kq3Vb9XfT2mL8pRz5sWc1yHd7nGj4uEa';

describe('configuration', () => {
  it('the audit HMAC key: required and strong in production, generated into a file beside the SQLite database elsewhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUDIT_HMAC_KEY is required/);
    expect(() => loadConfig({ NODE_ENV: 'production', AUDIT_HMAC_KEY: 'short' })).toThrow(/AUDIT_HMAC_KEY is too weak/);
    expect(() => loadConfig({ AUDIT_HMAC_KEY: 'a'.repeat(64) })).toThrow(/AUDIT_HMAC_KEY is too weak/);
    expect(loadConfig({ NODE_ENV: 'production', AUDIT_HMAC_KEY: STRONG_KEY }).audit).toEqual({ hmacKey: STRONG_KEY, keyFile: null });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/srv/yibao/db.sqlite' }).audit).toEqual({ hmacKey: null, keyFile: '/srv/yibao/audit-hmac.key' });
    expect(loadConfig({ DATABASE_URL: 'sqlite::memory:' }).audit).toEqual({ hmacKey: null, keyFile: null });
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db/yibao' }).audit.keyFile).toMatch(/data\/audit-hmac\.key$/);
  });

  it('defaults to the embedded SQLite database in demo mode', () => {
    const c = loadConfig({});
    expect(c.database).toMatchObject({ type: 'sqlite' });
    expect(c.demo).toBe(true);
    expect(c.port).toBe(3000);
    expect(c.session).toMatchObject({ idleMinutes: 30, absoluteHours: 12 });
    expect(c.login).toEqual({ maxFailures: 5, lockMinutes: 30, ipMaxFailures: 50, maxConcurrentHashes: 2 });
  });

  it('is not in demo mode on an explicit database or in production unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db:3306/yibao' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUDIT_HMAC_KEY: STRONG_KEY }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'mysql://u:p@db/yibao', YIBAO_DEMO: '1' }).demo).toBe(true);
  });

  it('parses MySQL and MariaDB URLs', () => {
    expect(parseDatabaseUrl('mysql://yi%40bao:p%2Fw@10.0.0.5:3307/yibao')).toEqual({
      type: 'mysql',
      flavour: 'mysql',
      host: '10.0.0.5',
      port: 3307,
      username: 'yi@bao',
      password: 'p/w',
      database: 'yibao',
    });
    expect(parseDatabaseUrl('mariadb://u:p@localhost/db')).toMatchObject({ flavour: 'mariadb', port: 3306 });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://x/y' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://u:p@host:3306/' }, /database name/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PASSWORD_MIN_LENGTH: '4' }, /PASSWORD_MIN_LENGTH/],
    [{ YIBAO_DEMO: 'perhaps' }, /YIBAO_DEMO/],
    [{ BODY_LIMIT: 'lots' }, /BODY_LIMIT/],
    [{ LOGIN_MAX_CONCURRENT_HASHES: '0' }, /LOGIN_MAX_CONCURRENT_HASHES/],
    [{ LOGIN_IP_MAX_FAILURES: 'many' }, /LOGIN_IP_MAX_FAILURES/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(message);
  });
});
