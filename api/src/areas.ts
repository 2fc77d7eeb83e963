import { PLATFORM_ENTITIES } from './platform/entities';
import { ASSISTANCE_ENTITIES, AssistanceModule } from './policy/assistance';
import { COMPLIANCE_ENTITIES, ComplianceModule } from './policy/compliance';
import { ENROLLMENT_ENTITIES, EnrollmentModule } from './policy/enrollment';
import { FRAUD_ENTITIES, FraudModule } from './policy/fraud';
import { RECTIFICATION_ENTITIES, RectificationModule } from './policy/rectification';
import { SCREENING_ENTITIES, ScreeningModule } from './policy/screening';
import { SUPERVISION_ENTITIES, SupervisionModule } from './policy/supervision';
// inspections: the supervision area's second module (it imports the rectification area, which imports SupervisionModule)
import { InspectionsModule } from './policy/supervision/inspections/inspections.module';

/**
 * The one place the policy areas are combined: each area's index.ts declares its module and entities, and
 * app.module, the CLI (migrate, generate-migration) and the drift test take them from here. A new area adds
 * one line to each list; database/ never imports from policy/.
 */
export const POLICY_MODULES = [
  SupervisionModule,
  AssistanceModule,
  EnrollmentModule,
  RectificationModule,
  InspectionsModule,
  FraudModule,
  ScreeningModule,
  ComplianceModule,
];

/** Every entity, listed once; migrations for both dialects must match exactly this model (drift test). */
export const ENTITIES = [
  ...PLATFORM_ENTITIES,
  ...SUPERVISION_ENTITIES,
  ...ASSISTANCE_ENTITIES,
  ...ENROLLMENT_ENTITIES,
  ...RECTIFICATION_ENTITIES,
  ...FRAUD_ENTITIES,
  ...SCREENING_ENTITIES,
  ...COMPLIANCE_ENTITIES,
];
