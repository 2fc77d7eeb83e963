import { Controller, Delete, Get, HttpCode, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { setTotalCount } from '../../common/list';
import { Authorize, CurrentActor } from './decorators';
import { SessionsService } from './sessions.service';

@ApiTags('sessions 会话管理')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Authorize('sessions', 'list')
  @ApiOperation({ summary: '在线会话 (open sessions in scope; security admin): filters username, userId, ip; X-Total-Count' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.sessions.listOpen(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Delete(':id')
  @Authorize('sessions', 'delete')
  @HttpCode(200)
  @ApiOperation({ summary: '强制下线 (end a session at once)' })
  async revoke(@CurrentActor() actor: Actor, @Param('id') id: string) {
    await this.sessions.forceEnd(actor, id);
    return { ok: true };
  }
}
