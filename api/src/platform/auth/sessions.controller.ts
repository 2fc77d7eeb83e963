import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from './decorators';
import { SESSION_LIST, SessionsService } from './sessions.service';

@ApiTags('sessions 会话管理')
@Controller('sessions')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @Authorize('sessions', 'list')
  @ListOf(SESSION_LIST, '在线会话 (open sessions in scope; security admin)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.sessions.listOpen(actor, query);
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
