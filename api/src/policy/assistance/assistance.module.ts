import { Module } from '@nestjs/common';
import { PolicyParametersController, SettlementsController } from './policy-parameters.controller';
import { PolicyParametersService } from './policy-parameters.service';

/** 三重制度: policy parameters and the settlement calculator now; settlements, chronic diseases and warnings later. */
@Module({
  controllers: [PolicyParametersController, SettlementsController],
  providers: [PolicyParametersService],
  exports: [PolicyParametersService],
})
export class AssistanceModule {}
