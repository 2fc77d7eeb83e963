import { Global, Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';
import { WorkflowService } from './workflow.service';

@Global()
@Module({
  controllers: [InboxController],
  providers: [WorkflowService, InboxService],
  exports: [WorkflowService, InboxService],
})
export class WorkflowModule {}
