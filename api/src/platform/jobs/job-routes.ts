import { Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Resource } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { JOB_LIST, JobsService } from './jobs.service';

/**
 * The read side of a background-job resource, the same for every kind: the jobs in scope and one job's
 * progress `{status, processed, total, processedUnits, totalUnits, result}` (JobRecord). A controller extends `jobRoutes(...)` and adds
 * its own `POST` (each run takes its own parameters) calling `jobs.start`, answering 202.
 */
export function jobRoutes(resource: Resource, kind: string, what: string) {
  abstract class JobRoutes {
    constructor(readonly jobs: JobsService) {}

    @Get()
    @Authorize(resource, 'list')
    @ListOf(JOB_LIST, `${what}：运行记录 (jobs in scope)`)
    list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
      return this.jobs.list(actor, kind, query);
    }

    @Get(':id')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: `${what}：进度与结果 {status, processed, total, processedUnits, totalUnits, result}` })
    get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
      return this.jobs.get(actor, kind, id);
    }
  }
  return JobRoutes;
}
