import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Column, DataSource, Entity, EntityManager, In, Index, PrimaryColumn } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { quietForLists } from '../../common/list/caches';
import { inTransaction, isSqlite } from '../../database/data-source';

/**
 * The failures in the current window of one (login name, source address) pair — or of one source over all names (name
 * `*`, which no login name can be) — kept in the database so every API process counts them together: the pair's
 * lockout after LOGIN_MAX_FAILURES and the source's block after LOGIN_IP_MAX_FAILURES hold whichever process the next
 * attempt reaches. Times are epoch milliseconds of the processes' clocks (kept in step by NTP).
 */
@Entity('login_lockouts')
@Index('idx_login_lockouts_name', ['name'])
export class LoginLockout {
  /** name + "\n" + source address (`*` + "\n" + source address: the source over all names) */
  @PrimaryColumn({ type: 'varchar', length: 120 })
  pairKey: string;

  /** the normalised login name (the security admin's unlock clears all its pairs); `*` on a source's row */
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

/** What one failed login did to the counts: the pair's failures now, and whether the pair or the source got blocked by it. */
export interface FailureOutcome {
  pairFailures: number;
  pairBlockedNow: boolean;
  sourceFailures: number;
  sourceBlockedNow: boolean;
}

/** The name on a source's row: not a login name (normaliseLoginName gives a valid name or "(invalid)"). */
const ANY_NAME = '*';

/**
 * The login lockouts every API process counts together: the (name, source) pair's and the source's over all names
 * (the rest of the throttle — the gentle per-name delay, the hash slots — stays per process: it only slows a flood
 * down, and the hash slots guard the process's own CPU).
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

  /** Until when an attempt of the name from the source is refused — its pair or the source blocked (epoch ms), 0 when it is not. */
  async blockedUntil(name: string, ip: string | null, now = Date.now()): Promise<number> {
    const rows = await this.ds.getRepository(LoginLockout).findBy({ pairKey: In([this.key(name, ip), this.key(ANY_NAME, ip)]) });
    const until = Math.max(0, ...rows.map((r) => Number(r.blockedUntil)));
    return until > now ? until : 0;
  }

  /**
   * Counts one failure for every process, of the pair and of the source: the failures in each window now (1 opens a
   * window; at LOGIN_MAX_FAILURES the pair, at LOGIN_IP_MAX_FAILURES the source is blocked for LOGIN_LOCK_MINUTES).
   * The rows are read under row locks, the source's first in every transaction, so two failures at once wait
   * rather than deadlock (on Galera a concurrent count on another node fails certification and
   * the transaction helper retries it).
   */
  async recordFailure(name: string, ip: string | null, now = Date.now()): Promise<FailureOutcome> {
    const windowMs = this.config.login.lockMinutes * 60_000;
    const counted = [
      { pairKey: this.key(ANY_NAME, ip), name: ANY_NAME, threshold: this.config.login.ipMaxFailures },
      { pairKey: this.key(name, ip), name, threshold: this.config.login.maxFailures },
    ];
    // the rows first, in a transaction of their own (a lost connection is retried; INSERT IGNORE twice is harmless)
    await inTransaction(this.ds, (em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(LoginLockout)
        .values(counted.map(({ pairKey, name }) => ({ pairKey, name, windowStart: String(now), failures: 0, blockedUntil: '0' })))
        .orIgnore()
        .callListeners(false)
        .execute(),
    );
    // a failed login changes nothing a list shows: it must not make every process forget its cached counts
    const [source, pair] = await inTransaction(this.ds, async (txn) => {
      const em = quietForLists(txn);
      const results: Array<{ failures: number; blockedNow: boolean }> = [];
      for (const { pairKey, threshold } of counted) {
        const read = em.createQueryBuilder(LoginLockout, 'l').where('l.pairKey = :pairKey', { pairKey });
        const row = await (isSqlite(this.ds) ? read : read.setLock('pessimistic_write')).getOneOrFail();
        const expired = now - Number(row.windowStart) >= windowMs && Number(row.blockedUntil) <= now;
        const failures = expired ? 1 : row.failures + 1;
        const blockedUntil = failures >= threshold ? now + windowMs : expired ? 0 : Number(row.blockedUntil);
        await em
          .createQueryBuilder()
          .update(LoginLockout)
          .set({ failures, windowStart: String(expired ? now : Number(row.windowStart)), blockedUntil: String(blockedUntil) })
          .where('pairKey = :pairKey', { pairKey })
          .callListeners(false)
          .execute();
        results.push({ failures, blockedNow: failures === threshold });
      }
      return results;
    });
    return { pairFailures: pair.failures, pairBlockedNow: pair.blockedNow, sourceFailures: source.failures, sourceBlockedNow: source.blockedNow };
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
