import type { Role } from '../roles';
import { parameterSetWorkflow, type WorkflowDefinition, type WorkflowState } from '../workflow';
import { FRAUD_SUSPICION_STATE_CODES, SUSPICION_DISMISS_REASON_CODES, type FraudSuspicionState } from './codes';

/**
 * 智能监控 workflows (issue 17), as data for the one engine. Action names are fixed by the issue.
 *
 * A 疑点 is worked by the agency's reviewers of the region that covers it (`subtree`: the county for its own 疑点,
 * the city for its counties'): 初审 → 复审 → the institution's 申诉 → 调查核实 → 违规处理 (opens a fraud clue, source
 * `screening`), or 排除 from any open stage with a reason code. Each stage's due date is the record's `dueOn`, counted
 * in working days from the province's time limits (fraud-parameters), not a state's `deadlineDays`.
 */
const REVIEWERS: readonly Role[] = ['city_officer', 'county_officer', 'inspector'];
const OPEN: readonly FraudSuspicionState[] = ['pending', 'first_review', 'second_review', 'appeal', 'investigation'];

const COLORS: Record<FraudSuspicionState, string> = {
  pending: 'default',
  first_review: 'processing',
  second_review: 'processing',
  appeal: 'warning',
  investigation: 'warning',
  violation: 'error',
  dismissed: 'success',
};

export const FRAUD_SUSPICION_WORKFLOW: WorkflowDefinition = {
  resource: 'fraud-suspicions',
  initial: 'pending',
  approvedState: 'violation',
  states: Object.fromEntries(
    FRAUD_SUSPICION_STATE_CODES.values.map((s) => [
      s,
      { label: { zh: FRAUD_SUSPICION_STATE_CODES.zh[s], en: FRAUD_SUSPICION_STATE_CODES.en[s] }, color: COLORS[s] },
    ]),
  ) as Record<FraudSuspicionState, WorkflowState>,
  actions: {
    start_review: { from: ['pending'], to: 'first_review', roles: REVIEWERS, level: 'subtree', label: { zh: '开始初审', en: 'Start review' }, tone: 'primary' },
    confirm_first: {
      from: ['first_review'],
      to: 'second_review',
      roles: REVIEWERS,
      level: 'subtree',
      label: { zh: '初审确认', en: 'Confirm (first review)' },
      tone: 'primary',
    },
    confirm_second: {
      from: ['second_review'],
      to: 'appeal',
      roles: REVIEWERS,
      level: 'subtree',
      label: { zh: '复审确认，告知机构申诉', en: 'Confirm (second review)' },
      tone: 'primary',
    },
    close_appeal: {
      from: ['appeal'],
      to: 'investigation',
      roles: REVIEWERS,
      level: 'subtree',
      label: { zh: '申诉结束，调查核实', en: 'Close the appeal' },
      tone: 'primary',
    },
    confirm_violation: {
      from: ['investigation'],
      to: 'violation',
      roles: REVIEWERS,
      level: 'subtree',
      commentRequired: true,
      label: { zh: '认定违规，移交线索', en: 'Confirm the violation' },
      tone: 'danger',
    },
    dismiss: {
      from: OPEN,
      to: 'dismissed',
      roles: REVIEWERS,
      level: 'subtree',
      commentRequired: true,
      label: { zh: '排除疑点', en: 'Dismiss' },
      payload: { reason: { type: 'code', codes: SUSPICION_DISMISS_REASON_CODES, required: true, label: { zh: '排除原因', en: 'Reason' } } },
    },
  },
};

/** 规则参数: a pooling region's yearly thresholds of the rule base, drafted by the city, approved by the province. */
export const SCREENING_PARAMETERS_WORKFLOW: WorkflowDefinition = parameterSetWorkflow('screening-parameters');

export const SCREENING_WORKFLOWS: readonly WorkflowDefinition[] = [FRAUD_SUSPICION_WORKFLOW, SCREENING_PARAMETERS_WORKFLOW];
