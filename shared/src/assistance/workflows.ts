import { parameterSetWorkflow, type WorkflowDefinition } from '../workflow';

/** 政策参数 (DOMAIN §3) */
export const POLICY_PARAMETERS_WORKFLOW = parameterSetWorkflow('policy-parameters');

/**
 * 高额费用监测预警 (S3 §三: 发现一户、监测一户、帮扶一户、动态清零一户): the county works each warning from
 * detection to clearance within deadlines; the city sees its counties' boards. A warning found not to be a
 * case (a data error) is dismissed with the reason.
 */
export const COST_WARNING_WORKFLOW: WorkflowDefinition = {
  resource: 'cost-warnings',
  initial: 'detected',
  approvedState: 'cleared',
  states: {
    detected: { label: { zh: '已发现待核实', en: 'Detected' }, deadlineDays: 10, color: 'error' },
    verified: { label: { zh: '已核实待帮扶', en: 'Verified' }, deadlineDays: 15, editable: true, color: 'warning' },
    assisted: { label: { zh: '已帮扶待清零', en: 'Assisted' }, deadlineDays: 30, editable: true, color: 'processing' },
    cleared: { label: { zh: '已清零', en: 'Cleared' }, color: 'success' },
    dismissed: { label: { zh: '核实排除', en: 'Dismissed' }, color: 'default' },
  },
  actions: {
    verify: {
      from: ['detected'],
      to: 'verified',
      roles: ['county_officer'],
      level: 'own',
      commentRequired: true,
      label: { zh: '核实', en: 'Verify' },
      tone: 'primary',
    },
    dismiss: {
      from: ['detected'],
      to: 'dismissed',
      roles: ['county_officer'],
      level: 'own',
      commentRequired: true,
      label: { zh: '核实排除', en: 'Dismiss' },
      tone: 'default',
    },
    assist: { from: ['verified'], to: 'assisted', roles: ['county_officer'], level: 'own', label: { zh: '落实帮扶', en: 'Assisted' }, tone: 'primary' },
    // the reason is required only while the measures leave the burden at or over the line
    // (warningClearRefusal, enforced by the API's workflow subject)
    clear: {
      from: ['assisted'],
      to: 'cleared',
      roles: ['county_officer'],
      level: 'own',
      label: { zh: '清零', en: 'Clear' },
      tone: 'primary',
    },
  },
};

export const ASSISTANCE_WORKFLOWS: readonly WorkflowDefinition[] = [POLICY_PARAMETERS_WORKFLOW, COST_WARNING_WORKFLOW];
