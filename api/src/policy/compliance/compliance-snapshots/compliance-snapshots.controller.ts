import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateComplianceSnapshotDto } from './compliance-snapshots.dto';
import { COMPLIANCE_SNAPSHOT_LIST, ComplianceSnapshotsService } from './compliance-snapshots.service';

@ApiTags('compliance-snapshots 冻结期间')
@Controller('compliance-snapshots')
export class ComplianceSnapshotsController {
  constructor(private readonly snapshots: ComplianceSnapshotsService) {}

  @Get()
  @Authorize('compliance-snapshots', 'list')
  @ListOf(COMPLIANCE_SNAPSHOT_LIST, '冻结期间 (frozen periods in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.snapshots.list(actor, query);
  }

  @Post()
  @Authorize('compliance-snapshots', 'create')
  @ApiOperation({
    summary:
      '冻结期间 (province): SHA-256 over the canonical results of the region’s subtree for the period; marks them frozen (a later run keeps them and records its own figure beside). 409 if already frozen or never computed',
  })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateComplianceSnapshotDto) {
    return this.snapshots.create(actor, dto);
  }

  @Get(':id')
  @Authorize('compliance-snapshots', 'show')
  @ApiOperation({ summary: '冻结详情 (ComplianceSnapshotRecord: hash, who, when, cells changed since)' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.snapshots.get(actor, id);
  }

  @Get(':id/verify')
  @Authorize('compliance-snapshots', 'verify')
  @ApiOperation({ summary: '校验 (recompute the hash from the stored rows: intact false when a frozen result was changed)' })
  verify(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.snapshots.verify(actor, id);
  }
}
