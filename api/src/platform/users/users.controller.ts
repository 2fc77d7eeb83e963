import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { setTotalCount } from '../../common/list-query';
import { Authorize, CurrentActor } from '../auth/decorators';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, VersionDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users 用户管理')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorize('users', 'list')
  @ApiOperation({ summary: '用户列表 (list users in scope); filters username, displayName, role, regionCode, enabled; q' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.users.list(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('users', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.users.get(actor, id);
  }

  @Post()
  @Authorize('users', 'create')
  @ApiOperation({ summary: '新建用户 (create a user): {username, displayName, password, role, regionCode}' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @Authorize('users', 'edit')
  @ApiOperation({ summary: '修改用户 (edit displayName, role, region); needs version, stale → 409' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/disable')
  @Authorize('users', 'disable')
  @HttpCode(200)
  @ApiOperation({ summary: '停用账号 (disable): the user\'s sessions end at once' })
  disable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto) {
    return this.users.setEnabled(actor, id, false, dto.version);
  }

  @Post(':id/enable')
  @Authorize('users', 'disable')
  @HttpCode(200)
  @ApiOperation({ summary: '启用账号 (enable)' })
  enable(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto) {
    return this.users.setEnabled(actor, id, true, dto.version);
  }

  @Post(':id/unlock')
  @Authorize('users', 'unlock')
  @HttpCode(200)
  @ApiOperation({ summary: '解除锁定 (unlock after failed logins) — security admin' })
  unlock(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: VersionDto) {
    return this.users.unlock(actor, id, dto.version);
  }

  @Post(':id/reset-password')
  @Authorize('users', 'reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码 (set a new password; the user\'s sessions end)' })
  resetPassword(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: ResetPasswordDto) {
    return this.users.resetPassword(actor, id, dto.newPassword);
  }
}
