import { Global, Module } from '@nestjs/common';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

/** Global: every report, inbox and workflow history names regions through `RegionsService.names()`. */
@Global()
@Module({
  controllers: [RegionsController],
  providers: [RegionsService],
  exports: [RegionsService],
})
export class RegionsModule {}
