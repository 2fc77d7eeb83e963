import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import {
  CreateRectificationItemDto,
  RectificationBoardQueryDto,
  RectificationListsQueryDto,
  SuperviseRectificationItemDto,
  UpdateRectificationItemDto,
} from './rectification-items.dto';
import { RECTIFICATION_ITEM_LIST, RectificationItemsService } from './rectification-items.service';

const RESOURCE = 'rectification-items';

@ApiTags('rectification-items 过度保障整改事项')
@Controller(RESOURCE)
export class RectificationItemsController extends workflowRoutes(
  RESOURCE,
  '整改流转 (start / dismiss / request_closure / close / return / request_extension {dueOn} / grant_extension / refuse_extension)',
) {
  constructor(
    private readonly items: RectificationItemsService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(RECTIFICATION_ITEM_LIST, '整改事项列表 (in scope; overdue, supervised, scope = a region’s subtree)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.items.list(actor, query);
  }

  // declared before ':id', which would take `export` for an id
  @Get('export')
  @Authorize(RESOURCE, 'export')
  @ApiOperation({
    summary: '三张清单 (问题清单 / 任务清单 / 责任清单): one XLSX of a campaign’s items in a region (default the caller’s), ID numbers in text masked; audited',
  })
  async exportLists(@CurrentActor() actor: Actor, @Query() q: RectificationListsQueryDto, @Res() res: Response) {
    await this.items.sendLists(actor, q.campaignId, q.regionCode, res);
  }

  // declared before ':id', like export
  @Get('board')
  @Authorize('rectification-board', 'list')
  @ApiOperation({
    summary:
      '整改进度看板 (regions × states): per child region of regionCode (default the caller’s) the items per state, overdue and supervised; campaignId optional',
  })
  board(@CurrentActor() actor: Actor, @Query() q: RectificationBoardQueryDto) {
    return this.items.board(actor, q.campaignId, q.regionCode);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.items.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({
    summary: '登记整改事项 (a unit for itself: self_check; the province or a city for a unit below: assigned); category derived, dueOn defaulted',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRectificationItemDto) {
    return this.items.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '更新 (the unit, while identified or rectifying): fields, dueOn (never later than the default), subTasks; {…, version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateRectificationItemDto) {
    return this.items.update(actor, id, dto);
  }

  @Post(':id/supervise')
  @Authorize(RESOURCE, 'supervise')
  @HttpCode(200)
  @ApiOperation({ summary: '挂牌督办 (province supervisor): {letterNo, comment?}; 409 when finished or already supervised' })
  supervise(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: SuperviseRectificationItemDto) {
    return this.items.supervise(actor, id, dto);
  }
}

/** Evidence of the rectification: GET/POST /api/rectification-items/:id/attachments. */
@ApiTags('rectification-items 过度保障整改事项')
@Controller(RESOURCE)
export class RectificationItemAttachmentsController extends attachmentRoutes(RESOURCE) {}
