/** 智能监控 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { FlightCheckDraw } from './flight-check-draws/flight-check-draw.entity';
import { FraudSuspicion } from './fraud-suspicions/fraud-suspicion.entity';
import { ScreeningParameterSet } from './screening-parameters/screening-parameter-set.entity';
import { ScreeningOutlierAdmission } from './screening-runs/screening-outlier-admission.entity';
import { ScreeningRuleMark } from './screening-runs/screening-rule-mark.entity';

export { ScreeningModule } from './screening.module';
export { FraudSuspicion, ScreeningParameterSet };
/** What the compliance view counts with: the 疑点 list's own overdue condition (FRD-3). */
export { overdueSql as fraudSuspicionOverdueSql } from './fraud-suspicions/fraud-suspicions.service';

export const SCREENING_ENTITIES = [FraudSuspicion, ScreeningParameterSet, ScreeningRuleMark, ScreeningOutlierAdmission, FlightCheckDraw];
