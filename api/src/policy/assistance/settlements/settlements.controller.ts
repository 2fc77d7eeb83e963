import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CalculateSettlementDto, RecordSettlementDto } from './dto/settlement.dto';
import { SETTLEMENT_LIST, SettlementsService } from './settlements.service';

@ApiTags('settlements 就医结算')
@Controller('settlements')
export class SettlementsController {
  constructor(private readonly settlements: SettlementsService) {}

  @Get()
  @Authorize('settlements', 'list')
  @ListOf(SETTLEMENT_LIST, '结算记录 (in scope; q matches a name, institution or ID digits)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.settlements.list(actor, query);
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
