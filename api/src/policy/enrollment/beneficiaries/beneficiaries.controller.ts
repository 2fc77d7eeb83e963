import { RevealReasonDto } from '../../../common/reveal.dto';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { YearQueryDto } from '../../../common/query-dto';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateBeneficiaryDto, UpdateBeneficiaryDto } from './beneficiaries.dto';
import { BeneficiariesService, BENEFICIARY_LIST } from './beneficiaries.service';

@ApiTags('beneficiaries 帮扶对象台账')
@Controller('beneficiaries')
export class BeneficiariesController {
  constructor(private readonly beneficiaries: BeneficiariesService) {}

  @Get()
  @Authorize('beneficiaries', 'list')
  @ListOf(BENEFICIARY_LIST, '帮扶对象列表 (ID numbers masked; q matches a name or ID digits)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.beneficiaries.listBeneficiaries(actor, query);
  }

  @Get(':id')
  @Authorize('beneficiaries', 'show')
  @ApiOperation({ summary: '帮扶对象详情: identities, enrollment by year, verification tasks' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.beneficiaries.getBeneficiary(actor, id);
  }

  @Post()
  @Authorize('beneficiaries', 'create')
  @ApiOperation({ summary: '新增帮扶对象 (county officer): ID number checksum-validated, region in scope; 409 when the ID is already in the ledger' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateBeneficiaryDto) {
    return this.beneficiaries.createBeneficiary(actor, dto);
  }

  @Patch(':id')
  @Authorize('beneficiaries', 'edit')
  @ApiOperation({ summary: '修改帮扶对象 (name, region, identities, source, status): {…, version}; the ID number never changes' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateBeneficiaryDto) {
    return this.beneficiaries.updateBeneficiary(actor, id, dto);
  }

  @Get(':id/subsidy')
  @Authorize('beneficiaries', 'show')
  @ApiOperation({
    summary: '资助参保测算: category and amount (fen) under the approved standards, the highest once, with the basis line by line; 404 when none approved',
  })
  subsidy(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Query() q: YearQueryDto) {
    return this.beneficiaries.subsidyDecision(actor, id, q.year);
  }

  @Post(':id/reveal')
  @Authorize('beneficiaries', 'reveal')
  @HttpCode(200)
  @ApiOperation({ summary: '查看完整身份证号 (the full ID number, for a stated reason; audited)' })
  reveal(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: RevealReasonDto) {
    return this.beneficiaries.reveal(actor, id, dto.reason);
  }
}
