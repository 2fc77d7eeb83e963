import { Module } from '@nestjs/common';
import { CaseFilingService } from './fraud-cases/case-filing.service';
import { FraudCaseAttachmentsController, FraudCasesController, FraudStatsController } from './fraud-cases/fraud-cases.controller';
import { FraudCasesService } from './fraud-cases/fraud-cases.service';
import { FraudCluesController } from './fraud-clues/fraud-clues.controller';
import { FraudCluesService } from './fraud-clues/fraud-clues.service';
import { FraudParametersController } from './fraud-parameters/fraud-parameters.controller';
import { FraudParametersService } from './fraud-parameters/fraud-parameters.service';
import { InstitutionMeasuresService } from './institutions/institution-measures.service';
import { InstitutionsController } from './institutions/institutions.controller';
import { InstitutionsService } from './institutions/institutions.service';

/**
 * 欺诈骗保 (issue 16; 国家医保局令第4号, 国务院令第735号): the designated institutions, clues and cases. A case's
 * decision reaches other areas through InstitutionsService (agreement status, the settlement flag) and the
 * beneficiary's direct-settlement suspension.
 */
@Module({
  imports: [],
  controllers: [
    InstitutionsController,
    FraudCluesController,
    FraudCasesController,
    FraudCaseAttachmentsController,
    FraudStatsController,
    FraudParametersController,
  ],
  providers: [InstitutionMeasuresService, CaseFilingService, InstitutionsService, FraudCluesService, FraudCasesService, FraudParametersService],
  exports: [InstitutionMeasuresService, CaseFilingService, FraudCluesService, FraudParametersService],
})
export class FraudModule {}
