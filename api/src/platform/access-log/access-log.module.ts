import { Global, Module } from '@nestjs/common';
import { AccessRecorder } from '../../common/access-trace';
import { FullIdLookupLog } from '../../common/list';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

@Global()
@Module({
  controllers: [AccessLogController],
  // the access log as the layers below see it (common's AccessRecorder and FullIdLookupLog), the same instance
  providers: [AccessLogService, { provide: AccessRecorder, useExisting: AccessLogService }, { provide: FullIdLookupLog, useExisting: AccessLogService }],
  exports: [AccessLogService, AccessRecorder, FullIdLookupLog],
})
export class AccessLogModule {}
