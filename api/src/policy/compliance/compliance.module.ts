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
import { ComplianceScorecardService } from './compliance-scorecard/compliance-scorecard.service';
import { EnrollmentAssistanceIndicators } from './compliance-runs/computers/enrollment-assistance.computer';
import { OversightIndicators } from './compliance-runs/computers/oversight.computer';
import { IndicatorComputers } from './compliance-runs/indicator-computers';

/**
 * 政策合规审计 (issue 18, DOMAIN §7, policy-modules §4): the indicator catalogue computed per region and period from
 * every module's records, the scorecard with drill-down, follow-up actions, frozen periods, exports and the annual
 * report. It reads the other areas' entities and opens rectification items from cells; nothing reads it.
 */
@Module({
  // SupervisionModule: the reporting tasks the oversight indicators generate before counting (as reporting-rates does);
  // RectificationModule: an action may open a rectification item
  imports: [SupervisionModule, RectificationModule],
  controllers: [ComplianceActionsController, ComplianceCommentsController, ComplianceReportsController],
  providers: [
    EnrollmentAssistanceIndicators,
    OversightIndicators,
    IndicatorComputers,
    ComplianceScorecardService,
    ComplianceFollowUpsReader,
    ComplianceActionsService,
    ComplianceCommentsService,
    ComplianceReportsService,
  ],
  exports: [],
})
export class ComplianceModule {}
