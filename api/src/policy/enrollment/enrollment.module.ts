import { Module } from '@nestjs/common';
import { BeneficiariesController, EnrollmentBulletinController, EnrollmentRatesController, EnrollmentsController, LedgerExportController, RosterImportsController, SubsidyStandardsController, VerificationTasksController } from './enrollment.controller';
import { EnrollmentReportsService } from './enrollment-reports.service';
import { SubsidyStandardsService } from './subsidy-standards.service';
import { EnrollmentService } from './enrollment.service';

/** 资助参保: the beneficiary ledger, the monthly roster comparison, verification tasks and rates. */
@Module({
  controllers: [BeneficiariesController, EnrollmentsController, VerificationTasksController, RosterImportsController, EnrollmentRatesController, LedgerExportController, SubsidyStandardsController, EnrollmentBulletinController],
  providers: [EnrollmentService, SubsidyStandardsService, EnrollmentReportsService],
})
export class EnrollmentModule {}
