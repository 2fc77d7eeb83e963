import { ASSISTANCE_WORKFLOWS } from './assistance/workflows';
import { COMPLIANCE_WORKFLOWS } from './compliance/workflows';
import { ENROLLMENT_WORKFLOWS } from './enrollment/workflows';
import { FRAUD_WORKFLOWS } from './fraud/workflows';
import { PLATFORM_WORKFLOWS } from './platform/workflows';
import { RECTIFICATION_WORKFLOWS } from './rectification/workflows';
import { SCREENING_WORKFLOWS } from './screening/workflows';
import { SUPERVISION_WORKFLOWS } from './supervision/workflows';
import type { WorkflowDefinition } from './workflow';

/**
 * Every workflow by resource. The definitions live in their areas (`<area>/workflows.ts`); the engine
 * (workflow.ts) applies them; this registry only combines the areas' lists, one definition per resource.
 */
export function workflowRegistry(...areas: readonly (readonly WorkflowDefinition[])[]): Record<string, WorkflowDefinition> {
  const registry: Record<string, WorkflowDefinition> = {};
  for (const def of areas.flat()) {
    if (Object.prototype.hasOwnProperty.call(registry, def.resource)) throw new Error(`workflows: two definitions for '${def.resource}'`);
    registry[def.resource] = def;
  }
  return registry;
}

export const WORKFLOWS: Record<string, WorkflowDefinition> = workflowRegistry(
  PLATFORM_WORKFLOWS,
  ASSISTANCE_WORKFLOWS,
  SUPERVISION_WORKFLOWS,
  ENROLLMENT_WORKFLOWS,
  RECTIFICATION_WORKFLOWS,
  FRAUD_WORKFLOWS,
  SCREENING_WORKFLOWS,
  COMPLIANCE_WORKFLOWS,
);
