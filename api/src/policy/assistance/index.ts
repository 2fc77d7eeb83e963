// Stub from helper B so areas.ts compiles on the r12-b branch; helper A's version of this file wins at merge.
import { ChronicRecognition } from './chronic-recognition.entity';
import { CostWarning, CostWarningPush } from './cost-warning.entity';
import { PolicyParameterSet } from './policy-parameter-set.entity';
import { Settlement } from './settlement.entity';

export { AssistanceModule } from './assistance.module';

export const ASSISTANCE_ENTITIES = [PolicyParameterSet, Settlement, ChronicRecognition, CostWarning, CostWarningPush];
