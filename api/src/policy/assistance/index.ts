/**
 * The assistance area (三重制度) as the central files see it: the module for app.module and every entity of
 * the area for the data source and migrations. A new resource of the area adds itself here, nowhere central.
 */
import { ChronicRecognition } from './chronic-recognitions/chronic-recognition.entity';
import { CostWarningPush } from './cost-warning-pushes/cost-warning-push.entity';
import { CostWarning } from './cost-warnings/cost-warning.entity';
import { PolicyParameterSet } from './policy-parameters/policy-parameter-set.entity';
import { Settlement } from './settlements/settlement.entity';

export { AssistanceModule } from './assistance.module';
/** the settlements list's "大病保险 paid short" condition and the computed 大病 amount, which the compliance view counts (TIR-1, TIR-2) */
export { computedCriticalIllnessSql, criticalIllnessShortSql } from './settlements/settlement-rows';
/** MON-1's records judged over their workflow history: the decision the cost-warnings list's `lateIn` filter shares */
export { judgeWarningTimeliness, type JudgedWarning } from './cost-warnings/cost-warning-timeliness';
/** the approved parameters of a year per pooling region, which OVP-1 and the settlements list's `keyAidIn` read */
export { approvedPolicyParameters } from './policy-parameters/approved-parameters';
export { ChronicRecognition, CostWarning, CostWarningPush, PolicyParameterSet, Settlement };

export const ASSISTANCE_ENTITIES = [PolicyParameterSet, Settlement, ChronicRecognition, CostWarning, CostWarningPush];
