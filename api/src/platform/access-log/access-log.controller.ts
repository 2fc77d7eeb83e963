import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { ACCESS_LOG_LIST, AccessLogService } from './access-log.service';

@ApiTags('access-logs 访问日志')
@Controller('access-logs')
export class AccessLogController {
  constructor(private readonly accessLog: AccessLogService) {}

  @Get()
  @Authorize('access-logs', 'list')
  @ApiOperation({
    summary: '访问日志列表 (list: refusals and personal-data reads): filters username, kind, resource, resourceId, at_gte, at_lte; X-Total-Count',
  })
  @ApiQuery({ name: 'username', required: false })
  @ApiQuery({ name: 'kind', required: false })
  @ApiQuery({ name: 'resource', required: false })
  @ApiQuery({ name: 'at_gte', required: false })
  @ApiQuery({ name: 'at_lte', required: false })
  @ListOf(ACCESS_LOG_LIST)
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.accessLog.list(actor, query);
  }
}
