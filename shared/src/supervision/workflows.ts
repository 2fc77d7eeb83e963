import type { Role } from '../roles';
import { parameterSetWorkflow, type WorkflowDefinition } from '../workflow';
import { ACCOUNTABILITY_MEASURES_BY_SUBJECT, MAX_ACCOUNTABILITY_MEASURES } from './accountability';
import { ACCOUNTABILITY_MEASURE_CODES } from './codes';

const APPROVERS: readonly Role[] = ['province_supervisor', 'city_officer'];
const FILERS: readonly Role[] = ['city_officer', 'county_officer'];

/** 医疗保障扶贫责任分工表 (S0 Annex 2): filed by the city or county, approved by the level above. */
export const RESPONSIBILITY_TABLE_WORKFLOW: WorkflowDefinition = {
  resource: 'responsibility-tables',
  initial: 'draft',
  approvedState: 'approved',
  states: {
    draft: { label: { zh: '草稿', en: 'Draft' }, editable: true, color: 'default' },
    submitted: { label: { zh: '已报送待审核', en: 'Submitted' }, deadlineDays: 10, color: 'processing' },
    returned: { label: { zh: '已退回待修改', en: 'Returned' }, editable: true, deadlineDays: 10, color: 'warning' },
    approved: { label: { zh: '已审核通过', en: 'Approved' }, color: 'success' },
  },
  actions: {
    submit: { from: ['draft', 'returned'], to: 'submitted', roles: FILERS, level: 'own', label: { zh: '报送', en: 'Submit' }, tone: 'primary' },
    approve: { from: ['submitted'], to: 'approved', roles: APPROVERS, level: 'above', label: { zh: '审核通过', en: 'Approve' }, tone: 'primary' },
    return: {
      from: ['submitted'],
      to: 'returned',
      roles: APPROVERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '退回', en: 'Return' },
      tone: 'danger',
    },
    reopen: {
      from: ['approved'],
      to: 'returned',
      roles: APPROVERS,
      level: 'above',
      commentRequired: true,
      label: { zh: '重新打开', en: 'Reopen' },
      tone: 'default',
      inbox: false,
    },
  },
};

const DUE_RULE_SETTERS: readonly Role[] = ['province_supervisor', 'city_officer'];
const PARAMETER_SET = parameterSetWorkflow('reporting-due-rules');

/**
 * 报送时限 (a yearly parameter set, like the pooling region's): the province or a city drafts its own rules; the
 * province approves a city's and its own (the `subtree` level: there is no level above the province to approve it).
 */
export const REPORTING_DUE_RULES_WORKFLOW: WorkflowDefinition = {
  ...PARAMETER_SET,
  actions: {
    submit: { ...PARAMETER_SET.actions.submit, roles: DUE_RULE_SETTERS },
    approve: { ...PARAMETER_SET.actions.approve, level: 'subtree' },
    return: { ...PARAMETER_SET.actions.return, level: 'subtree' },
    revise: { ...PARAMETER_SET.actions.revise, roles: DUE_RULE_SETTERS },
  },
};

/**
 * 追责问责 (DOMAIN §5, policy-modules §3): proposed by a city or the province for a unit in its scope → decided by the
 * province at any level above the unit (a county bureau two levels down: the `ancestor` level) with the decision's
 * number, body, date and the measures it takes (checked against the subject type) → executed. A proposal may be
 * withdrawn with a reason. An appeal does not stop execution (it is recorded beside the workflow, not a state).
 */
export const ACCOUNTABILITY_RECORD_WORKFLOW: WorkflowDefinition = {
  resource: 'accountability-records',
  initial: 'proposed',
  approvedState: 'decided',
  states: {
    proposed: { label: { zh: '已提出建议', en: 'Proposed' }, color: 'processing' },
    decided: { label: { zh: '已作出决定', en: 'Decided' }, color: 'warning' },
    executed: { label: { zh: '已执行', en: 'Executed' }, color: 'success' },
    withdrawn: { label: { zh: '已撤回', en: 'Withdrawn' }, color: 'default' },
  },
  actions: {
    record_decision: {
      from: ['proposed'],
      to: 'decided',
      roles: ['province_supervisor'],
      level: 'ancestor',
      label: { zh: '登记问责决定', en: 'Record decision' },
      tone: 'primary',
      payload: {
        decisionNo: { type: 'text', maxLength: 64, required: true, label: { zh: '决定文号', en: 'Decision number' } },
        decidedBy: { type: 'text', maxLength: 100, required: true, label: { zh: '决定机关', en: 'Deciding body' } },
        decidedOn: { type: 'date', required: true, label: { zh: '决定日期', en: 'Decision date' } },
        measures: {
          type: 'codes',
          codes: ACCOUNTABILITY_MEASURE_CODES,
          maxItems: MAX_ACCOUNTABILITY_MEASURES,
          // the measures that fit the record's subject type (问责条例 art. 8; 政务处分法 arts. 7, 12)
          allowedBy: { field: 'subjectType', allowed: ACCOUNTABILITY_MEASURES_BY_SUBJECT },
          required: true,
          label: { zh: '问责方式', en: 'Measures' },
        },
      },
    },
    record_execution: {
      from: ['decided'],
      to: 'executed',
      roles: ['province_supervisor', 'city_officer'],
      level: 'ancestor',
      label: { zh: '登记执行情况', en: 'Record execution' },
      tone: 'primary',
      // not before the decision nor after today: the service's check (a date's `laterThan` is strict)
      payload: { executedOn: { type: 'date', required: true, label: { zh: '执行日期', en: 'Executed on' } } },
    },
    withdraw: {
      from: ['proposed'],
      to: 'withdrawn',
      roles: ['province_supervisor', 'city_officer'],
      level: 'subtree',
      commentRequired: true,
      label: { zh: '撤回', en: 'Withdraw' },
      tone: 'danger',
      inbox: false,
    },
  },
};

/** The inspecting unit (the province, or a city for its counties) acts at the region the inspection names. */
const INSPECTORS: readonly Role[] = ['province_supervisor', 'city_officer'];
const AT_INSPECTING = { column: 'inspectingRegionCode' } as const;

/**
 * 督导检查 (DOMAIN §5, policy-modules §2): planned → under way → reported (at least one finding or a report file: the
 * service's check) → feedback sent to the inspected unit (it answers by `responseDueOn`, `responseDays` after the
 * feedback, default 60 — the 巡视 practice of two months) → responded by the unit itself → closed once every finding
 * is disposed of, or returned to the unit. Everything but the answer is done by the inspecting unit, whichever level
 * it sits at (the `{column: 'inspectingRegionCode'}` level: the province inspecting a county two levels down).
 */
export const INSPECTION_WORKFLOW: WorkflowDefinition = {
  resource: 'inspections',
  initial: 'planned',
  approvedState: 'closed',
  states: {
    planned: { label: { zh: '计划中', en: 'Planned' }, editable: true, color: 'default' },
    in_progress: { label: { zh: '检查中', en: 'In progress' }, editable: true, color: 'processing' },
    reported: { label: { zh: '已形成报告', en: 'Reported' }, color: 'processing' },
    feedback_sent: { label: { zh: '已反馈待整改报告', en: 'Feedback sent' }, color: 'warning' },
    responded: { label: { zh: '已报送整改报告', en: 'Responded' }, color: 'processing' },
    closed: { label: { zh: '已办结', en: 'Closed' }, color: 'success' },
  },
  actions: {
    start: { from: ['planned'], to: 'in_progress', roles: INSPECTORS, level: AT_INSPECTING, label: { zh: '开始检查', en: 'Start' }, tone: 'primary' },
    report: { from: ['in_progress'], to: 'reported', roles: INSPECTORS, level: AT_INSPECTING, label: { zh: '形成检查报告', en: 'Report' }, tone: 'primary' },
    send_feedback: {
      from: ['reported'],
      to: 'feedback_sent',
      roles: INSPECTORS,
      level: AT_INSPECTING,
      label: { zh: '反馈问题', en: 'Send feedback' },
      tone: 'primary',
    },
    respond: {
      from: ['feedback_sent'],
      to: 'responded',
      roles: ['city_officer', 'county_officer'],
      level: 'own',
      commentRequired: true,
      label: { zh: '报送整改报告', en: 'Respond' },
      tone: 'primary',
    },
    close: { from: ['responded'], to: 'closed', roles: INSPECTORS, level: AT_INSPECTING, label: { zh: '办结', en: 'Close' }, tone: 'primary' },
    return: {
      from: ['responded'],
      to: 'feedback_sent',
      roles: INSPECTORS,
      level: AT_INSPECTING,
      commentRequired: true,
      label: { zh: '退回', en: 'Return' },
      tone: 'danger',
      // the unit answers again by a new date (in the future; see the inspections service)
      payload: { responseDueOn: { type: 'date', required: true, label: { zh: '重新报送期限', en: 'New answer deadline' } } },
    },
  },
};

/** The states in which a concealed inspection (暗访, 飞行检查) is still hidden from the unit it inspects. */
export const INSPECTION_CONCEALED_STATES: readonly string[] = ['planned', 'in_progress', 'reported'];

export const SUPERVISION_WORKFLOWS: readonly WorkflowDefinition[] = [
  RESPONSIBILITY_TABLE_WORKFLOW,
  REPORTING_DUE_RULES_WORKFLOW,
  ACCOUNTABILITY_RECORD_WORKFLOW,
  INSPECTION_WORKFLOW,
];
