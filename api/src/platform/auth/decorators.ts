import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action, Resource } from '@yibao/shared';
import type { Actor, RequestContext } from '../../common/actor';

export const ACCESS_KEY = 'yibao:access';

/** What a route requires; every route declares one, a route without it is refused (secure default). */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permission'; resource: Resource; action: Action };

/** Open to anyone (login, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

const authenticatedDocs = () =>
  applyDecorators(
    ApiCookieAuth('cookie'),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: '未登录或会话已过期 (not signed in, or the session expired)' }),
  );

/** Any signed-in user (their own profile, logout). */
export const SignedIn = () => applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule), authenticatedDocs());

/** Checked against the one permission table in shared/ by the one guard. */
export const Authorize = (resource: Resource, action: Action) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'permission', resource, action } satisfies AccessRule),
    authenticatedDocs(),
    ApiForbiddenResponse({ description: `角色无 ${resource}:${action} 权限 (role lacks ${resource}:${action})` }),
  );

export const BEFORE_PASSWORD_CHANGE_KEY = 'yibao:before-password-change';

/**
 * One of the few routes a session may use while its password, set by an administrator, awaits the user's
 * own change (me, change-password, logout); every other route answers 403 password_change_required.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

/** The authenticated caller, set by the guard. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  return ctx.switchToHttp().getRequest().actor;
});

export const ReqContext = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestContext => {
  const req = ctx.switchToHttp().getRequest();
  const ua = req.headers['user-agent'];
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua.slice(0, 255) : null };
});
