import { Module } from '@nestjs/common';
import { FraudModule } from '../fraud';
// the module's own file, as areas.ts mounts it: through supervision's index.ts it would close the rectification ↔ supervision cycle
import { InspectionsModule } from '../supervision/inspections/inspections.module';
import { FlightCheckDrawsController } from './flight-check-draws/flight-check-draws.controller';
import { FlightCheckDrawsService } from './flight-check-draws/flight-check-draws.service';
import { FraudSuspicionsController } from './fraud-suspicions/fraud-suspicions.controller';
import { FraudSuspicionsService } from './fraud-suspicions/fraud-suspicions.service';
import { SuspicionHitRatesService } from './fraud-suspicions/suspicion-hit-rates.service';
import { SuspicionTimelinessService } from './fraud-suspicions/suspicion-timeliness.service';
import { SuspicionStagesService } from './fraud-suspicions/suspicion-stages.service';
import { ScreeningParametersController } from './screening-parameters/screening-parameters.controller';
import { ScreeningParametersService } from './screening-parameters/screening-parameters.service';
import { ScreeningRuleParamsReader } from './screening-rule-params.reader';
import { ScreeningRulesController } from './screening-rules/screening-rules.controller';
import { ScreeningRulesService } from './screening-rules/screening-rules.service';
import { ScreeningRunsController } from './screening-runs/screening-runs.controller';
import { ScreeningRunsService } from './screening-runs/screening-runs.service';

/**
 * 智能监控 (issue 17; policy-modules §1.7–§1.8): the rule base with its parameters, screening runs over the
 * settlements, 疑点 and their review stages, and the 双随机 draw for flight checks. A confirmed 疑点 becomes a fraud
 * clue (FraudModule); a draw creates inspections (InspectionsModule).
 */
@Module({
  imports: [FraudModule, InspectionsModule],
  controllers: [ScreeningRulesController, ScreeningParametersController, ScreeningRunsController, FraudSuspicionsController, FlightCheckDrawsController],
  providers: [
    SuspicionStagesService,
    SuspicionTimelinessService,
    SuspicionHitRatesService,
    ScreeningRuleParamsReader,
    ScreeningRulesService,
    ScreeningParametersService,
    ScreeningRunsService,
    FraudSuspicionsService,
    FlightCheckDrawsService,
  ],
  exports: [],
})
export class ScreeningModule {}
