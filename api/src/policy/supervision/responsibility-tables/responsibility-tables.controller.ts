import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { YearQueryDto } from '../../../common/query-dto';
import { attachmentRoutes } from '../../../platform/attachments/attachment-routes';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { workflowRoutes } from '../../../platform/workflow/workflow-routes';
import { WorkflowService } from '../../../platform/workflow/workflow.service';
import { CreateResponsibilityTableDto, UpdateResponsibilityTableDto } from './responsibility-tables.dto';
import { RESPONSIBILITY_TABLE_LIST, ResponsibilityTablesService } from './responsibility-tables.service';

const RESOURCE = 'responsibility-tables';

@ApiTags('responsibility-tables 责任分工表')
@Controller(RESOURCE)
export class ResponsibilityTablesController extends workflowRoutes(RESOURCE, '审批操作 (submit / approve / return / reopen)') {
  constructor(
    private readonly tables: ResponsibilityTablesService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(RESPONSIBILITY_TABLE_LIST, '责任分工表列表 (in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.tables.list(actor, query);
  }

  @Get('status')
  @Authorize(RESOURCE, 'list')
  @ApiOperation({ summary: '填报进度 (status board): every city and county below me with its table for the year' })
  status(@CurrentActor() actor: Actor, @Query() q: YearQueryDto) {
    return this.tables.status(actor, q.year);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.tables.get(actor, id);
  }

  @Get(':id/export')
  @Authorize(RESOURCE, 'export')
  @ApiOperation({ summary: '导出 (XLSX in the official layout of S0 Annex 2)' })
  async export(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Res() res: Response) {
    await this.tables.export(actor, id, res);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '新建本单位年度责任分工表 (create a draft with the 14 standard roles): {regionCode, year}' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateResponsibilityTableDto) {
    return this.tables.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '填写 (fill in rows) in draft or returned state: {rows, version}' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateResponsibilityTableDto) {
    return this.tables.update(actor, id, dto);
  }
}

/** Evidence of a table (a signed, stamped scan): GET/POST /api/responsibility-tables/:id/attachments. */
@ApiTags('responsibility-tables 责任分工表')
@Controller(RESOURCE)
export class ResponsibilityTableAttachmentsController extends attachmentRoutes(RESOURCE) {}
