import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CostWarningPushesService, PUSH_LIST } from './cost-warning-pushes.service';
import { CreatePushDto, PushReceiptDto } from './dto/cost-warning-push.dto';

@ApiTags('cost-warning-pushes 预警推送')
@Controller('cost-warning-pushes')
export class CostWarningPushesController {
  constructor(private readonly pushes: CostWarningPushesService) {}

  @Get()
  @Authorize('cost-warning-pushes', 'list')
  @ListOf(PUSH_LIST, '月度推送记录 (monthly pushes in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.pushes.list(actor, query);
  }

  @Get(':id')
  @Authorize('cost-warning-pushes', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.pushes.get(actor, id);
  }

  @Get(':id/export')
  @Authorize('cost-warning-pushes', 'export')
  @ApiOperation({ summary: '推送名单 XLSX (IDs masked)' })
  async export(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.pushes.send(actor, id, res);
  }

  @Post()
  @Authorize('cost-warning-pushes', 'create')
  @ApiOperation({ summary: '月度推送 (county → 民政 / 乡村振兴): every open warning of the department; 409 if already pushed that month' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePushDto) {
    return this.pushes.create(actor, dto.month, dto.department);
  }

  @Post(':id/receipt')
  @Authorize('cost-warning-pushes', 'edit')
  @HttpCode(200)
  @ApiOperation({ summary: '登记回执 {receivedBy, note?, version}' })
  receipt(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: PushReceiptDto) {
    return this.pushes.recordReceipt(actor, id, dto.receivedBy, dto.note, dto.version);
  }
}
