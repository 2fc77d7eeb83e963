import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { AUDIT_LOG_LIST, AuditLogService } from './audit-log.service';
import { VerifyAuditChainDto } from './dto/verify.dto';

@ApiTags('audit-logs 审计日志')
@Controller('audit-logs')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @Authorize('audit-logs', 'list')
  @ListOf(AUDIT_LOG_LIST, '审计日志列表 (audit log rows)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.audit.list(actor, query);
  }

  @Get('verify')
  @Authorize('audit-logs', 'verify')
  @ApiOperation({ summary: '校验哈希链 (verify the hash chain): {valid, checked, firstInvalidId?}' })
  verify() {
    return this.audit.verify();
  }

  @Post('verify')
  @HttpCode(200)
  @Authorize('audit-logs', 'verify')
  @ApiOperation({
    summary: '按检查点校验哈希链 (verify the chain against exported checkpoints): {valid, checked, firstInvalidId?, checkpoints}',
    description: '截断（删去末尾并回退链头）在检查点之后可被发现；伪造或改动的检查点答 400 (a forged or altered checkpoint is a 400)',
  })
  verifyWithCheckpoints(@Body() dto: VerifyAuditChainDto) {
    return this.audit.verify(dto.checkpoints);
  }

  @Get('checkpoint')
  @Authorize('audit-logs', 'verify')
  @ApiOperation({ summary: '导出签名检查点 (export a signed checkpoint): {headId, hash, at, signature}; 导出本身记入审计日志 (itself audited)' })
  async checkpoint(@CurrentActor() actor: Actor, @Res({ passthrough: true }) res: Response) {
    const checkpoint = await this.audit.checkpoint(actor);
    // the panel saves it as a file, to be kept off the server
    res.setHeader('Content-Disposition', `attachment; filename="audit-checkpoint-${checkpoint.headId}.json"`);
    return checkpoint;
  }

  @Get(':id')
  @Authorize('audit-logs', 'show')
  @ApiOperation({ summary: '审计日志详情 (one row, with before/after)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.audit.get(actor, id);
  }
}
