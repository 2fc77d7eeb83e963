import { Module } from '@nestjs/common';
import { FraudModule } from '../fraud';
import { FraudSuspicionsController } from './fraud-suspicions/fraud-suspicions.controller';
import { FraudSuspicionsService } from './fraud-suspicions/fraud-suspicions.service';
import { SuspicionHitRatesService } from './fraud-suspicions/suspicion-hit-rates.service';
import { SuspicionStagesService } from './fraud-suspicions/suspicion-stages.service';
import { ScreeningRuleParamsReader } from './screening-rule-params.reader';

/**
 * 智能监控 (issue 17; policy-modules §1.7–§1.8): the rule base with its parameters, screening runs over the
 * settlements, 疑点 and their review stages, and the 双随机 draw for flight checks. A confirmed 疑点 becomes a fraud
 * clue (FraudModule); a draw creates inspections (InspectionsModule).
 */
@Module({
  imports: [FraudModule],
  controllers: [FraudSuspicionsController],
  providers: [FraudSuspicionsService, SuspicionStagesService, SuspicionHitRatesService, ScreeningRuleParamsReader],
  exports: [],
})
export class ScreeningModule {}
