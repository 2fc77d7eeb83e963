import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser, PASSWORD_HISTORY_SIZE, checkPassword, describePasswordProblem, permissionsOf } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { Actor, RequestContext } from '../../common/actor';
import { fieldErrors } from '../../common/errors';
import { inTransaction } from '../../database/data-source';
import { AuditLogService } from '../audit-log/audit-log.service';
import { Region } from '../regions/region.entity';
import { User } from '../users/user.entity';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { LoginLockouts } from './login-lockouts';
import { LoginThrottle, LoginThrottled, normaliseLoginName } from './login-throttle';
import { passwordStrengthScore } from './password-strength';
import { SessionsService } from './sessions.service';
import type { ChangePasswordDto, LoginDto } from './dto/login.dto';

const WRONG_CREDENTIALS = '用户名或密码错误 (wrong username or password)';

function actorOf(user: User) {
  return { userId: user.id, username: user.username, role: user.role, regionCode: user.regionCode };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditLogService,
    private readonly throttle: LoginThrottle,
    private readonly lockouts: LoginLockouts,
  ) {}

  /**
   * One answer for every refusal after the throttle — unknown name, wrong password, disabled, not yet
   * authorised — and one password hash spent on each, so neither the body nor the time says which it was.
   */
  async login(dto: LoginDto, ctx: RequestContext): Promise<{ token: string; user: CurrentUser }> {
    const name = normaliseLoginName(dto.username);
    // the pair's lockout and the source's block, counted by every API process together
    const blockedUntil = await this.lockouts.blockedUntil(name, ctx.ip);
    if (blockedUntil) throw new LoginThrottled(Math.max(1, Math.ceil((blockedUntil - Date.now()) / 1000)));
    const release = this.throttle.admit(name);
    let user: User | null;
    let passwordOk: boolean;
    try {
      user = await this.ds.getRepository(User).findOneBy({ username: dto.username });
      passwordOk = await verifyPassword(dto.password, user?.passwordHash ?? (await dummyPasswordHash()));
    } finally {
      release();
    }
    const refusal = !user ? 'unknown_user' : !passwordOk ? 'wrong_password' : !user.enabled ? 'disabled' : !user.authorized ? 'not_authorized' : null;
    if (refusal || !user) {
      this.throttle.recordFailure(name);
      // the answer is 401 whatever happens to the count: a spray on Galera makes the source's row hot, and a count whose
      // retries ran out must not turn a wrong password into a 503 (the next failure counts again)
      const outcome = await this.lockouts.recordFailure(name, ctx.ip).catch((err: Error) => {
        this.logger.warn(`failed login of ${name} not counted: ${err?.message}`);
        return null;
      });
      if (!outcome) throw new UnauthorizedException(WRONG_CREDENTIALS);
      // coalesced: one row when a (name, source) window opens and one when it gets blocked — a flood of
      // failures costs the serialised audit chain two rows per pair, and the only client text is `name`
      if (outcome.pairFailures === 1 || outcome.pairBlockedNow) {
        await this.audit.record(
          { username: name, ip: ctx.ip },
          {
            action: outcome.pairBlockedNow ? 'login_throttled' : 'login_failed',
            resource: 'auth',
            resourceId: user?.id ?? null,
            after: outcome.pairBlockedNow
              ? { reason: refusal, failures: outcome.pairFailures, blockedMinutes: this.config.login.lockMinutes }
              : { reason: refusal },
          },
        );
      }
      // and one when the source gets blocked over all names (a password spray from one address)
      if (outcome.sourceBlockedNow) {
        await this.audit.record(
          { username: name, ip: ctx.ip },
          {
            action: 'login_throttled',
            resource: 'auth',
            resourceId: null,
            after: { reason: 'source', failures: outcome.sourceFailures, blockedMinutes: this.config.login.lockMinutes },
          },
        );
      }
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    this.throttle.recordSuccess(name);
    await this.lockouts.recordSuccess(name, ctx.ip);
    const { token, session } = await inTransaction(this.ds, async (em) => {
      await em.update(User, { id: user.id }, { lastLoginAt: new Date() });
      const opened = await this.sessions.open(em, user, ctx);
      await this.audit.append(em, { ...actorOf(user), ip: ctx.ip }, { action: 'login', resource: 'auth', resourceId: user.id });
      return opened;
    });
    return { token, user: await this.currentUser(user, session.csrfToken) };
  }

  async logout(actor: Actor): Promise<void> {
    await inTransaction(this.ds, async (em) => {
      await this.sessions.revoke(em, actor.sessionId);
      await this.audit.append(em, actor, { action: 'logout', resource: 'auth', resourceId: actor.userId });
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
      enforcementCertNo: user.enforcementCertNo ?? null,
      permissions: permissionsOf(user.role) as Record<string, string[]>,
      csrfToken,
      passwordPolicy: { ...this.config.passwordPolicy },
      mustChangePassword: Boolean(user.mustChangePassword),
    };
  }

  /** Own password change: the current password is required; the user's other sessions end. */
  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      throw fieldErrors([{ field: 'currentPassword', messages: ['currentPassword: 当前密码不正确 (the current password is wrong)'] }]);
    }
    const changes = await this.newPasswordFor(user, dto.newPassword, 'newPassword', false);
    await inTransaction(this.ds, async (em) => {
      await em.update(User, { id: user.id }, { ...changes, version: user.version + 1 });
      await this.sessions.revokeAllOf(em, user.id, actor.sessionId);
      await this.audit.append(em, actor, { action: 'change_password', resource: 'users', resourceId: user.id });
    });
  }

  /**
   * The one place a new password is checked against the policy — the pure rules of shared/, the strength
   * estimator, and for an existing account its last PASSWORD_HISTORY_SIZE passwords — and hashed.
   */
  async hashUnderPolicy(password: string, account: { username: string; displayName?: string }, field: string, previousHashes: string[] = []): Promise<string> {
    const policy = this.config.passwordPolicy;
    const pure = checkPassword(password, policy, account.username);
    const facts = {
      // the estimator only judges what passes the cheap rules (and never a control character)
      strengthScore: pure.length ? undefined : passwordStrengthScore(password, [account.username, account.displayName ?? '']),
      reused: pure.length ? false : await this.matchesAny(password, previousHashes),
    };
    const problems = pure.length ? pure : checkPassword(password, policy, account.username, facts);
    if (problems.length) {
      throw fieldErrors([{ field, messages: problems.map((p) => `${field}: ${describePasswordProblem(p, policy)}`) }]);
    }
    return hashPassword(password);
  }

  /**
   * The columns a new password for an existing account sets: its hash (refusing the last
   * PASSWORD_HISTORY_SIZE passwords), the history, and whether the user must change it at the next login.
   */
  async newPasswordFor(user: User, password: string, field: string, setByAdministrator: boolean): Promise<Partial<User>> {
    const history = passwordHistoryOf(user);
    const passwordHash = await this.hashUnderPolicy(password, user, field, [user.passwordHash, ...history]);
    return {
      passwordHash,
      passwordHistory: historyAfterChange(user),
      passwordChangedAt: new Date(),
      mustChangePassword: setByAdministrator,
    };
  }

  private async matchesAny(password: string, hashes: string[]): Promise<boolean> {
    for (const h of hashes) if (await verifyPassword(password, h)) return true;
    return false;
  }
}

/** The history column once the current password is replaced: it becomes the newest remembered one. */
export function historyAfterChange(user: User): string {
  return JSON.stringify([user.passwordHash, ...passwordHistoryOf(user)].slice(0, PASSWORD_HISTORY_SIZE - 1));
}

export function passwordHistoryOf(user: User): string[] {
  try {
    const parsed: unknown = JSON.parse(user.passwordHistory ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string').slice(0, PASSWORD_HISTORY_SIZE - 1) : [];
  } catch {
    return [];
  }
}
