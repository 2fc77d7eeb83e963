import { Module } from '@nestjs/common';
import { AssistanceStatsController } from './assistance-stats/assistance-stats.controller';
import { AssistanceStatsService } from './assistance-stats/assistance-stats.service';
import { ChronicRecognitionsController } from './chronic-recognitions/chronic-recognitions.controller';
import { ChronicRecognitionsService } from './chronic-recognitions/chronic-recognitions.service';
import { CostWarningDetectionsController } from './cost-warning-detections/cost-warning-detections.controller';
import { CostWarningDetectionsService } from './cost-warning-detections/cost-warning-detections.service';
import { CostWarningPushesController } from './cost-warning-pushes/cost-warning-pushes.controller';
import { CostWarningPushesService } from './cost-warning-pushes/cost-warning-pushes.service';
import { CostWarningsController } from './cost-warnings/cost-warnings.controller';
import { CostWarningsService } from './cost-warnings/cost-warnings.service';
import { PolicyParametersController } from './policy-parameters/policy-parameters.controller';
import { PolicyParametersService } from './policy-parameters/policy-parameters.service';
import { SettlementImportsController } from './settlement-imports/settlement-imports.controller';
import { SettlementImportsService } from './settlement-imports/settlement-imports.service';
import { SettlementRecomputesController } from './settlement-recomputes/settlement-recomputes.controller';
import { SettlementRecomputesService } from './settlement-recomputes/settlement-recomputes.service';
import { SettlementsController } from './settlements/settlements.controller';
import { SettlementsService } from './settlements/settlements.service';

/**
 * 三重制度, one folder per resource: policy parameters, settlements (the calculator, imports, recompute),
 * chronic recognitions, cost warnings (board, detections, monthly pushes), stats.
 */
@Module({
  controllers: [
    PolicyParametersController,
    SettlementsController,
    SettlementImportsController,
    SettlementRecomputesController,
    ChronicRecognitionsController,
    CostWarningsController,
    CostWarningDetectionsController,
    CostWarningPushesController,
    AssistanceStatsController,
  ],
  providers: [
    PolicyParametersService,
    SettlementsService,
    SettlementImportsService,
    SettlementRecomputesService,
    ChronicRecognitionsService,
    CostWarningsService,
    CostWarningDetectionsService,
    CostWarningPushesService,
    AssistanceStatsService,
  ],
  exports: [PolicyParametersService],
})
export class AssistanceModule {}
