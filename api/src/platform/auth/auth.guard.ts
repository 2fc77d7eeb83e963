import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { PASSWORD_CHANGE_REQUIRED, can, regionScopePrefix } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { Actor } from '../../common/actor';
import { domainError } from '../../common/errors';
import { constantTimeEqual } from '../../common/constant-time';
import { ACCESS_KEY, AccessRule, BEFORE_PASSWORD_CHANGE_KEY } from './decorators';
import { sessionTokenOf } from './session-token';
import { SessionsService } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const EXPIRED_MESSAGES: Record<string, string> = {
  unknown: '未登录或登录已失效，请重新登录 (not signed in)',
  revoked: '会话已注销，请重新登录 (the session was ended)',
  idle: '长时间未操作，会话已超时，请重新登录 (the session timed out after inactivity)',
  expired: '会话已到期，请重新登录 (the session reached its maximum age)',
  disabled: '账号已停用，请联系系统管理员 (this account is disabled)',
};

/**
 * The one guard: authenticates by bearer token or session cookie, enforces CSRF on cookie writes, and
 * checks the route's permission against the one table in shared/. Routes without a rule are refused.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();

    const { token, viaCookie } = sessionTokenOf(req, this.config.session.cookieName);
    if (!token) throw new UnauthorizedException(EXPIRED_MESSAGES.unknown);
    const state = await this.sessions.resolve(token);
    if (!state.ok) throw new UnauthorizedException(EXPIRED_MESSAGES[state.reason]);
    const { session, user } = state;

    if (viaCookie && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !constantTimeEqual(sent, session.csrfToken)) {
        throw new ForbiddenException('缺少或无效的 X-CSRF-Token，请刷新页面后重试 (missing or invalid X-CSRF-Token)');
      }
    }

    req.actor = {
      userId: user.id,
      username: user.username,
      role: user.role,
      regionCode: user.regionCode,
      scopePrefix: regionScopePrefix(user.regionCode),
      sessionId: session.id,
      csrfToken: session.csrfToken,
      viaCookie,
      ip: req.ip ?? null,
    };

    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE_KEY, [context.getHandler(), context.getClass()])) {
      throw new ForbiddenException({
        statusCode: 403,
        error: 'Forbidden',
        message: '管理员设置的密码须先修改后才能继续使用 (change the password an administrator set before doing anything else)',
        details: { reason: PASSWORD_CHANGE_REQUIRED },
      });
    }

    if (rule?.kind === 'signed-in') return true;
    if (rule?.kind === 'permission' && can(user.role, rule.resource, rule.action)) return true;
    throw domainError(403, 'role_forbidden');
  }
}
