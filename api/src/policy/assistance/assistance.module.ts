import { Module } from '@nestjs/common';
import { AssistanceStatsController, ChronicRecognitionsController, CostWarningDetectionsController, CostWarningPushesController, CostWarningsController, SettlementImportsController } from './assistance.controller';
import { AssistanceStatsService } from './assistance-stats.service';
import { ChronicRecognitionsService } from './chronic-recognitions.service';
import { CostWarningsService } from './cost-warnings.service';
import { PolicyParametersController, SettlementRecomputesController, SettlementsController } from './policy-parameters.controller';
import { PolicyParametersService } from './policy-parameters.service';
import { SettlementsService } from './settlements.service';

/** 三重制度: policy parameters, the settlement calculator and settlements, chronic recognitions, cost warnings, stats. */
@Module({
  controllers: [PolicyParametersController, SettlementsController, ChronicRecognitionsController, CostWarningsController, CostWarningDetectionsController, CostWarningPushesController, AssistanceStatsController, SettlementImportsController, SettlementRecomputesController],
  providers: [PolicyParametersService, SettlementsService, ChronicRecognitionsService, CostWarningsService, AssistanceStatsService],
  exports: [PolicyParametersService],
})
export class AssistanceModule {}
