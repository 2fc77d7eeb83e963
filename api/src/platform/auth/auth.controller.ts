import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CurrentUser } from '@yibao/shared';
import { APP_CONFIG, AppConfig } from '../../config/config';
import type { Actor, RequestContext } from '../../common/actor';
import { AuthService } from './auth.service';
import { AllowedBeforePasswordChange, CurrentActor, Public, ReqContext, SignedIn } from './decorators';
import { LoginThrottled } from './login-throttle';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';

@ApiTags('auth 登录与会话')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: '登录 (log in): returns a bearer token and sets an httpOnly session cookie' })
  @ApiOkResponse({ description: '{token, user}' })
  @ApiTooManyRequestsResponse({ description: '登录尝试过于频繁 (too many attempts from this source or for this name, or too many at once): Retry-After' })
  async login(@Body() dto: LoginDto, @ReqContext() ctx: RequestContext, @Res({ passthrough: true }) res: Response) {
    let result: Awaited<ReturnType<AuthService['login']>>;
    try {
      result = await this.auth.login(dto, ctx);
    } catch (err) {
      if (err instanceof LoginThrottled) res.setHeader('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
    const { token, user } = result;
    res.cookie(this.config.session.cookieName, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.session.cookieSecure,
      path: '/',
      maxAge: this.config.session.absoluteHours * 3600_000,
    });
    return { token, user };
  }

  @Post('logout')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @HttpCode(200)
  @ApiOperation({ summary: '退出 (log out): the session ends server-side at once' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(actor);
    res.clearCookie(this.config.session.cookieName, { path: '/' });
    return { ok: true };
  }

  @Get('me')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: '当前用户 (current user), with permissions and the CSRF token for cookie writes' })
  me(@CurrentActor() actor: Actor): Promise<CurrentUser> {
    return this.auth.me(actor);
  }

  @Post('password')
  @SignedIn()
  @AllowedBeforePasswordChange()
  @HttpCode(200)
  @ApiOperation({ summary: '修改本人密码 (change own password); other sessions end' })
  async changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto) {
    await this.auth.changePassword(actor, dto);
    return { ok: true };
  }
}
