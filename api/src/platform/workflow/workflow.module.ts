import { Global, Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { WorkflowService } from './workflow.service';

@Global()
@Module({
  controllers: [InboxController],
  providers: [WorkflowService],
  exports: [WorkflowService],
})
export class WorkflowModule {}
