import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/actor';
import { ListOf } from '../../../common/list';
import { Authorize, CurrentActor } from '../../../platform/auth/decorators';
import { CreateEnrollmentDto, UpdateEnrollmentDto } from './enrollments.dto';
import { ENROLLMENT_LIST, EnrollmentsService } from './enrollments.service';

@ApiTags('enrollments 参保登记')
@Controller('enrollments')
export class EnrollmentsController {
  constructor(private readonly enrollments: EnrollmentsService) {}

  @Get()
  @Authorize('enrollments', 'list')
  @ListOf(ENROLLMENT_LIST, '参保登记列表 (enrollments in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.enrollments.listEnrollments(actor, query);
  }

  @Post()
  @Authorize('enrollments', 'create')
  @ApiOperation({ summary: '登记参保 (person × year): enrolled with scheme and subsidy, or not enrolled with a valid reason (none = 应保未保)' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEnrollmentDto) {
    return this.enrollments.createEnrollment(actor, dto);
  }

  @Patch(':id')
  @Authorize('enrollments', 'edit')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateEnrollmentDto) {
    return this.enrollments.updateEnrollment(actor, id, dto);
  }
}
