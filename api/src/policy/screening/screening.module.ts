import { Module } from '@nestjs/common';
import { FraudModule } from '../fraud';
import { SuspicionHitRatesService } from './fraud-suspicions/suspicion-hit-rates.service';
import { SuspicionStagesService } from './fraud-suspicions/suspicion-stages.service';
import { ScreeningRuleParamsReader } from './screening-rule-params.reader';
import { ScreeningRunsController } from './screening-runs/screening-runs.controller';
import { ScreeningRunsService } from './screening-runs/screening-runs.service';

/**
 * 智能监控 (issue 17; policy-modules §1.7–§1.8): the rule base with its parameters, screening runs over the
 * settlements, 疑点 and their review stages, and the 双随机 draw for flight checks. A confirmed 疑点 becomes a fraud
 * clue (FraudModule); a draw creates inspections (InspectionsModule).
 */
@Module({
  imports: [FraudModule],
  controllers: [ScreeningRunsController],
  providers: [SuspicionStagesService, SuspicionHitRatesService, ScreeningRuleParamsReader, ScreeningRunsService],
  exports: [],
})
export class ScreeningModule {}
