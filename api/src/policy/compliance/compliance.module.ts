import { Module } from '@nestjs/common';
import { RectificationModule } from '../rectification';
import { SupervisionModule } from '../supervision';
import { ComplianceActionsController } from './compliance-actions/compliance-actions.controller';
import { ComplianceActionsService } from './compliance-actions/compliance-actions.service';
import { ComplianceFollowUpsReader } from './compliance-actions/compliance-follow-ups.reader';
import { ComplianceCommentsController } from './compliance-comments/compliance-comments.controller';
import { ComplianceCommentsService } from './compliance-comments/compliance-comments.service';
import { ComplianceReportsController } from './compliance-exports/compliance-reports.controller';
import { ComplianceReportsService } from './compliance-exports/compliance-reports.service';
import { ComplianceController } from './compliance-scorecard/compliance.controller';
import { ComplianceScorecardService } from './compliance-scorecard/compliance-scorecard.service';
import { ComplianceRunsController } from './compliance-runs/compliance-runs.controller';
import { ComplianceRunsService } from './compliance-runs/compliance-runs.service';
import { EnrollmentAssistanceIndicators } from './compliance-runs/computers/enrollment-assistance.computer';
import { OversightIndicators } from './compliance-runs/computers/oversight.computer';
import { StageTimelinessIndicators } from './compliance-runs/computers/stage-timeliness.computer';
import { IndicatorComputers } from './compliance-runs/indicator-computers';
import { ComplianceSnapshotsController } from './compliance-snapshots/compliance-snapshots.controller';
import { ComplianceSnapshotsService } from './compliance-snapshots/compliance-snapshots.service';
import { ComplianceTargetsController } from './compliance-targets/compliance-targets.controller';
import { ComplianceTargetsService } from './compliance-targets/compliance-targets.service';

/**
 * 政策合规审计 (issue 18, DOMAIN §7, policy-modules §4): the indicator catalogue computed per region and period from
 * every module's records, the scorecard with drill-down, follow-up actions, frozen periods, exports and the annual
 * report. It reads the other areas' entities and opens rectification items from cells; nothing reads it.
 */
@Module({
  // SupervisionModule: the reporting tasks the oversight indicators generate before counting (as reporting-rates does);
  // RectificationModule: an action may open a rectification item
  imports: [SupervisionModule, RectificationModule],
  controllers: [
    ComplianceController,
    ComplianceRunsController,
    ComplianceTargetsController,
    ComplianceSnapshotsController,
    ComplianceActionsController,
    ComplianceCommentsController,
    ComplianceReportsController,
  ],
  providers: [
    EnrollmentAssistanceIndicators,
    OversightIndicators,
    StageTimelinessIndicators,
    IndicatorComputers,
    ComplianceScorecardService,
    ComplianceFollowUpsReader,
    ComplianceActionsService,
    ComplianceCommentsService,
    ComplianceReportsService,
    ComplianceTargetsService,
    ComplianceRunsService,
    ComplianceSnapshotsService,
  ],
  exports: [],
})
export class ComplianceModule {}
