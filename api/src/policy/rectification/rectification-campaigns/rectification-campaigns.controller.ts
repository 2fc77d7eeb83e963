import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateRectificationCampaignDto, UpdateRectificationCampaignDto } from './rectification-campaigns.dto';
import { RECTIFICATION_CAMPAIGN_LIST, RectificationCampaignsService } from './rectification-campaigns.service';

const RESOURCE = 'rectification-campaigns';

@ApiTags('rectification-campaigns 过度保障专项治理')
@Controller(RESOURCE)
export class RectificationCampaignsController {
  constructor(private readonly campaigns: RectificationCampaignsService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(RECTIFICATION_CAMPAIGN_LIST, '专项治理列表 (my province’s campaigns)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.campaigns.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.campaigns.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '设立专项治理 (province supervisor, for its province): {name, documentNo, immediateDays, transitionDueOn, startedOn}' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRectificationCampaignDto) {
    return this.campaigns.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '修改专项治理 (deadlines apply to items filed afterwards): {…, version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateRectificationCampaignDto) {
    return this.campaigns.update(actor, id, dto);
  }

  @Delete(':id')
  @Authorize(RESOURCE, 'delete')
  @HttpCode(200)
  @ApiOperation({ summary: '删除专项治理 (only without items; 409 otherwise)' })
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    await this.campaigns.remove(actor, id);
    return { ok: true };
  }
}
