import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CHRONIC_RECOGNITION_LIST, ChronicRecognitionsService } from './chronic-recognitions.service';
import { CreateChronicRecognitionDto, FilingQueryDto, RevokeDto } from './dto/chronic-recognition.dto';

@ApiTags('chronic-recognitions 门诊特慢病认定')
@Controller('chronic-recognitions')
export class ChronicRecognitionsController {
  constructor(private readonly recognitions: ChronicRecognitionsService) {}

  @Get()
  @Authorize('chronic-recognitions', 'list')
  @ListOf(CHRONIC_RECOGNITION_LIST, '认定列表 (chronic disease recognitions in scope; q matches a name, hospital or ID digits)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.recognitions.list(actor, query);
  }

  @Get('filing')
  @Authorize('chronic-recognitions', 'export')
  @ApiOperation({ summary: "备案名单 (S1 §三(九)): one hospital's recognitions of a month as XLSX, IDs masked" })
  async filing(@CurrentActor() actor: Actor, @Query() q: FilingQueryDto, @Res() res: Response) {
    await this.recognitions.sendFilingList(actor, q.hospitalCode, q.month, res);
  }

  @Get(':id')
  @Authorize('chronic-recognitions', 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.recognitions.get(actor, id);
  }

  @Post()
  @Authorize('chronic-recognitions', 'create')
  @ApiOperation({ summary: '登记认定: county-level (二级) or higher hospital, two physicians of attending rank or above (S1 §三(八)); 409 if already active' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateChronicRecognitionDto) {
    return this.recognitions.create(actor, dto);
  }

  @Post(':id/revoke')
  @Authorize('chronic-recognitions', 'revoke')
  @HttpCode(200)
  @ApiOperation({ summary: '取消认定 with a reason (事后监管, S1 §三(九))' })
  revoke(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevokeDto) {
    return this.recognitions.revoke(actor, id, dto.reason, dto.version);
  }
}
