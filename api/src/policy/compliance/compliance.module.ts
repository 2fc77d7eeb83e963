import { Module } from '@nestjs/common';
import { ComplianceFollowUpsReader } from './compliance-actions/compliance-follow-ups.reader';
import { ComplianceController } from './compliance-scorecard/compliance.controller';
import { ComplianceScorecardService } from './compliance-scorecard/compliance-scorecard.service';
import { ComplianceRunsController } from './compliance-runs/compliance-runs.controller';
import { ComplianceRunsService } from './compliance-runs/compliance-runs.service';
import { EnrollmentAssistanceIndicators } from './compliance-runs/computers/enrollment-assistance.computer';
import { OversightIndicators } from './compliance-runs/computers/oversight.computer';
import { IndicatorComputers } from './compliance-runs/indicator-computers';
import { ComplianceSnapshotsController } from './compliance-snapshots/compliance-snapshots.controller';
import { ComplianceSnapshotsService } from './compliance-snapshots/compliance-snapshots.service';
import { ComplianceTargetsController } from './compliance-targets/compliance-targets.controller';
import { ComplianceTargetsService } from './compliance-targets/compliance-targets.service';

/**
 * 政策合规审计 (issue 18; DOMAIN §7, policy-modules §4): the indicator catalogue computed per region and period from
 * every module's records, the scorecard with drill-down, follow-up actions, frozen periods, exports and the annual
 * report. It reads the other areas' entities; nothing reads it.
 */
@Module({
  imports: [],
  controllers: [ComplianceController, ComplianceRunsController, ComplianceTargetsController, ComplianceSnapshotsController],
  providers: [
    EnrollmentAssistanceIndicators,
    OversightIndicators,
    IndicatorComputers,
    ComplianceScorecardService,
    ComplianceFollowUpsReader,
    ComplianceTargetsService,
    ComplianceRunsService,
    ComplianceSnapshotsService,
  ],
  exports: [],
})
export class ComplianceModule {}
