import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { RequestContext } from '../../common/actor';
import { User } from '../users/user.entity';
import { Session } from './session.entity';

/** lastSeenAt is written at most this often, so that reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 30_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type SessionState = { ok: true; session: Session; user: User } | { ok: false; reason: 'unknown' | 'revoked' | 'idle' | 'expired' | 'disabled' };

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session inside the login transaction; returns the bearer token (shown once). */
  async open(em: EntityManager, user: User, ctx: RequestContext): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const session = em.create(Session, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.config.session.absoluteHours * 3600_000),
      revokedAt: null,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await em.insert(Session, session);
    return { token, session };
  }

  /** Checks a presented token: known, not revoked, inside both timeouts, user still enabled. */
  async resolve(token: string): Promise<SessionState> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: 'unknown' };
    const session = await this.ds.getRepository(Session).findOneBy({ id: sessionIdOf(token) });
    if (!session) return { ok: false, reason: 'unknown' };
    if (session.revokedAt) return { ok: false, reason: 'revoked' };
    const now = Date.now();
    if (now >= session.expiresAt.getTime()) return { ok: false, reason: 'expired' };
    if (now - session.lastSeenAt.getTime() >= this.config.session.idleMinutes * 60_000) return { ok: false, reason: 'idle' };
    const user = await this.ds.getRepository(User).findOneBy({ id: session.userId });
    if (!user || !user.enabled) return { ok: false, reason: 'disabled' };
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.ds.getRepository(Session).update({ id: session.id }, { lastSeenAt: session.lastSeenAt });
    }
    return { ok: true, session, user };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every open session of a user at once (disable, password change by an admin). */
  async revokeAllOf(em: EntityManager, userId: number, exceptSessionId?: string): Promise<number> {
    const qb = em
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: new Date() })
      .where('userId = :userId AND revokedAt IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :except', { except: exceptSessionId });
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
