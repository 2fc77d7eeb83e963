import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/actor';
import { ListOf } from '../../common/list';
import { Authorize, CurrentActor } from '../auth/decorators';
import { workflowRoutes } from '../workflow/workflow-routes';
import { WorkflowService } from '../workflow/workflow.service';
import { USER_CHANGE_LIST, UsersService } from './users.service';

const RESOURCE = 'user-changes';

/** 三权分立: changes to administrator accounts awaiting (or past) a second administrator's confirmation. */
@ApiTags('user-changes 管理员账号变更确认')
@Controller(RESOURCE)
export class UserChangesController extends workflowRoutes(
  RESOURCE,
  "确认或驳回 (confirm / reject): by an administrator of another role than the proposer's, never the account changed",
) {
  constructor(
    private readonly users: UsersService,
    workflow: WorkflowService,
  ) {
    super(workflow);
  }

  @Get()
  @Authorize(RESOURCE, 'list')
  @ListOf(USER_CHANGE_LIST, '管理员账号变更列表 (administrator account changes in scope)')
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.users.listChanges(actor, query);
  }

  @Get(':id')
  @Authorize(RESOURCE, 'show')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIntPipe) id: number) {
    return this.users.getChange(actor, id);
  }
}
