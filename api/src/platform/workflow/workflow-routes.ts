import { Body, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Resource, WorkflowChangesRecord, WorkflowHistoryEntry, WorkflowRecord } from '@yibao/shared';
import type { Actor } from '../../common/actor';
import { Authorize, CurrentActor } from '../auth/decorators';
import { WorkflowActionDto, workflowActionDtoFor } from './dto/workflow.dto';
import { WorkflowActionInput, WorkflowService } from './workflow.service';

/**
 * The three routes every approvable resource has, delegating to the one engine (docs/workflow.md):
 * `POST :id/actions/:action`, `GET :id/history`, `GET :id/changes`. A controller extends
 * `workflowRoutes('<resource>')` and passes the WorkflowService to `super`.
 */
export function workflowRoutes(resource: Resource, actionsSummary: string) {
  abstract class WorkflowRoutes {
    constructor(readonly workflow: WorkflowService) {}

    @Post(':id/actions/:action')
    @Authorize(resource, 'show')
    @HttpCode(200)
    @ApiOperation({
      summary: `${actionsSummary}: {comment?, version, …the action's payload}; 403 role/level, 409 state or stale version, 400 missing comment or bad payload field`,
    })
    act(
      @CurrentActor() actor: Actor,
      @Param('id', ParseIntPipe) id: number,
      @Param('action') action: string,
      @Body() dto: WorkflowActionDto,
    ): Promise<WorkflowRecord> {
      return this.workflow.apply(actor, resource, id, action, dto as WorkflowActionInput);
    }

    @Get(':id/history')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '流转记录 (transition history)' })
    history(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<WorkflowHistoryEntry[]> {
      return this.workflow.history(actor, resource, id);
    }

    @Get(':id/changes')
    @Authorize(resource, 'show')
    @ApiOperation({ summary: '自上次审核通过以来的变更 (field-level changes since the last approval)' })
    changes(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number): Promise<WorkflowChangesRecord> {
      return this.workflow.changesSinceApproval(actor, resource, id);
    }
  }
  // the body's type is the resource's action DTO (with its actions' payload fields): the ValidationPipe and
  // OpenAPI read it from the parameter types
  const paramTypes = Reflect.getMetadata('design:paramtypes', WorkflowRoutes.prototype, 'act') as unknown[];
  Reflect.defineMetadata('design:paramtypes', [...paramTypes.slice(0, 3), workflowActionDtoFor(resource)], WorkflowRoutes.prototype, 'act');
  return WorkflowRoutes;
}
