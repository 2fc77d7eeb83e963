import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Column, DataSource, Entity, EntityManager, In, Index, PrimaryColumn } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { quietForLists } from '../../common/list/caches';
import { inTransaction, isSqlite } from '../../database/data-source';

/**
 * The failures of one (login name, source address) pair in the current window, kept in the database so every API
 * process counts them together: the lockout after LOGIN_MAX_FAILURES holds whichever process the next attempt
 * reaches. Times are epoch milliseconds of the processes' clocks (kept in step by NTP).
 */
@Entity('login_lockouts')
@Index('idx_login_lockouts_name', ['name'])
export class LoginLockout {
  /** name + "\n" + source address */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  pairKey: string;

  /** the normalised login name (the security admin's unlock clears all its pairs) */
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'bigint' })
  windowStart: string;

  @Column({ type: 'int' })
  failures: number;

  /** refused until then (0: not blocked) */
  @Column({ type: 'bigint' })
  blockedUntil: string;
}

/** A name's lockout as the user list shows it. */
export interface LockoutState {
  failures: number;
  lockedUntil: Date | null;
}

/**
 * The pair lockout of `LoginThrottle` across processes (the rest of the throttle — per-source, the gentle per-name
 * delay, the hash slots — stays per process: it only slows a flood down).
 */
@Injectable()
export class LoginLockouts {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private key(name: string, ip: string | null): string {
    return `${name}\n${ip ?? '-'}`.slice(0, 120);
  }

  /** Until when the pair is refused (epoch ms), 0 when it is not. */
  async blockedUntil(name: string, ip: string | null, now = Date.now()): Promise<number> {
    const row = await this.ds.getRepository(LoginLockout).findOneBy({ pairKey: this.key(name, ip) });
    const until = Number(row?.blockedUntil ?? 0);
    return until > now ? until : 0;
  }

  /**
   * Counts one failure of the pair for every process: the failures in the window now (1 opens a window; at
   * LOGIN_MAX_FAILURES the pair is blocked for LOGIN_LOCK_MINUTES). The row is read under a row lock (on Galera a
   * concurrent count on another node fails certification and the transaction helper retries it).
   */
  async recordFailure(name: string, ip: string | null, now = Date.now()): Promise<number> {
    const pairKey = this.key(name, ip);
    const windowMs = this.config.login.lockMinutes * 60_000;
    // the row first, in a transaction of its own (a lost connection is retried; INSERT IGNORE twice is harmless)
    await inTransaction(this.ds, (em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(LoginLockout)
        .values({ pairKey, name, windowStart: String(now), failures: 0, blockedUntil: '0' })
        .orIgnore()
        .callListeners(false)
        .execute(),
    );
    // a failed login changes nothing a list shows: it must not make every process forget its cached counts
    return inTransaction(this.ds, async (txn) => {
      const em = quietForLists(txn);
      const read = em.createQueryBuilder(LoginLockout, 'l').where('l.pairKey = :pairKey', { pairKey });
      const row = await (isSqlite(this.ds) ? read : read.setLock('pessimistic_write')).getOneOrFail();
      const expired = now - Number(row.windowStart) >= windowMs && Number(row.blockedUntil) <= now;
      const failures = expired ? 1 : row.failures + 1;
      const blockedUntil = failures >= this.config.login.maxFailures ? now + windowMs : expired ? 0 : Number(row.blockedUntil);
      await em
        .createQueryBuilder()
        .update(LoginLockout)
        .set({ failures, windowStart: String(expired ? now : Number(row.windowStart)), blockedUntil: String(blockedUntil) })
        .where('pairKey = :pairKey', { pairKey })
        .callListeners(false)
        .execute();
      return failures;
    });
  }

  /** A successful login ends the pair's count. */
  async recordSuccess(name: string, ip: string | null): Promise<void> {
    await inTransaction(this.ds, (em) => em.delete(LoginLockout, { pairKey: this.key(name, ip) }));
  }

  /**
   * What the user list shows of each name's lockout (by normalised name), as every process counted it: the
   * failures of its pairs in their current windows (all sources) and until when one of its pairs is refused.
   */
  async statesOf(names: readonly string[], em?: EntityManager, now = Date.now()): Promise<Map<string, LockoutState>> {
    const states = new Map<string, LockoutState>();
    const unique = [...new Set(names)];
    if (!unique.length) return states;
    const windowMs = this.config.login.lockMinutes * 60_000;
    for (const row of await (em ?? this.ds.manager).find(LoginLockout, { where: { name: In(unique) } })) {
      const blockedUntil = Number(row.blockedUntil);
      if (now - Number(row.windowStart) >= windowMs && blockedUntil <= now) continue; // a window run out
      const state = states.get(row.name) ?? { failures: 0, lockedUntil: null };
      state.failures += row.failures;
      if (blockedUntil > now && blockedUntil > (state.lockedUntil?.getTime() ?? 0)) state.lockedUntil = new Date(blockedUntil);
      states.set(row.name, state);
    }
    return states;
  }

  /** The security admin's unlock: every pair of the name. */
  async clear(name: string): Promise<void> {
    await inTransaction(this.ds, (em) => em.delete(LoginLockout, { name }));
  }
}
