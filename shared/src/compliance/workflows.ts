import type { Role } from '../roles';
import { parameterSetWorkflow, type WorkflowDefinition } from '../workflow';

const PARAMETER_SET = parameterSetWorkflow('compliance-targets');
const TARGET_SETTERS: readonly Role[] = ['province_supervisor'];

/**
 * 合规指标年度目标 (a province's lines for a year, or a pooling region's where its line differs): the province supervisor
 * drafts and approves them — the province owns the compliance view (DOMAIN §1); the `subtree` level lets it act on its
 * own set and on a city's, as there is no level above the province to approve it.
 */
export const COMPLIANCE_TARGETS_WORKFLOW: WorkflowDefinition = {
  ...PARAMETER_SET,
  actions: {
    submit: { ...PARAMETER_SET.actions.submit, roles: TARGET_SETTERS, level: 'subtree', label: { zh: '报送审批', en: 'Submit' } },
    approve: { ...PARAMETER_SET.actions.approve, level: 'subtree' },
    return: { ...PARAMETER_SET.actions.return, level: 'subtree' },
    revise: { ...PARAMETER_SET.actions.revise, roles: TARGET_SETTERS, level: 'subtree' },
  },
};

export const COMPLIANCE_WORKFLOWS: readonly WorkflowDefinition[] = [COMPLIANCE_TARGETS_WORKFLOW];
