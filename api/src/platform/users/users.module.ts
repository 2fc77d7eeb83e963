import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RegionsModule } from '../regions/regions.module';
import { UserChangesController } from './user-changes.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuthModule, RegionsModule],
  controllers: [UsersController, UserChangesController],
  providers: [UsersService],
})
export class UsersModule {}
