import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { setTotalCount } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CalculateSettlementDto, RecordSettlementDto } from './dto/settlement.dto';
import { SettlementsService } from './settlements.service';

@ApiTags('settlements 就医结算')
@Controller('settlements')
export class SettlementsController {
  constructor(private readonly settlements: SettlementsService) {}

  @Get()
  @Authorize('settlements', 'list')
  @ApiOperation({ summary: '结算记录 (in scope): filters regionCode, year, visitType, hospitalLevel, flag, settledOn…; q = name, institution, ID digits' })
  async list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    const { rows, total } = await this.settlements.list(actor, query);
    setTotalCount(res, total);
    return rows;
  }

  @Get(':id')
  @Authorize('settlements', 'show')
  @ApiOperation({ summary: '结算详情 with recorded vs computed tiers and the trace' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.settlements.get(actor, id);
  }

  @Post()
  @Authorize('settlements', 'create')
  @ApiOperation({ summary: '登记结算 (record): computed with the year so far; flags OOP caps, zero OOP, in-catalogue < 90%, > 95%, recorded ≠ computed' })
  record(@CurrentActor() actor: Actor, @Body() dto: RecordSettlementDto) {
    return this.settlements.record(actor, dto);
  }

  @Post('calculate')
  @Authorize('settlements', 'calculate')
  @HttpCode(200)
  @ApiOperation({ summary: '一站式结算试算 (basic → 大病 → 救助 → other, with the trace that explains each amount); amounts in fen' })
  calculate(@CurrentActor() actor: Actor, @Body() dto: CalculateSettlementDto) {
    return this.settlements.calculate(actor, dto);
  }
}
