import { Module } from '@nestjs/common';
import { SupervisionModule } from '../supervision';
import { ComplianceFollowUpsReader } from './compliance-actions/compliance-follow-ups.reader';
import { ComplianceScorecardService } from './compliance-scorecard/compliance-scorecard.service';
import { EnrollmentAssistanceIndicators } from './compliance-runs/computers/enrollment-assistance.computer';
import { OversightIndicators } from './compliance-runs/computers/oversight.computer';
import { IndicatorComputers } from './compliance-runs/indicator-computers';

/**
 * 政策合规审计 (issue 18; DOMAIN §7, policy-modules §4): the indicator catalogue computed per region and period from
 * every module's records, the scorecard with drill-down, follow-up actions, frozen periods, exports and the annual
 * report. It reads the other areas' entities; nothing reads it.
 */
@Module({
  // SupervisionModule: the reporting tasks the oversight indicators generate before counting (as reporting-rates does)
  imports: [SupervisionModule],
  controllers: [],
  providers: [EnrollmentAssistanceIndicators, OversightIndicators, IndicatorComputers, ComplianceScorecardService, ComplianceFollowUpsReader],
  exports: [],
})
export class ComplianceModule {}
