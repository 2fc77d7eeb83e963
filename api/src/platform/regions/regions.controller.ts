import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { CreateRegionDto, RegionTreeQueryDto, UpdateRegionDto } from './dto/region.dto';
import { REGION_LIST, RegionsService } from './regions.service';

@ApiTags('regions 行政区划')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Authorize('regions', 'list')
  @ListOf(REGION_LIST, "区划列表 (the caller's subtree)")
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.regions.list(actor, query);
  }

  @Get('tree')
  @Authorize('regions', 'list')
  @ApiOperation({ summary: "区划树 (the caller's subtree as a tree)" })
  tree(@CurrentActor() actor: Actor, @Query() q: RegionTreeQueryDto) {
    return this.regions.tree(actor, q.root, q.maxLevel);
  }

  @Get(':code')
  @Authorize('regions', 'show')
  get(@CurrentActor() actor: Actor, @Param('code') code: string) {
    return this.regions.get(actor, code);
  }

  @Post()
  @Authorize('regions', 'create')
  @ApiOperation({ summary: '新建区划 (create): {code, name}; level and parent follow from the code' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRegionDto) {
    return this.regions.create(actor, dto);
  }

  @Patch(':code')
  @Authorize('regions', 'edit')
  update(@CurrentActor() actor: Actor, @Param('code') code: string, @Body() dto: UpdateRegionDto) {
    return this.regions.update(actor, code, dto);
  }

  @Delete(':code')
  @Authorize('regions', 'delete')
  @HttpCode(200)
  async remove(@CurrentActor() actor: Actor, @Param('code') code: string) {
    await this.regions.remove(actor, code);
    return { ok: true };
  }
}
