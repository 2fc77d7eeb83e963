import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { SessionRecord } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { Actor, RequestContext } from '../../common/actor';
import { fetchList, ListSpec, quietForLists } from '../../common/list';
import { notFound, scopeQuery } from '../../common/region-scope';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../audit-log/audit-log.service';
import { User } from '../users/user.entity';
import { Session } from './session.entity';

/** lastSeenAt is written at most this often, so that reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 30_000;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export type SessionState = { ok: true; session: Session; user: User } | { ok: false; reason: 'unknown' | 'revoked' | 'idle' | 'expired' | 'disabled' };

/** Open sessions, joined to their users; the scope is the user's region. */
export const SESSION_LIST: ListSpec = {
  fields: {
    userId: { type: 'int' },
    username: { type: 'string', column: 'u.username' },
    ip: { type: 'string' },
    createdAt: { type: 'date' },
    lastSeenAt: { type: 'date' },
  },
  search: ['username', 'ip'],
  defaultSort: [['lastSeenAt', 'DESC']],
};

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditLogService,
  ) {}

  /** Sessions not revoked and inside both timeouts. */
  private openSessions(actor: Actor) {
    const now = new Date();
    const qb = this.ds
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.user', User, 'u', 'u.id = s.userId')
      .where('s.revokedAt IS NULL')
      .andWhere('s.expiresAt > :now', { now })
      .andWhere('s.lastSeenAt > :idleSince', { idleSince: new Date(now.getTime() - this.config.session.idleMinutes * 60_000) });
    return scopeQuery(qb, actor, 'u.regionCode');
  }

  async listOpen(actor: Actor, query: Record<string, unknown>): Promise<{ rows: SessionRecord[]; total: number }> {
    const { rows, total } = await fetchList(this.openSessions(actor), query, SESSION_LIST);
    return {
      total,
      rows: rows.map((s) => {
        const u = (s as Session & { user: User }).user;
        return {
          id: s.id,
          userId: s.userId,
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          regionCode: u.regionCode,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
          ip: s.ip,
          userAgent: s.userAgent,
          current: s.id === actor.sessionId,
        };
      }),
    };
  }

  /** The security admin ends someone's session (a lost laptop, a departed employee). */
  async forceEnd(actor: Actor, id: string): Promise<void> {
    if (!/^[0-9a-f]{64}$/.test(id)) throw notFound('sessions', id);
    const found = await this.openSessions(actor).andWhere('s.id = :id', { id }).getOne();
    if (!found) throw notFound('sessions', id);
    await inTransaction(this.ds, async (em) => {
      await this.revoke(em, id);
      await this.audit.append(em, actor, {
        action: 'revoke_session',
        resource: 'sessions',
        resourceId: found.userId,
        after: { userId: found.userId, ip: found.ip },
      });
    });
  }

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
    if (!user || !user.enabled || !user.authorized) return { ok: false, reason: 'disabled' };
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      // in a transaction of its own, as every write on the request path: a connection lost with its node is retried;
      // quiet for the list caches: a touch changes no total, and with many users touches would empty them constantly
      await inTransaction(this.ds, (em) => quietForLists(em).update(Session, { id: session.id }, { lastSeenAt: session.lastSeenAt }));
    }
    return { ok: true, session, user };
  }

  async revoke(em: EntityManager, sessionId: string): Promise<void> {
    await em.update(Session, { id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every open session of a user at once (disable, password change by an admin). */
  async revokeAllOf(em: EntityManager, userId: number, exceptSessionId?: string): Promise<number> {
    const qb = em.createQueryBuilder().update(Session).set({ revokedAt: new Date() }).where('userId = :userId AND revokedAt IS NULL', { userId });
    if (exceptSessionId) qb.andWhere('id <> :except', { except: exceptSessionId });
    const result = await qb.execute();
    return result.affected ?? 0;
  }
}
