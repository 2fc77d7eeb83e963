import { HttpException, HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser, checkPassword, describePasswordProblem, permissionsOf } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { Actor, RequestContext } from '../../common/actor';
import { fieldErrors } from '../../common/errors';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../audit-log/audit-log.service';
import { Region } from '../regions/region.entity';
import { User } from '../users/user.entity';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { SessionsService } from './sessions.service';
import type { ChangePasswordDto, LoginDto } from './dto/login.dto';

const WRONG_CREDENTIALS = '用户名或密码错误 (wrong username or password)';

function actorOf(user: User) {
  return { userId: user.id, username: user.username, role: user.role, regionCode: user.regionCode };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLogService,
  ) {}

  async login(dto: LoginDto, ctx: RequestContext): Promise<{ token: string; user: CurrentUser }> {
    const users = this.ds.getRepository(User);
    const user = await users.findOneBy({ username: dto.username });
    if (!user) {
      await verifyPassword(dto.password, await dummyPasswordHash());
      await inTransaction(this.ds, (em) =>
        this.audit.append(em, { actor: null, username: dto.username, action: 'login_failed', resource: 'auth', after: { reason: 'unknown_user' }, ip: ctx.ip }),
      );
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await inTransaction(this.ds, (em) =>
        this.audit.append(em, { actor: actorOf(user), action: 'login_refused', resource: 'auth', resourceId: user.id, after: { reason: 'locked' }, ip: ctx.ip }),
      );
      throw this.lockedError(user.lockedUntil);
    }
    if (!(await verifyPassword(dto.password, user.passwordHash))) {
      const lockedUntil = await this.recordFailure(user, ctx);
      if (lockedUntil) throw this.lockedError(lockedUntil);
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (!user.enabled) {
      await inTransaction(this.ds, (em) =>
        this.audit.append(em, { actor: actorOf(user), action: 'login_refused', resource: 'auth', resourceId: user.id, after: { reason: 'disabled' }, ip: ctx.ip }),
      );
      throw new UnauthorizedException('账号已停用，请联系系统管理员 (this account is disabled; ask the system administrator)');
    }
    const { token, session } = await inTransaction(this.ds, async (em) => {
      const now = new Date();
      await em.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
      const opened = await this.sessions.open(em, user, ctx);
      await this.audit.append(em, { actor: actorOf(user), action: 'login', resource: 'auth', resourceId: user.id, ip: ctx.ip });
      return opened;
    });
    return { token, user: await this.currentUser(user, session.csrfToken) };
  }

  /** Counts a failed attempt atomically; locks the account when the limit is reached. */
  private async recordFailure(user: User, ctx: RequestContext): Promise<Date | null> {
    return inTransaction(this.ds, async (em) => {
      await em
        .createQueryBuilder()
        .update(User)
        .set({ failedLoginCount: () => 'failedLoginCount + 1' })
        .where('id = :id', { id: user.id })
        .execute();
      const { failedLoginCount } = await em.findOneByOrFail(User, { id: user.id });
      await this.audit.append(em, {
        actor: actorOf(user),
        action: 'login_failed',
        resource: 'auth',
        resourceId: user.id,
        after: { reason: 'wrong_password', failedLoginCount },
        ip: ctx.ip,
      });
      if (failedLoginCount < this.config.login.maxFailures) return null;
      const lockedUntil = new Date(Date.now() + this.config.login.lockMinutes * 60_000);
      await em.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil });
      await this.audit.append(em, {
        actor: actorOf(user),
        action: 'lock',
        resource: 'users',
        resourceId: user.id,
        after: { lockedUntil: lockedUntil.toISOString(), reason: `${this.config.login.maxFailures} failed logins` },
        ip: ctx.ip,
      });
      return lockedUntil;
    });
  }

  private lockedError(lockedUntil: Date): HttpException {
    const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000));
    return new HttpException(
      {
        statusCode: HttpStatus.LOCKED,
        error: 'Locked',
        message: `账号因连续登录失败已锁定，请 ${minutes} 分钟后再试或联系安全管理员解锁 (account locked after repeated failed logins; try again in ${minutes} min or ask the security administrator to unlock it)`,
        details: { lockedUntil: lockedUntil.toISOString() },
      },
      HttpStatus.LOCKED,
    );
  }

  async logout(actor: Actor): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      await this.sessions.revoke(em, actor.sessionId);
      await this.audit.append(em, { actor, action: 'logout', resource: 'auth', resourceId: actor.userId, ip: actor.ip });
    });
  }

  async me(actor: Actor): Promise<CurrentUser> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: actor.userId });
    return this.currentUser(user, actor.csrfToken);
  }

  private async currentUser(user: User, csrfToken: string): Promise<CurrentUser> {
    const region = await this.ds.getRepository(Region).findOneBy({ code: user.regionCode });
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      regionCode: user.regionCode,
      regionName: region?.name ?? null,
      permissions: permissionsOf(user.role) as Record<string, string[]>,
      csrfToken,
      passwordPolicy: { ...this.config.passwordPolicy },
    };
  }

  /** Own password change: the current password is required; the user's other sessions end. */
  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw fieldErrors([{ field: 'currentPassword', messages: ['currentPassword: 当前密码不正确 (the current password is wrong)'] }]);
    }
    const hash = await this.hashUnderPolicy(dto.newPassword, user.username, 'newPassword');
    await inTransaction(this.ds, async (em) => {
      await em.update(User, { id: user.id }, { passwordHash: hash, passwordChangedAt: new Date(), version: user.version + 1 });
      await this.sessions.revokeAllOf(em, user.id, actor.sessionId);
      await this.audit.append(em, { actor, action: 'change_password', resource: 'users', resourceId: user.id, ip: actor.ip });
    });
  }

  /** The one place a new password is checked against the policy and hashed. */
  async hashUnderPolicy(password: string, username: string, field: string): Promise<string> {
    const problems = checkPassword(password, this.config.passwordPolicy, username);
    if (problems.length) {
      throw fieldErrors([{ field, messages: problems.map((p) => `${field}: ${describePasswordProblem(p, this.config.passwordPolicy)}`) }]);
    }
    return hashPassword(password);
  }
}
