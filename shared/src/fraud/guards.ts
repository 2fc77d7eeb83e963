/**
 * The statutory guards of a fraud case (issue 16; 令第4号; 行政处罚法; 条例), each a pure function answering null (the
 * step may go ahead) or the refusal: a stable `code`, the `article` it enforces, the request `field` it is about and a
 * "中文 (english)" message. The API answers a refusal with 400 (the request's content) or 409 (the case's state) and
 * the code at the top level of the body; the admin names the guard and the article on the blocked step. Table-tested
 * one by one (guards.spec.ts).
 */
import { defineCodes, type CodeOf } from '../codes';
import { maskIdNumbersIn } from '../id-number';
import {
  FRAUD_CAUSE_BASIS,
  FRAUD_PAUSE_KIND_CODES,
  FRAUD_PERSON_PARTY_TYPES,
  FRAUD_SERIOUS_MEASURES,
  type DiscretionTier,
  type FraudCause,
  type FraudDecisionType,
  type FraudExecutionKind,
  type FraudMeasure,
  type FraudPartyType,
} from './codes';
import { FRAUD_TIME_LIMITS, limitationEndsOn, statementWindowEndsOn, type FraudExtension, type FraudPause, type FraudTimeLimits } from './deadlines';
import { articleFineRange, fenRange, governingArticle, type DiscretionTiers } from './discretion';

/** The guards by code, with their labels (the admin's blocked-step badge). */
export const FRAUD_GUARD_CODES = defineCodes({
  limitation_expired: { zh: '超过追责时效', en: 'Limitation period expired' },
  officers_insufficient: { zh: '持证执法人员不足两人', en: 'Fewer than two certified officers' },
  reviewer_is_investigator: { zh: '法制审核人员为办案人员', en: 'The legal reviewer investigated the case' },
  legal_review_required: { zh: '须经法制审核', en: 'Legal review required' },
  exceeds_notice: { zh: '超出告知的处罚', en: 'Above the notified penalty' },
  fine_out_of_range: { zh: '罚款超出法定幅度或缺少裁量理由', en: 'Fine outside the statutory range or no discretion reason' },
  hearing_rights_missing: { zh: '未告知听证权利', en: 'Hearing rights not notified' },
  statement_window_open: { zh: '陈述申辩期未届满', en: 'Statement period still open' },
  collective_discussion_required: { zh: '须经负责人集体讨论', en: 'Collective discussion required' },
  decision_overdue: { zh: '超过办案期限', en: 'Decision deadline passed' },
  execution_incomplete: { zh: '尚未执行完毕', en: 'Execution incomplete' },
  pause_overlap: { zh: '不计入期限的期间重叠', en: 'Overlapping pauses' },
});
export const FRAUD_GUARDS = FRAUD_GUARD_CODES.values;
export type FraudGuardCode = CodeOf<typeof FRAUD_GUARD_CODES>;

export interface FraudGuardRefusal {
  code: FraudGuardCode;
  /** the clause the guard enforces, as cited on the blocked step */
  article: string;
  /** the request field it is about, when one is */
  field?: string;
  /** "中文 (english)" */
  message: string;
}

/**
 * Thresholds of the guards, in fen (a provincial parameter; national defaults with their sources in
 * `FRAUD_THRESHOLD_SOURCES`).
 */
export interface FraudThresholds {
  /** investigators holding an enforcement certificate (令第4号 art. 16) */
  minOfficers: number;
  /** hearing rights from this fine (a person / an organisation) */
  hearingFinePerson: number;
  hearingFineOrganisation: number;
  /** legal review from this fine or recovery */
  legalReviewAmountPerson: number;
  legalReviewAmountOrganisation: number;
  /** every decision is reviewed (Liaoning) */
  legalReviewAlways: boolean;
  /** collective discussion from this fine plus confiscation */
  collectiveAmountPerson: number;
  collectiveAmountOrganisation: number;
}

export const FRAUD_THRESHOLDS: Readonly<FraudThresholds> = Object.freeze({
  minOfficers: 2,
  hearingFinePerson: 500_000,
  hearingFineOrganisation: 10_000_000,
  legalReviewAmountPerson: 500_000,
  legalReviewAmountOrganisation: 10_000_000,
  legalReviewAlways: false,
  collectiveAmountPerson: 1_000_000,
  collectiveAmountOrganisation: 10_000_000,
});

export const FRAUD_THRESHOLD_SOURCES: Readonly<Record<keyof FraudThresholds, string>> = Object.freeze({
  minOfficers: '令第4号第十六条（执法人员不得少于两人，并出示执法证件）',
  hearingFinePerson: '汕尾市医疗保障行政处罚程序实施办法第三十六条（对公民处5000元以上罚款）',
  hearingFineOrganisation: '汕尾市医疗保障行政处罚程序实施办法第三十六条（对法人或其他组织处10万元以上罚款）',
  legalReviewAmountPerson: '汕尾市医疗保障行政处罚程序实施办法第三十八条（公民5000元以上）',
  legalReviewAmountOrganisation: '汕尾市医疗保障行政处罚程序实施办法第三十八条（法人或其他组织10万元以上）',
  legalReviewAlways: '国家：列举情形；辽宁：全部案件法制审核',
  collectiveAmountPerson: '辽宁（R1 ybcase）：对个人罚款1万元以上集体讨论',
  collectiveAmountOrganisation: '辽宁（R1 ybcase）：对单位罚款10万元以上集体讨论',
});

const yuan = (fen: number) => (fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
const isPerson = (partyType: FraudPartyType) => FRAUD_PERSON_PARTY_TYPES.includes(partyType);
const refuse = (code: FraudGuardCode, article: string, field: string | undefined, zh: string, en: string): FraudGuardRefusal => ({
  code,
  article,
  ...(field ? { field } : {}),
  // a guard message never carries an ID number, whatever a caller put in a reason
  message: maskIdNumbersIn(`${zh} (${en})`),
});

/** 行政处罚法 art. 36; 令第4号 art. 6: no case is filed on conduct that ended more than 2 years (5 where health was harmed) before. */
export function limitationRefusal(
  c: { conductEndedOn: string; healthHarmed: boolean; filedOn: string },
  limits: FraudTimeLimits = FRAUD_TIME_LIMITS,
): FraudGuardRefusal | null {
  const endsOn = limitationEndsOn(c.conductEndedOn, c.healthHarmed, limits);
  if (c.filedOn <= endsOn) return null;
  const years = c.healthHarmed ? limits.limitationYearsHealthHarmed : limits.limitationYears;
  return refuse(
    'limitation_expired',
    '行政处罚法第三十六条；令第4号第六条',
    'conductEndedOn',
    `违法行为于 ${c.conductEndedOn} 终了，已超过${years}年追责时效（至 ${endsOn}），不再给予行政处罚`,
    `the conduct ended on ${c.conductEndedOn}: the ${years}-year limitation ran out on ${endsOn}`,
  );
}

/** 令第4号 art. 16: at least two investigating officers, each holding an enforcement certificate (执法证). */
export function officersRefusal(
  officers: ReadonlyArray<{ id: number; enforcementCertNo: string | null }>,
  thresholds: FraudThresholds = FRAUD_THRESHOLDS,
): FraudGuardRefusal | null {
  const certified = new Set(officers.filter((o) => o.enforcementCertNo?.trim()).map((o) => o.id));
  if (certified.size >= thresholds.minOfficers) return null;
  return refuse(
    'officers_insufficient',
    '令第4号第十六条',
    'officerIds',
    `调查须有不少于${thresholds.minOfficers}名持有执法证的执法人员，现有 ${certified.size} 名`,
    `at least ${thresholds.minOfficers} officers holding enforcement certificates must investigate; ${certified.size} do`,
  );
}

/** 令第4号 arts. 37–40: an officer who investigated the case may not review it. */
export function reviewerRefusal(reviewerId: number, officerIds: readonly number[]): FraudGuardRefusal | null {
  if (!officerIds.includes(reviewerId)) return null;
  return refuse(
    'reviewer_is_investigator',
    '令第4号第三十七条至第四十条',
    'reviewerId',
    '办案人员不得作为本案的法制审核人员',
    'an investigating officer of the case may not review it',
  );
}

/**
 * 令第4号 art. 37; 行政处罚法 art. 58: no decision without a passed legal review where one is required — a fine or a
 * recovery at the threshold, a hearing held, or a suspension or termination (汕尾 art. 38; Liaoning: always).
 */
export function legalReviewRefusal(
  d: { partyType: FraudPartyType; fine: number; recoup: number; measures: readonly FraudMeasure[]; hearingHeld: boolean; legalReviewPassed: boolean },
  thresholds: FraudThresholds = FRAUD_THRESHOLDS,
): FraudGuardRefusal | null {
  if (d.legalReviewPassed) return null;
  const limit = isPerson(d.partyType) ? thresholds.legalReviewAmountPerson : thresholds.legalReviewAmountOrganisation;
  const serious = d.measures.filter((m) => FRAUD_SERIOUS_MEASURES.includes(m));
  const why: Array<[string, string]> = [];
  if (thresholds.legalReviewAlways) why.push(['本地规定全部案件须法制审核', 'every case is reviewed here']);
  if (d.fine >= limit || d.recoup >= limit) why.push([`罚款或退回金额达到 ${yuan(limit)} 元`, `a fine or recovery of ${yuan(limit)} yuan or more`]);
  if (d.hearingHeld) why.push(['已举行听证', 'a hearing was held']);
  if (serious.length) why.push(['决定暂停或解除协议', 'a suspension or termination']);
  if (!why.length) return null;
  return refuse(
    'legal_review_required',
    '令第4号第三十七条；行政处罚法第五十八条',
    'legalReview',
    `${why.map((w) => w[0]).join('、')}，须经法制审核通过后方可作出决定`,
    `${why.map((w) => w[1]).join(', ')}: the decision needs a passed legal review`,
  );
}

/** One notice given to the party (行政处罚事先告知书). */
export interface FraudNoticeAmounts {
  proposedFine: number;
  proposedRecoup: number;
  /** a re-notice that may raise the amounts states why (变更理由) */
  changeReason: string | null;
}

/** The most the decision may impose: the lowest amounts notified since the last re-notice with a reason. */
export function noticeCeiling(notices: readonly FraudNoticeAmounts[]): { fine: number; recoup: number } | null {
  let ceiling: { fine: number; recoup: number } | null = null;
  for (const n of notices) {
    ceiling =
      ceiling === null || n.changeReason?.trim()
        ? { fine: n.proposedFine, recoup: n.proposedRecoup }
        : { fine: Math.min(ceiling.fine, n.proposedFine), recoup: Math.min(ceiling.recoup, n.proposedRecoup) };
  }
  return ceiling;
}

/**
 * 令第4号 art. 41; 行政处罚法 art. 45: the penalty may not be raised because the party stated its case — the decided
 * fine and recovery stay within the lowest amounts notified, unless the party was notified again with a reason.
 */
export function exceedsNoticeRefusal(notices: readonly FraudNoticeAmounts[], decided: { fine: number; recoup: number }): FraudGuardRefusal | null {
  const ceiling = noticeCeiling(notices);
  const article = '令第4号第四十一条；行政处罚法第四十五条';
  if (ceiling === null) return refuse('exceeds_notice', article, 'notice', '作出处罚决定前须先告知当事人', 'the party must be notified before the decision');
  for (const [field, zh, en] of [
    ['fine', '罚款', 'fine'],
    ['recoup', '责令退回金额', 'recovery'],
  ] as const) {
    if (decided[field] > ceiling[field]) {
      return refuse(
        'exceeds_notice',
        article,
        field,
        `决定的${zh} ${yuan(decided[field])} 元高于告知的 ${yuan(ceiling[field])} 元；加重须重新告知并说明理由`,
        `the decided ${en} of ${yuan(decided[field])} yuan is above the ${yuan(ceiling[field])} yuan notified; notify again with a reason`,
      );
    }
  }
  return null;
}

/**
 * 条例 arts. 37–41: a penalty's fine lies within its article's multiple of the loss (art. 38: 1–2×; arts. 37, 40,
 * 41: 2–5×) and states its tier and the reason for it (医保发〔2021〕35号). No fine is lawful where there was no loss,
 * or where every cause fines only with intent (art. 41 first paragraph) — then the range does not bind a zero fine.
 */
export function fineRangeRefusal(
  d: {
    decisionType: FraudDecisionType;
    causes: readonly FraudCause[];
    loss: number;
    fine: number;
    discretionTier: DiscretionTier | null;
    discretionReason: string | null;
  },
  /** the province's 裁量基准 in force (fraud-parameters): the fine lies in the range of the tier it states */
  tiers?: DiscretionTiers,
): FraudGuardRefusal | null {
  if (d.decisionType !== 'penalty') return null;
  const article = governingArticle(d.causes);
  const range = articleFineRange(d.causes, d.loss);
  if (article === null || range === null)
    return refuse('fine_out_of_range', '条例第三十七条至第四十一条', 'causes', '处罚决定须有案由', 'a penalty needs its causes');
  const cite = `条例第${{ 37: '三十七', 38: '三十八', 40: '四十', 41: '四十一' }[article]}条`;
  const optional = d.loss === 0 || d.causes.every((c) => !FRAUD_CAUSE_BASIS[c].fineRequired);
  if (!(d.fine === 0 && optional) && (d.fine < range.min || d.fine > range.max)) {
    return refuse(
      'fine_out_of_range',
      cite,
      'fine',
      `罚款 ${yuan(d.fine)} 元超出法定幅度 ${yuan(range.min)}–${yuan(range.max)} 元`,
      `the fine of ${yuan(d.fine)} yuan is outside the statutory ${yuan(range.min)}–${yuan(range.max)} yuan`,
    );
  }
  if (!d.discretionTier) return refuse('fine_out_of_range', cite, 'discretionTier', '处罚决定须载明裁量阶次', 'a penalty states its discretion tier');
  if (tiers && d.fine > 0) {
    const tier = fenRange(d.loss, tiers[article][d.discretionTier]);
    if (d.fine < tier.min || d.fine > tier.max)
      return refuse(
        'fine_out_of_range',
        `${cite}；裁量基准`,
        'fine',
        `罚款 ${yuan(d.fine)} 元不在所选裁量阶次的幅度 ${yuan(tier.min)}–${yuan(tier.max)} 元内`,
        `the fine of ${yuan(d.fine)} yuan is outside the chosen tier's ${yuan(tier.min)}–${yuan(tier.max)} yuan`,
      );
  }
  if (!d.discretionReason?.trim())
    return refuse('fine_out_of_range', cite, 'discretionReason', '处罚决定须说明裁量理由', 'a penalty states the reason for its discretion');
  return null;
}

/**
 * 行政处罚法 art. 63 (thresholds: 汕尾 art. 36): the notice tells the party of its right to a hearing where the fine
 * reaches the threshold (a person / an organisation) or the decision may suspend or terminate.
 */
export function hearingRightsRefusal(
  n: { partyType: FraudPartyType; proposedFine: number; measures: readonly FraudMeasure[]; hearingOffered: boolean },
  thresholds: FraudThresholds = FRAUD_THRESHOLDS,
): FraudGuardRefusal | null {
  if (n.hearingOffered) return null;
  const limit = isPerson(n.partyType) ? thresholds.hearingFinePerson : thresholds.hearingFineOrganisation;
  const serious = n.measures.some((m) => FRAUD_SERIOUS_MEASURES.includes(m));
  if (n.proposedFine < limit && !serious) return null;
  return refuse(
    'hearing_rights_missing',
    '行政处罚法第六十三条；汕尾市实施办法第三十六条',
    'hearingOffered',
    serious ? '拟暂停或解除协议，告知书须载明当事人有权要求听证' : `拟罚款达到 ${yuan(limit)} 元，告知书须载明当事人有权要求听证`,
    serious
      ? 'a suspension or termination is proposed: the notice must offer a hearing'
      : `a fine of ${yuan(limit)} yuan or more: the notice must offer a hearing`,
  );
}

/** 令第4号 art. 41; 行政处罚法 arts. 44, 45, 64: no decision while the party may still state its case or ask for a hearing, unless it waived. */
export function statementWindowRefusal(
  d: { noticedOn: string; decidedOn: string; statementWaived: boolean },
  limits: FraudTimeLimits = FRAUD_TIME_LIMITS,
): FraudGuardRefusal | null {
  const endsOn = statementWindowEndsOn(d.noticedOn, limits);
  if (d.statementWaived || d.decidedOn > endsOn) return null;
  return refuse(
    'statement_window_open',
    '令第4号第四十一条；行政处罚法第四十四条、第六十四条',
    'decidedOn',
    `陈述申辩和要求听证的期限至 ${endsOn} 届满，之前不能作出决定（当事人明确放弃的除外）`,
    `the party may state its case or ask for a hearing until ${endsOn}; decide after that, unless it waived`,
  );
}

/** 令第4号 art. 44; 行政处罚法 art. 57: a major penalty (fine and confiscation at the threshold) is decided by the heads collectively. */
export function collectiveDiscussionRefusal(
  d: { partyType: FraudPartyType; fine: number; confiscate: number; collectiveDiscussionHeld: boolean },
  thresholds: FraudThresholds = FRAUD_THRESHOLDS,
): FraudGuardRefusal | null {
  const limit = isPerson(d.partyType) ? thresholds.collectiveAmountPerson : thresholds.collectiveAmountOrganisation;
  if (d.collectiveDiscussionHeld || d.fine + d.confiscate < limit) return null;
  return refuse(
    'collective_discussion_required',
    '令第4号第四十四条；行政处罚法第五十七条',
    'collectiveDiscussion',
    `罚没金额达到 ${yuan(limit)} 元，须经负责人集体讨论决定`,
    `fines and confiscation of ${yuan(limit)} yuan or more are decided by the heads collectively`,
  );
}

/**
 * 令第4号 art. 45: the head may extend the decision deadline once, by at most 30 days; any further extension (or a
 * longer one) only by a recorded collective discussion.
 */
export function extensionRefusal(
  granted: readonly FraudExtension[],
  requested: FraudExtension,
  limits: FraudTimeLimits = FRAUD_TIME_LIMITS,
): FraudGuardRefusal | null {
  if (requested.collective) return null;
  const byHead = granted.filter((e) => !e.collective).length;
  if (byHead === 0 && requested.days <= limits.decisionExtensionDays) return null;
  return refuse(
    'collective_discussion_required',
    '令第4号第四十五条',
    'collective',
    `负责人批准延期仅限一次且不超过 ${limits.decisionExtensionDays} 日，再延期须经集体讨论`,
    `the head extends once, by at most ${limits.decisionExtensionDays} days; more needs a collective discussion`,
  );
}

/** 令第4号 art. 45: no decision after the deadline (90 days, extensions and pauses counted) — extend first. */
export function decisionOverdueRefusal(d: { decidedOn: string; decisionDueOn: string }): FraudGuardRefusal | null {
  if (d.decidedOn <= d.decisionDueOn) return null;
  return refuse(
    'decision_overdue',
    '令第4号第四十五条',
    'decidedOn',
    `办案期限已于 ${d.decisionDueOn} 届满，须先经批准延期`,
    `the decision was due by ${d.decisionDueOn}; extend the deadline first`,
  );
}

/** One collected amount (罚没款票据). */
export interface FraudExecutionAmount {
  kind: FraudExecutionKind;
  amount: number;
}

/** What is still owed, by kind (never below 0): the decided amounts and the late fee due, less what was collected. */
export function amountsOwed(
  decided: { fine: number; recoup: number; confiscate: number },
  lateFeeDue: number,
  executions: readonly FraudExecutionAmount[],
): Record<FraudExecutionKind, number> {
  const due: Record<FraudExecutionKind, number> = { fine: decided.fine, recoup: decided.recoup, confiscate: decided.confiscate, late_fee: lateFeeDue };
  for (const e of executions) due[e.kind] -= e.amount;
  return { fine: Math.max(0, due.fine), recoup: Math.max(0, due.recoup), confiscate: Math.max(0, due.confiscate), late_fee: Math.max(0, due.late_fee) };
}

/** 令第4号 art. 56: a case closes once executed in full, or once the court has accepted enforcement. */
export function executionIncompleteRefusal(d: {
  decided: { fine: number; recoup: number; confiscate: number };
  lateFeeDue: number;
  executions: readonly FraudExecutionAmount[];
  courtEnforcementAccepted: boolean;
}): FraudGuardRefusal | null {
  if (d.courtEnforcementAccepted) return null;
  const owed = amountsOwed(d.decided, d.lateFeeDue, d.executions);
  const open = (Object.keys(owed) as FraudExecutionKind[]).filter((k) => owed[k] > 0);
  if (!open.length) return null;
  const total = open.reduce((s, k) => s + owed[k], 0);
  return refuse(
    'execution_incomplete',
    '令第4号第五十六条',
    'executions',
    `尚有 ${yuan(total)} 元未执行（${open.join('、')}），执行完毕或法院受理强制执行后方可结案`,
    `${yuan(total)} yuan is still owed (${open.join(', ')}): close once executed or enforcement is accepted by the court`,
  );
}

/** 令第4号 art. 45: periods not counted toward the deadline may not overlap (each day counts once). An open pause runs on. */
export function pauseOverlapRefusal(existing: readonly FraudPause[], added: FraudPause): FraudGuardRefusal | null {
  const end = (p: FraudPause) => p.to ?? '9999-12-31';
  const clash = existing.find((p) => p.from <= end(added) && added.from <= end(p));
  if (!clash) return null;
  return refuse(
    'pause_overlap',
    '令第4号第四十五条',
    'from',
    `与已登记的${FRAUD_PAUSE_KIND_CODES.zh[clash.kind]}期间 ${clash.from} 至 ${clash.to ?? '今'} 重叠`,
    `overlaps the ${FRAUD_PAUSE_KIND_CODES.en[clash.kind].toLowerCase()} pause ${clash.from}–${clash.to ?? 'open'}`,
  );
}
