import { Global, Module } from '@nestjs/common';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';

/** Global: every area that counts deadlines in working days asks `HolidaysService` (fraud cases first). */
@Global()
@Module({
  controllers: [HolidaysController],
  providers: [HolidaysService],
  exports: [HolidaysService],
})
export class HolidaysModule {}
