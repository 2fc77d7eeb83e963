import { Module } from '@nestjs/common';
import { BeneficiariesController } from './beneficiaries/beneficiaries.controller';
import { BeneficiariesService } from './beneficiaries/beneficiaries.service';
import { LedgerExportController } from './beneficiaries/ledger-export.controller';
import { EnrollmentBulletinController } from './enrollment-bulletin/enrollment-bulletin.controller';
import { EnrollmentBulletinService } from './enrollment-bulletin/enrollment-bulletin.service';
import { EnrollmentRatesController } from './enrollment-rates/enrollment-rates.controller';
import { EnrollmentRatesService } from './enrollment-rates/enrollment-rates.service';
import { EnrollmentsController } from './enrollments/enrollments.controller';
import { EnrollmentsService } from './enrollments/enrollments.service';
import { RosterImportsController } from './roster-imports/roster-imports.controller';
import { RosterImportsService } from './roster-imports/roster-imports.service';
import { SubsidyStandardsController } from './subsidy-standards/subsidy-standards.controller';
import { SubsidyStandardsService } from './subsidy-standards/subsidy-standards.service';
import { VerificationTasksController } from './verification-tasks/verification-tasks.controller';
import { VerificationTasksService } from './verification-tasks/verification-tasks.service';

/** 资助参保: the beneficiary ledger, the monthly roster comparison, verification tasks and rates. */
@Module({
  // in this order: the OpenAPI document lists the routes as they are mounted
  controllers: [
    BeneficiariesController,
    EnrollmentsController,
    VerificationTasksController,
    RosterImportsController,
    EnrollmentRatesController,
    LedgerExportController,
    SubsidyStandardsController,
    EnrollmentBulletinController,
  ],
  providers: [
    BeneficiariesService,
    EnrollmentsService,
    VerificationTasksService,
    RosterImportsService,
    SubsidyStandardsService,
    EnrollmentRatesService,
    EnrollmentBulletinService,
  ],
})
export class EnrollmentModule {}
