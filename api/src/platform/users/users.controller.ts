import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, VersionDto } from './dto/user.dto';
import { USER_LIST, UserOutcome, UsersService } from './users.service';

/** A change to an administrator account awaits a second administrator: 202 with the pending change. */
function answer(res: Response, outcome: UserOutcome): UserOutcome {
  if ('pendingChange' in outcome) res.status(202);
  return outcome;
}

@ApiTags('users 用户管理')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorize('users', 'list')
  @ListOf(USER_LIST, '用户列表 (users in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.users.list(actor, query);
  }

  @Get(':id')
  @Authorize('users', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.users.get(actor, id);
  }

  @Post()
  @Authorize('users', 'create')
  @ApiOperation({
    summary:
      "新建用户 (create a user): {username, displayName, password, role, regionCode}; a business account waits for the security admin's authorisation, an administrator account is only proposed (202 {pendingChange})",
  })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto, @Res({ passthrough: true }) res: Response) {
    return answer(res, await this.users.create(actor, dto));
  }

  @Patch(':id')
  @Authorize('users', 'edit')
  @ApiOperation({
    summary:
      '修改用户 (edit displayName, role, region); needs version, stale → 409; a new role or region needs authorisation again; administrator accounts → 202 {pendingChange}',
  })
  async update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto, @Res({ passthrough: true }) res: Response) {
    return answer(res, await this.users.update(actor, id, dto));
  }

  @Post(':id/disable')
  @Authorize('users', 'disable')
  @HttpCode(200)
  @ApiOperation({
    summary: "停用账号 (disable): the user's sessions end at once; the last enabled account of a role → 409; administrator accounts → 202 {pendingChange}",
  })
  async disable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto, @Res({ passthrough: true }) res: Response) {
    return answer(res, await this.users.setEnabled(actor, id, false, dto.version));
  }

  @Post(':id/enable')
  @Authorize('users', 'disable')
  @HttpCode(200)
  @ApiOperation({ summary: '启用账号 (enable); administrator accounts → 202 {pendingChange}' })
  async enable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto, @Res({ passthrough: true }) res: Response) {
    return answer(res, await this.users.setEnabled(actor, id, true, dto.version));
  }

  @Post(':id/unlock')
  @Authorize('users', 'unlock')
  @HttpCode(200)
  @ApiOperation({ summary: "解除锁定 (clear the login throttle on the account's name) — security admin" })
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto) {
    return this.users.unlock(actor, id, dto.version);
  }

  @Post(':id/reset-password')
  @Authorize('users', 'reset-password')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '重置密码 (set a new password the user must change at the next login; their sessions end; a business account needs authorising again); administrator accounts → 202 {pendingChange}',
  })
  async resetPassword(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ResetPasswordDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return answer(res, await this.users.resetPassword(actor, id, dto.newPassword));
  }

  @Post(':id/authorize')
  @Authorize('users', 'authorize')
  @HttpCode(200)
  @ApiOperation({
    summary: '授权 (authorise the role of a business account the system admin created or changed) — security admin; until then it cannot log in',
  })
  authorize(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto) {
    return this.users.authorize(actor, id, dto.version);
  }
}
