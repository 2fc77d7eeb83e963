import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateDrawInspectionsDto, CreateFlightCheckDrawDto, DrawExportQueryDto } from './flight-check-draws.dto';
import { FLIGHT_CHECK_DRAW_LIST, FlightCheckDrawsService } from './flight-check-draws.service';

const RESOURCE = 'flight-check-draws';

@ApiTags('flight-check-draws 双随机抽查')
@Controller(RESOURCE)
export class FlightCheckDrawsController {
  constructor(private readonly draws: FlightCheckDrawsService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(FLIGHT_CHECK_DRAW_LIST, '双随机抽查 (draws of regions in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.draws.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.draws.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({
    summary:
      '双随机抽取 {regionCode (province or city), institutionCount, inspectorCount, weighting, seed?}: institutions with an active agreement, inspectors recused from drawn counties; 409 when too few candidates',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateFlightCheckDrawDto) {
    return this.draws.create(actor, dto);
  }

  @Get(':id/verify')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '复核 (re-run from the stored seed over the current candidates: whether hash and result match)' })
  verify(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.draws.verify(actor, id);
  }

  @Post(':id/inspections')
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '生成飞行检查 {plannedFrom, plannedTo, areas?, noticeNo?}: one flight_check inspection per drawn county, once (409 after)' })
  createInspections(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: CreateDrawInspectionsDto) {
    return this.draws.createInspections(actor, id, dto);
  }

  @Get(':id/export')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '公开名单 CSV or XLSX (drawn institutions and inspectors, seed, hash; audited)' })
  async export(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() q: DrawExportQueryDto, @Res() res: Response) {
    await this.draws.export(actor, id, q.format, res);
  }
}
