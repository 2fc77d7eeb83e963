import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { USERNAME_PATTERN } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';

/** How many names the back-off keeps at most: an attacker rotating names evicts the oldest. */
const MAX_KEYS = 50_000;

interface Counter {
  windowStart: number;
  failures: number;
  lastFailureAt: number;
}

/** A login name as the throttle and the audit log see it: bounded, normalised, never free attacker text. */
export function normaliseLoginName(raw: string): string {
  // USERNAME_PATTERN bounds the length (≤ 64) too; the DTO already refused longer input
  const name = raw.normalize('NFKC').trim().toLowerCase();
  return USERNAME_PATTERN.test(name) ? name : '(invalid)';
}

/** Why an attempt is refused before any password is hashed (429 with Retry-After). */
export class LoginThrottled extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试 (too many login attempts; try again in ${retryAfterSeconds} s)`,
        details: { retryAfterSeconds },
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * The login throttles that only slow a flood (OWASP ASVS 5.0 §6.3.1), in memory per API process and bounded,
 * decided on the normalised name the client sent — never on whether the account exists, so a refusal tells nothing:
 * - the name over all sources gets a gentle throttle: after LOGIN_MAX_FAILURES failures each further try
 *   waits 2^(excess) s after the last failure, at most 60 s — a nuisance an attacker can cause, not a lockout;
 * - at most LOGIN_MAX_CONCURRENT_HASHES password hashes run at once; the excess is refused at once, so a
 *   flood cannot queue scrypt work on the libuv pool ahead of everyone else's file and zlib work.
 * The lockouts — the pair (name, source) refused for LOGIN_LOCK_MINUTES after LOGIN_MAX_FAILURES failures, the source
 * after LOGIN_IP_MAX_FAILURES over all names — and what the user list shows of them are counted in the database by
 * every API process together (./login-lockouts.ts), so an unlock through one process frees the pair on all of them.
 * Per process here on purpose: with N API processes a name gets N × the back-off's tries — still bounded, it decides
 * no lockout — and the hash slots guard this process's own CPU. A restart forgets the back-off; the security admin's
 * unlock ends it in the process that handles it (in the others it runs out within 60 s of the last failure).
 */
@Injectable()
export class LoginThrottle {
  private readonly names = new Map<string, Counter>();
  private hashesInFlight = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private get windowMs(): number {
    return this.config.login.lockMinutes * 60_000;
  }

  /** The name's counter in its window (a window run out starts afresh), created when `create`. */
  private counter(name: string, now: number, create: boolean): Counter | undefined {
    let c = this.names.get(name);
    if (c && now - c.windowStart >= this.windowMs) {
      this.names.delete(name);
      c = undefined;
    }
    if (!c && create) {
      if (this.names.size >= MAX_KEYS) this.names.delete(this.names.keys().next().value as string);
      c = { windowStart: now, failures: 0, lastFailureAt: 0 };
      this.names.set(name, c);
    }
    return c;
  }

  private nameDelayUntil(c: Counter | undefined): number {
    if (!c || c.failures < this.config.login.maxFailures) return 0;
    const seconds = Math.min(60, 2 ** (c.failures - this.config.login.maxFailures));
    return c.lastFailureAt + seconds * 1000;
  }

  /**
   * Throws LoginThrottled when this attempt may not even be checked; otherwise holds a hash slot until release.
   * (The pair's lockout and the source's block are checked before, in the database: `LoginLockouts.blockedUntil`.)
   */
  admit(name: string, now = Date.now()): () => void {
    const until = this.nameDelayUntil(this.counter(name, now, false));
    if (until > now) throw new LoginThrottled(Math.max(1, Math.ceil((until - now) / 1000)));
    if (this.hashesInFlight >= this.config.login.maxConcurrentHashes) throw new LoginThrottled(1);
    this.hashesInFlight++;
    let released = false;
    return () => {
      if (!released) this.hashesInFlight--;
      released = true;
    };
  }

  recordFailure(name: string, now = Date.now()): void {
    const account = this.counter(name, now, true)!;
    account.failures++;
    account.lastFailureAt = now;
  }

  recordSuccess(name: string): void {
    this.names.delete(name);
  }

  /** The security admin's unlock: the name's back-off ends (in this process; its pairs' lockouts in the database). */
  clear(name: string): void {
    this.names.delete(name);
  }
}
