import type { Role } from '../roles';
import { parameterSetWorkflow, type WorkflowDefinition } from '../workflow';
import { COMPLIANCE_ACTION_STATUS_CODES, type ComplianceActionStatus } from './codes';

/**
 * A follow-up action on a scorecard cell (issue 18), as data for the one engine: a comment on every change. The record's
 * region is the cell's; two columns name who acts (column levels, docs/workflow.md):
 * - `responsibleRegionCode` — the unit that answers for the cell (the cell's region or one above it): starts the work
 *   and reports it done; its officers see the action in their inbox, due on `dueOn`;
 * - `filedRegionCode` — the province or city that filed it: closes it itself (a unit without an account), cancels
 *   it, or reopens a done or cancelled one after its review (`reviewOn`). Its steps wait on nobody: out of the inbox.
 * The record exposes the state as `status`.
 */
const RESPONSIBLE: readonly Role[] = ['province_supervisor', 'city_officer', 'county_officer'];
const FILERS: readonly Role[] = ['province_supervisor', 'city_officer'];
/** The statuses an action still awaits its unit in (counted as open on the scorecard, overdue after `dueOn`). */
export const COMPLIANCE_OPEN_ACTION_STATES: readonly ComplianceActionStatus[] = ['open', 'in_progress'];
const OPEN = COMPLIANCE_OPEN_ACTION_STATES;
const RESPONSIBLE_LEVEL = { column: 'responsibleRegionCode' } as const;
const FILER_LEVEL = { column: 'filedRegionCode' } as const;

const COLORS: Record<ComplianceActionStatus, string> = { open: 'default', in_progress: 'processing', done: 'success', cancelled: 'default' };
const label = (s: ComplianceActionStatus) => ({ zh: COMPLIANCE_ACTION_STATUS_CODES.zh[s], en: COMPLIANCE_ACTION_STATUS_CODES.en[s] });

export const COMPLIANCE_ACTION_WORKFLOW: WorkflowDefinition = {
  resource: 'compliance-actions',
  initial: 'open',
  approvedState: 'done',
  states: Object.fromEntries(COMPLIANCE_ACTION_STATUS_CODES.values.map((s) => [s, { label: label(s), color: COLORS[s] }])) as WorkflowDefinition['states'],
  actions: {
    start: {
      from: ['open'],
      to: 'in_progress',
      roles: RESPONSIBLE,
      level: RESPONSIBLE_LEVEL,
      commentRequired: true,
      label: { zh: '开始办理', en: 'Start' },
      tone: 'primary',
    },
    complete: {
      from: [...OPEN],
      to: 'done',
      roles: RESPONSIBLE,
      level: RESPONSIBLE_LEVEL,
      commentRequired: true,
      label: { zh: '办结', en: 'Complete' },
      tone: 'primary',
    },
    close: {
      from: [...OPEN],
      to: 'done',
      roles: FILERS,
      level: FILER_LEVEL,
      commentRequired: true,
      label: { zh: '确认办结', en: 'Close' },
      tone: 'default',
      inbox: false,
    },
    cancel: {
      from: [...OPEN],
      to: 'cancelled',
      roles: FILERS,
      level: FILER_LEVEL,
      commentRequired: true,
      label: { zh: '取消', en: 'Cancel' },
      tone: 'danger',
      inbox: false,
    },
    reopen: {
      from: ['done', 'cancelled'],
      to: 'open',
      roles: FILERS,
      level: FILER_LEVEL,
      commentRequired: true,
      label: { zh: '重新打开', en: 'Reopen' },
      tone: 'default',
      inbox: false,
    },
  },
};

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

export const COMPLIANCE_WORKFLOWS: readonly WorkflowDefinition[] = [COMPLIANCE_ACTION_WORKFLOW, COMPLIANCE_TARGETS_WORKFLOW];
