/** 智能监控 as the API sees it: the module app.module mounts and the entities the data source maps (areas.ts). */
import { FraudSuspicion } from './fraud-suspicions/fraud-suspicion.entity';
import { ScreeningRuleMark } from './screening-runs/screening-rule-mark.entity';

export { ScreeningModule } from './screening.module';
export { FraudSuspicion };

export const SCREENING_ENTITIES = [FraudSuspicion, ScreeningRuleMark];
