import { parameterSetWorkflow, type WorkflowDefinition } from '../workflow';

/** 资助参保标准 (DOMAIN §2) */
export const SUBSIDY_STANDARDS_WORKFLOW = parameterSetWorkflow('subsidy-standards');

export const ENROLLMENT_WORKFLOWS: readonly WorkflowDefinition[] = [SUBSIDY_STANDARDS_WORKFLOW];
