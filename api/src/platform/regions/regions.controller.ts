import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { RegionLevel } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { CreateRegionDto, UpdateRegionDto } from './dto/region.dto';
import { REGION_LIST, RegionsService } from './regions.service';

@ApiTags('regions 行政区划')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @Authorize('regions', 'list')
  @ApiOperation({ summary: '区划列表 (list the caller\'s subtree); filters code, name, level, parentCode; q' })
  @ListOf(REGION_LIST)
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.regions.list(actor, query);
  }

  @Get('tree')
  @Authorize('regions', 'list')
  @ApiOperation({ summary: '区划树 (the caller\'s subtree as a tree)' })
  @ApiQuery({ name: 'root', required: false, description: 'a region code inside the scope' })
  @ApiQuery({ name: 'maxLevel', required: false, enum: ['province', 'city', 'county', 'township'] })
  tree(@CurrentActor() actor: Actor, @Query('root') root?: string, @Query('maxLevel') maxLevel?: RegionLevel) {
    return this.regions.tree(actor, typeof root === 'string' ? root : undefined, typeof maxLevel === 'string' ? maxLevel : undefined);
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
