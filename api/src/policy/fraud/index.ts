/** 欺诈骗保 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { FRAUD_CASE_ENTITIES } from './fraud-cases/fraud-case.entity';
import { FraudClue } from './fraud-clues/fraud-clue.entity';
import { FraudParameterSet } from './fraud-parameters/fraud-parameter-set.entity';
import { Institution } from './institutions/institution.entity';
import { InstitutionStatusChangeRow } from './institutions/institution-status-change.entity';

export { FraudModule } from './fraud.module';
export { FraudClue, FraudParameterSet, Institution, InstitutionStatusChangeRow };
export { InstitutionMeasuresService, type CaseMeasureEffect } from './institutions/institution-measures.service';
export { FraudCluesService } from './fraud-clues/fraud-clues.service';
export { FraudParametersService } from './fraud-parameters/fraud-parameters.service';
/** What the compliance view counts with: the lists' own overdue and in-time conditions (FRD-1, FRD-2). */
export { FraudCase } from './fraud-cases/fraud-case.entity';
export { fraudCaseOpenSql, fraudCaseOverdueSql } from './fraud-cases/fraud-cases.service';
export { fraudClueDecidedInTimeSql, fraudClueJudgedSql, fraudClueLateSql } from './fraud-clues/fraud-clues.service';

export const FRAUD_ENTITIES = [Institution, InstitutionStatusChangeRow, FraudClue, ...FRAUD_CASE_ENTITIES, FraudParameterSet];
