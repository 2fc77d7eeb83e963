import type { CodeList } from '../codes';
import type { Role } from '../roles';
import { parameterSetWorkflow, type ActionPayloadField, type WorkflowDefinition, type WorkflowState } from '../workflow';
import {
  DISCRETION_TIER_CODES,
  FRAUD_CASE_STATE_CODES,
  FRAUD_CAUSE_CODES,
  FRAUD_CAUSES,
  FRAUD_CAUSES_BY_PARTY_TYPE,
  FRAUD_CLUE_STATE_CODES,
  FRAUD_DECISION_TYPE_CODES,
  FRAUD_MEASURE_CODES,
  FRAUD_MEASURE_MONTHS,
  FRAUD_MEASURES,
  FRAUD_MEASURES_BY_PARTY_TYPE,
  type FraudCaseState,
  type FraudClueState,
} from './codes';

/**
 * 欺诈骗保 workflows (issue 16; 令第4号; policy-modules §1.3), as data for the one engine. The action names and states
 * are fixed by the issue (acceptance checks use them). Everything happens at the record's own unit (`own`): the
 * handling department investigates and its own head decides — the level above supervises (督办) and does not approve.
 * The statutory guards (guards.ts) are the service's checks on top of the engine's.
 */

/** The handling unit's officers: they verify clues and investigate (令第4号 art. 16: two certified officers). */
const OFFICERS: readonly Role[] = ['city_officer', 'county_officer', 'inspector', 'province_supervisor'];
/** 医保局负责人: decides filing (art. 14–15), extensions (art. 45), the decision (art. 43) and closure (art. 56). */
const HEAD: readonly Role[] = ['bureau_head'];

/** 100 亿元 in fen: above any case amount, within a safe integer. */
const MAX_AMOUNT = 1_000_000_000_000;
const amount = (zh: string, en: string): ActionPayloadField => ({ type: 'amount', min: 0, max: MAX_AMOUNT, label: { zh, en } });
const date = (zh: string, en: string, required = false): ActionPayloadField => ({ type: 'date', required, label: { zh, en } });
const text = (zh: string, en: string, maxLength: number, required = false): ActionPayloadField => ({ type: 'text', maxLength, required, label: { zh, en } });
const flag = (zh: string, en: string): ActionPayloadField => ({ type: 'flag', label: { zh, en } });
/** The shortest and longest suspension of any measure (FRAUD_MEASURE_MONTHS); the service checks the measure's own range. */
const SUSPENSION_MONTHS = Object.values(FRAUD_MEASURE_MONTHS);
/**
 * At most this many officers handle one case: the statutory two (令第4号 art. 16) is the service's guard
 * (`officers_insufficient`, with its article), not the engine's bound, so the guard's code reaches the client.
 */
const MAX_CASE_OFFICERS = 10;

const COLORS: Record<string, string> = {
  received: 'default',
  verifying: 'processing',
  filed: 'processing',
  not_filed: 'default',
  transferred: 'default',
  investigating: 'processing',
  legal_review: 'processing',
  reviewed: 'processing',
  notified: 'warning',
  hearing: 'warning',
  decided: 'warning',
  served: 'warning',
  executing: 'warning',
  closed: 'success',
  terminated: 'default',
};

/** The states of a code list, labelled from it (one label source). */
function statesOf<S extends string>(codes: CodeList<S>, deadlineDays: Partial<Record<S, number>> = {}): Record<S, WorkflowState> {
  return Object.fromEntries(
    codes.values.map((s) => [
      s,
      { label: { zh: codes.zh[s], en: codes.en[s] }, color: COLORS[s] ?? 'default', ...(deadlineDays[s] ? { deadlineDays: deadlineDays[s] } : {}) },
    ]),
  ) as Record<S, WorkflowState>;
}

/**
 * 线索 (令第4号 art. 14): received → verifying → filed (creates the case) | not filed | transferred. The decision whether
 * to file is due 15 working days after receipt, once extendable by 15 (`extend`, the head's): the due date is the
 * record's `verifyDueOn` (deadlines.ts), not a state's `deadlineDays`, which counts calendar days.
 */
export const FRAUD_CLUE_WORKFLOW: WorkflowDefinition = {
  resource: 'fraud-clues',
  initial: 'received',
  approvedState: 'filed',
  states: statesOf<FraudClueState>(FRAUD_CLUE_STATE_CODES),
  actions: {
    verify: { from: ['received'], to: 'verifying', roles: OFFICERS, level: 'own', label: { zh: '开始核查', en: 'Verify' }, tone: 'primary' },
    file: {
      from: ['verifying'],
      to: 'filed',
      roles: HEAD,
      level: 'own',
      label: { zh: '批准立案', en: 'File a case' },
      tone: 'primary',
      payload: {
        filedOn: date('立案日期', 'Filed on'),
        // the handling unit's own officers (令第4号 art. 16); certification and the count are the guard's
        officerIds: {
          type: 'users',
          roles: OFFICERS,
          level: 'own',
          minItems: 1,
          maxItems: MAX_CASE_OFFICERS,
          required: true,
          label: { zh: '承办人员', en: 'Officers' },
        },
        causes: {
          type: 'codes',
          codes: FRAUD_CAUSE_CODES,
          maxItems: FRAUD_CAUSES.length,
          // a cause applies to the party types of its article (R1 guard 2001)
          allowedBy: { field: 'subjectType', allowed: FRAUD_CAUSES_BY_PARTY_TYPE },
          required: true,
          label: { zh: '案由', en: 'Causes' },
        },
        amountInvolved: amount('涉案金额', 'Amount involved'),
        conductEndedOn: date('违法行为终了日期', 'Conduct ended on', true),
        // five years of limitation instead of two (行政处罚法 art. 36)
        healthHarmed: flag('涉及公民生命健康安全且有危害后果', 'Harmed life or health'),
      },
    },
    not_file: {
      from: ['verifying'],
      to: 'not_filed',
      roles: HEAD,
      level: 'own',
      commentRequired: true,
      label: { zh: '不予立案', en: 'Do not file' },
      tone: 'danger',
    },
    transfer: {
      from: ['received', 'verifying'],
      to: 'transferred',
      roles: [...OFFICERS, ...HEAD],
      level: 'own',
      commentRequired: true,
      label: { zh: '移送', en: 'Transfer' },
      tone: 'default',
    },
    // once (the service refuses a second), +15 working days on verifyDueOn (令第4号 art. 14)
    extend: {
      from: ['verifying'],
      to: 'verifying',
      roles: HEAD,
      level: 'own',
      commentRequired: true,
      label: { zh: '批准延长核查期限', en: 'Extend verification' },
      tone: 'default',
      inbox: false,
    },
  },
};

const BEFORE_DECISION: readonly FraudCaseState[] = ['filed', 'investigating', 'legal_review', 'reviewed', 'notified', 'hearing'];
const measures: ActionPayloadField = {
  type: 'codes',
  codes: FRAUD_MEASURE_CODES,
  maxItems: FRAUD_MEASURES.length,
  allowedBy: { field: 'partyType', allowed: FRAUD_MEASURES_BY_PARTY_TYPE },
  label: { zh: '其他处理措施', en: 'Measures' },
};

/**
 * 案件 (令第4号 arts. 15–57): filed → investigating → legal review → reviewed → notified (→ hearing → notified) →
 * decided → served → executing → closed; terminated from any state before the decision. Pauses, extensions, the
 * collective discussion and executions are recorded beside the workflow (`POST …/pauses` etc.).
 */
export const FRAUD_CASE_WORKFLOW: WorkflowDefinition = {
  resource: 'fraud-cases',
  initial: 'filed',
  approvedState: 'decided',
  states: statesOf<FraudCaseState>(FRAUD_CASE_STATE_CODES),
  actions: {
    start_investigation: {
      from: ['filed'],
      to: 'investigating',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '开始调查', en: 'Start investigation' },
      tone: 'primary',
    },
    request_review: {
      from: ['investigating'],
      to: 'legal_review',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '提请法制审核', en: 'Request legal review' },
      tone: 'primary',
      // a legal reviewer of the same unit; that it is no investigator of the case is the guard's (reviewer_is_investigator)
      payload: { reviewerId: { type: 'user', roles: OFFICERS, level: 'own', required: true, label: { zh: '法制审核人员', en: 'Legal reviewer' } } },
    },
    pass_review: {
      from: ['legal_review'],
      to: 'reviewed',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '法制审核通过', en: 'Pass legal review' },
      tone: 'primary',
      payload: { reviewedOn: date('审核日期', 'Reviewed on') },
    },
    return_review: {
      from: ['legal_review'],
      to: 'investigating',
      roles: OFFICERS,
      level: 'own',
      commentRequired: true,
      label: { zh: '法制审核退回', en: 'Return from legal review' },
      tone: 'danger',
    },
    notify: {
      // again from `notified`: a re-notice (lower amounts, or higher ones with a reason: 令第4号 art. 41)
      from: ['investigating', 'reviewed', 'notified'],
      to: 'notified',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '行政处罚事先告知', en: 'Notify the party' },
      tone: 'primary',
      payload: {
        noticeNo: text('告知书文号', 'Notice number', 64, true),
        noticedOn: date('告知日期', 'Noticed on'),
        proposedFine: amount('拟罚款金额', 'Proposed fine'),
        proposedRecoup: amount('拟责令退回金额', 'Proposed recovery'),
        measures,
        hearingOffered: flag('告知听证权利', 'Hearing offered'),
        // a re-notice above the lowest amounts notified so far states why (令第4号 art. 41; exceeds_notice)
        changeReason: text('变更理由', 'Reason for the change', 1000),
      },
    },
    request_hearing: {
      from: ['notified'],
      to: 'hearing',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '当事人要求听证', en: 'Hearing requested' },
      tone: 'default',
      payload: { hearingOn: date('听证日期', 'Hearing on', true) },
    },
    conclude_hearing: {
      from: ['hearing'],
      to: 'notified',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '听证结束', en: 'Conclude hearing' },
      tone: 'primary',
      // the hearing's pause (令第4号 art. 45) ends on this date
      payload: { hearingConcludedOn: date('听证结束日期', 'Hearing concluded on') },
    },
    decide: {
      from: ['notified'],
      to: 'decided',
      roles: HEAD,
      level: 'own',
      label: { zh: '作出处理决定', en: 'Decide' },
      tone: 'primary',
      payload: {
        decisionType: { type: 'code', codes: FRAUD_DECISION_TYPE_CODES, required: true, label: { zh: '处理决定类型', en: 'Decision type' } },
        decidedOn: date('决定日期', 'Decided on'),
        decisionNo: text('决定书文号', 'Decision number', 64, true),
        fine: amount('罚款金额', 'Fine'),
        recoup: amount('责令退回金额', 'Recovery'),
        confiscate: amount('没收违法所得', 'Confiscation'),
        measures,
        // the measure's own range (6–12 or 3–12) is the service's check (measures.ts suspensionMonthsProblem)
        suspensionMonths: {
          type: 'count',
          min: Math.min(...SUSPENSION_MONTHS.map((m) => m!.min)),
          max: Math.max(...SUSPENSION_MONTHS.map((m) => m!.max)),
          unit: { zh: '个月', en: 'months' },
          label: { zh: '暂停期限', en: 'Suspension period' },
        },
        discretionTier: { type: 'code', codes: DISCRETION_TIER_CODES, label: { zh: '裁量阶次', en: 'Discretion tier' } },
        discretionReason: text('裁量理由', 'Reason for the discretion', 2000),
        statementWaived: flag('当事人放弃陈述申辩', 'Statement waived'),
      },
    },
    serve: {
      from: ['decided'],
      to: 'served',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '送达决定书', en: 'Serve' },
      tone: 'primary',
      payload: { servedOn: date('送达日期', 'Served on', true) },
    },
    // recording the first payment starts execution (the service applies it; an officer may too)
    start_execution: {
      from: ['served'],
      to: 'executing',
      roles: OFFICERS,
      level: 'own',
      label: { zh: '开始执行', en: 'Start execution' },
      tone: 'default',
      inbox: false,
    },
    close: {
      from: ['served', 'executing'],
      to: 'closed',
      roles: HEAD,
      level: 'own',
      label: { zh: '批准结案', en: 'Close' },
      tone: 'primary',
    },
    terminate: {
      from: BEFORE_DECISION,
      to: 'terminated',
      roles: HEAD,
      level: 'own',
      commentRequired: true,
      label: { zh: '终止调查', en: 'Terminate' },
      tone: 'danger',
      inbox: false,
    },
  },
};

/** States in which a case has its decision (the title drops 涉嫌; measures take effect from service). */
export const FRAUD_CASE_DECIDED_STATES: readonly FraudCaseState[] = ['decided', 'served', 'executing', 'closed'];
/** States before the decision: the decision countdown runs, and the case may be terminated. */
export const FRAUD_CASE_OPEN_STATES = BEFORE_DECISION;

const PARAMETER_SET = parameterSetWorkflow('fraud-parameters');
const PARAMETER_SETTERS: readonly Role[] = ['province_supervisor'];

/**
 * 欺诈骗保参数 (a province's time limits, thresholds and 裁量基准 for a year): the province supervisor drafts and
 * approves its own province's set — the rule of the province's own 报送时限 (the `subtree` level: there is no level
 * above the province to approve it).
 */
export const FRAUD_PARAMETERS_WORKFLOW: WorkflowDefinition = {
  ...PARAMETER_SET,
  actions: {
    submit: { ...PARAMETER_SET.actions.submit, roles: PARAMETER_SETTERS, label: { zh: '报送审批', en: 'Submit' } },
    approve: { ...PARAMETER_SET.actions.approve, level: 'subtree' },
    return: { ...PARAMETER_SET.actions.return, level: 'subtree' },
    revise: { ...PARAMETER_SET.actions.revise, roles: PARAMETER_SETTERS },
  },
};

export const FRAUD_WORKFLOWS: readonly WorkflowDefinition[] = [FRAUD_CLUE_WORKFLOW, FRAUD_CASE_WORKFLOW, FRAUD_PARAMETERS_WORKFLOW];
