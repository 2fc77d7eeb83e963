import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateInstitutionDto, UpdateInstitutionDto } from './institutions.dto';
import { INSTITUTION_LIST, InstitutionsService } from './institutions.service';

const RESOURCE = 'institutions';

@ApiTags('institutions 定点医药机构')
@Controller(RESOURCE)
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(INSTITUTION_LIST, '定点医药机构名录 (in scope; filters kind, level, ownership, agreementStatus, regionCode, scope; q on name and code)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.institutions.list(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  @ApiOperation({ summary: '定点医药机构 (status history newest first; its settlements in scope counted: all, flagged, settled while blocked)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.institutions.get(actor, id);
  }

  @Post()
  @Authorize(RESOURCE, 'create')
  @ApiOperation({ summary: '登记定点医药机构 (city officer; a county of the city, the code’s county; code unique → 409)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateInstitutionDto) {
    return this.institutions.create(actor, dto);
  }

  @Patch(':id')
  @Authorize(RESOURCE, 'edit')
  @ApiOperation({ summary: '修改机构信息 {name?, kind?, level?, ownership?, version}; the agreement status changes only by case decisions' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateInstitutionDto) {
    return this.institutions.update(actor, id, dto);
  }
}
