import { Module } from '@nestjs/common';
import { PolicyParametersController, SettlementsController } from './policy-parameters.controller';
import { PolicyParametersService } from './policy-parameters.service';
import { SettlementsService } from './settlements.service';

/** 三重制度: policy parameters and the settlement calculator now; settlements, chronic diseases and warnings later. */
@Module({
  controllers: [PolicyParametersController, SettlementsController],
  providers: [PolicyParametersService, SettlementsService],
  exports: [PolicyParametersService],
})
export class AssistanceModule {}
