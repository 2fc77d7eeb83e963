import { loadConfig } from '../../config/config';
import { LoginThrottle, LoginThrottled, normaliseLoginName } from './login-throttle';

/** The throttle's clock is a parameter: these walk through time without waiting. */
describe('login throttle', () => {
  const make = (env: Record<string, string> = {}) => new LoginThrottle(loadConfig({ DATABASE_URL: 'sqlite::memory:', ...env }));
  const refusal = (f: () => unknown): number | null => {
    try {
      (f() as () => void)?.();
      return null;
    } catch (e) {
      if (e instanceof LoginThrottled) return e.retryAfterSeconds;
      throw e;
    }
  };

  it.each([
    ['  Admin ', 'admin'],
    ['ＡＤＭＩＮ', 'admin'],
    ['root\u202e<script>', '(invalid)'],
    ['x'.repeat(500), '(invalid)'],
    ['', '(invalid)'],
  ])('normalises %j to %j', (raw, name) => {
    expect(normaliseLoginName(raw)).toBe(name);
  });

  it('gives a name a short back-off (from any source) after LOGIN_MAX_FAILURES failures, growing to 60 s (the pair lockout is the database’s)', () => {
    const t = make();
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(refusal(() => t.admit('admin', t0))).toBeNull();
      t.recordFailure('admin', t0);
    }
    // 2^0 s after the fifth failure (the throttle sees no source: from anywhere), then free
    expect(refusal(() => t.admit('admin', t0 + 500))).toBe(1);
    expect(refusal(() => t.admit('admin', t0 + 1000))).toBeNull();
    // the back-off grows with each further failure and stops at 60 s
    for (let i = 0; i < 10; i++) t.recordFailure('admin', t0 + 2000);
    expect(refusal(() => t.admit('admin', t0 + 2000))).toBe(60);
    expect(refusal(() => t.admit('admin', t0 + 62_000))).toBeNull();
  });

  it('holds at most LOGIN_MAX_CONCURRENT_HASHES slots; a released slot is free again, once', () => {
    const t = make({ LOGIN_MAX_CONCURRENT_HASHES: '2' });
    const a = t.admit('a_user', 0);
    const b = t.admit('b_user', 0);
    expect(refusal(() => t.admit('c_user', 0))).toBe(1);
    a();
    a();
    const c = t.admit('c_user', 0);
    expect(refusal(() => t.admit('d_user', 0))).toBe(1);
    b();
    c();
  });

  it('clear() ends the name’s back-off', () => {
    const t = make();
    for (let i = 0; i < 7; i++) t.recordFailure('gl_city', 0);
    expect(refusal(() => t.admit('gl_city', 10))).toBe(4);
    t.clear('gl_city');
    expect(refusal(() => t.admit('gl_city', 10))).toBeNull();
  });
});
