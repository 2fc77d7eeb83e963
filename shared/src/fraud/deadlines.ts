/**
 * 欺诈骗保 time limits (令第4号; 行政处罚法; policy-modules §1.3), pure and table-tested (deadlines.spec.ts). Every day
 * count comes from a `FraudTimeLimits` object (the national defaults below, each with its source; a province may set
 * its own later). Working-day limits take the working-day function as a parameter: `addWorkingDays(date, n, calendar)`
 * of `shared/src/platform/working-days.ts` (written beside this, issue 16 "Working-day calendar"), bound to its
 * calendar — `(d, n) => addWorkingDays(d, n, calendar)`.
 */
import { addDays, addMonths, daysBetween } from '../dates';
import { ILLUSTRATIVE } from '../documents';
import type { FraudPauseKind } from './codes';

/**
 * The date `days` working days after `date` (the n-th working day after it; n = 0 is `date` itself), under a
 * holiday calendar already chosen — the join with platform/working-days.ts.
 */
export type WorkingDaysAdder = (date: string, days: number) => string;

export interface FraudTimeLimits {
  /** 线索核查: whether to file is decided within this many working days of receipt */
  clueVerifyWorkingDays: number;
  /** … extended once by this many working days with the head's approval */
  clueExtensionWorkingDays: number;
  /** a named reporter is told within this many working days of the filing decision */
  reporterNoticeWorkingDays: number;
  /** the decision is due this many (natural) days after filing */
  decisionDays: number;
  /** … extended once by at most this many days with the head's approval; more only by collective discussion */
  decisionExtensionDays: number;
  /** 法制审核 within this many working days */
  legalReviewWorkingDays: number;
  /** the party may ask for a hearing (and state its case) within this many days of the notice */
  statementWindowDays: number;
  /** the decision is served within this many working days */
  serviceWorkingDays: number;
  /** a fine is paid within this many days of service */
  finePayableDays: number;
  /** late fee per day, in basis points of the fine (300 = 3 %), capped at the fine */
  lateFeeBasisPointsPerDay: number;
  /** 追责时效: not punished when undiscovered this many years after the conduct ended */
  limitationYears: number;
  /** … this many where life or health was harmed */
  limitationYearsHealthHarmed: number;
  /** 疑点 初审 (screening, issue 17): a 疑点 awaiting or in its first review is decided within this many working days */
  suspicionFirstReviewWorkingDays: number;
  /** 疑点 复审: the second review within this many working days */
  suspicionSecondReviewWorkingDays: number;
  /** 疑点 申诉: the institution's statement (appeal) window, in working days */
  suspicionAppealWorkingDays: number;
  /** 疑点 调查核实: the investigation within this many working days */
  suspicionInvestigationWorkingDays: number;
}

/** The national limits (令第4号 and 行政处罚法), each with its source below. */
export const FRAUD_TIME_LIMITS: Readonly<FraudTimeLimits> = Object.freeze({
  clueVerifyWorkingDays: 15,
  clueExtensionWorkingDays: 15,
  reporterNoticeWorkingDays: 5,
  decisionDays: 90,
  decisionExtensionDays: 30,
  legalReviewWorkingDays: 10,
  statementWindowDays: 5,
  serviceWorkingDays: 7,
  finePayableDays: 15,
  lateFeeBasisPointsPerDay: 300,
  limitationYears: 2,
  limitationYearsHealthHarmed: 5,
  suspicionFirstReviewWorkingDays: 15,
  suspicionSecondReviewWorkingDays: 10,
  suspicionAppealWorkingDays: 10,
  suspicionInvestigationWorkingDays: 30,
});

export const FRAUD_TIME_LIMIT_SOURCES: Readonly<Record<keyof FraudTimeLimits, string>> = Object.freeze({
  clueVerifyWorkingDays: '令第4号第十四条（15个工作日）',
  clueExtensionWorkingDays: '令第4号第十四条（经负责人批准可延长15个工作日）',
  reporterNoticeWorkingDays: '令第5号（作出是否立案决定之日起5个工作日内告知实名举报人）',
  decisionDays: '令第4号第四十五条（立案之日起90日内作出处理决定）',
  decisionExtensionDays: '令第4号第四十五条（经负责人批准可延长30日；仍需延长的经集体讨论决定）',
  legalReviewWorkingDays: '令第4号第三十七至四十条（法制审核10个工作日）',
  statementWindowDays: '行政处罚法第六十四条（告知后5日内提出听证要求）；辽宁：陈述申辩期3日',
  serviceWorkingDays: '令第4号第五十九条（宣告后当场交付或7个工作日内送达）',
  finePayableDays: '行政处罚法第六十七条（收到处罚决定书之日起15日内缴纳罚款）',
  lateFeeBasisPointsPerDay: '行政处罚法第七十二条、令第4号第五十五条（每日按罚款数额的3%加处罚款，不得超出罚款数额）',
  limitationYears: '行政处罚法第三十六条、令第4号第六条（2年内未被发现的不再给予行政处罚）',
  limitationYearsHealthHarmed: '行政处罚法第三十六条（涉及公民生命健康安全且有危害后果的延长至5年）',
  // 两库管理办法 (2022) asks each province for a reasonable limit per 疑点 stage and sets no day count (policy-modules §1.7, P14)
  suspicionFirstReviewWorkingDays: `医疗保障基金智能审核和监控知识库、规则库管理办法（试行）（2022）：疑点处理各环节须有合理时限，由省级规定，无全国统一天数；默认参照令第4号第十四条线索核查15个工作日（${ILLUSTRATIVE}）`,
  suspicionSecondReviewWorkingDays: `两库管理办法（2022）：复审时限由省级规定，无全国统一天数；默认10个工作日（${ILLUSTRATIVE}）`,
  suspicionAppealWorkingDays: `两库管理办法（2022）：监管对象申诉时限由省级规定，无全国统一天数；默认10个工作日（${ILLUSTRATIVE}，长于行政处罚法第六十四条的5日）`,
  suspicionInvestigationWorkingDays: `两库管理办法（2022）：调查核实时限由省级规定，无全国统一天数；默认30个工作日（${ILLUSTRATIVE}，在令第4号第四十五条90日办案期限之内）`,
});

/**
 * 期间届满的最后一日是节假日的，以节假日后的第一日为期间届满的日期 (令第4号 art. 58; 行政处罚法 art. 85): a deadline
 * counted in natural days that falls on a day off moves to the next working day. Without a calendar it stays.
 */
export function onWorkingDay(date: string, workingDays?: WorkingDaysAdder): string {
  return workingDays ? workingDays(addDays(date, -1), 1) : date;
}

/** The filing decision on a clue is due (令第4号 art. 14): 15 working days after receipt, +15 once extended. */
export function clueFilingDueOn(receivedOn: string, extended: boolean, workingDays: WorkingDaysAdder, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return workingDays(receivedOn, limits.clueVerifyWorkingDays + (extended ? limits.clueExtensionWorkingDays : 0));
}

/** A named reporter is told of the filing decision by this day (令第5号). */
export function reporterNoticeDueOn(filingDecisionOn: string, workingDays: WorkingDaysAdder, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return workingDays(filingDecisionOn, limits.reporterNoticeWorkingDays);
}

/** The legal review is due 10 working days after it was requested. */
export function legalReviewDueOn(requestedOn: string, workingDays: WorkingDaysAdder, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return workingDays(requestedOn, limits.legalReviewWorkingDays);
}

/** The decision is served within 7 working days of it (令第4号 art. 59). */
export function serviceDueOn(decidedOn: string, workingDays: WorkingDaysAdder, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return workingDays(decidedOn, limits.serviceWorkingDays);
}

/** The last day of the statement and hearing-request window after the notice. */
export function statementWindowEndsOn(noticedOn: string, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return addDays(noticedOn, limits.statementWindowDays);
}

/** The fine is payable by this day: 15 days after service, moved off a day off when a calendar is given. */
export function finePayableBy(servedOn: string, limits: FraudTimeLimits = FRAUD_TIME_LIMITS, workingDays?: WorkingDaysAdder): string {
  return onWorkingDay(addDays(servedOn, limits.finePayableDays), workingDays);
}

/**
 * 加处罚款 (行政处罚法 art. 72; 令第4号 art. 55): 3 % of the fine for each day after `payableBy` until the fine is
 * paid (`paidOn`, else `asOf`), never more than the fine. Integer fen, rounded down (the party owes no fraction).
 */
export function lateFee(fine: number, payableBy: string, paidOnOrAsOf: string, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): number {
  const daysLate = Math.max(0, daysBetween(payableBy, paidOnOrAsOf));
  if (fine <= 0 || daysLate === 0) return 0;
  // BigInt: fine × rate × days can pass 2^53 for a large fine before the cap applies
  const fee = (BigInt(fine) * BigInt(limits.lateFeeBasisPointsPerDay) * BigInt(daysLate)) / 10_000n;
  return fee >= BigInt(fine) ? fine : Number(fee);
}

/** The last day on which the conduct may still be punished (行政处罚法 art. 36; 令第4号 art. 6). */
export function limitationEndsOn(conductEndedOn: string, healthHarmed: boolean, limits: FraudTimeLimits = FRAUD_TIME_LIMITS): string {
  return addMonths(conductEndedOn, 12 * (healthHarmed ? limits.limitationYearsHealthHarmed : limits.limitationYears));
}

/** A period that does not count toward the decision deadline; `to` null while it lasts. Both days count. */
export interface FraudPause {
  kind: FraudPauseKind;
  from: string;
  to: string | null;
}

/** An extension of the decision deadline: the head's (`collective` false) or a collective discussion's. */
export interface FraudExtension {
  days: number;
  collective: boolean;
}

/** Days a pause holds up the deadline as of `today`: both ends included, an open pause up to today. */
export function pauseDays(pause: FraudPause, today: string): number {
  const to = pause.to ?? today;
  return to < pause.from ? 0 : daysBetween(pause.from, to) + 1;
}

/** Paused days of a case as of today (the case page's "不计入期限" total). */
export function totalPausedDays(pauses: readonly FraudPause[], today: string): number {
  return pauses.reduce((s, p) => s + pauseDays(p, today), 0);
}

/**
 * The decision deadline (令第4号 art. 45): 90 days after filing, plus the granted extensions, plus every paused day
 * (expert review, testing, appraisal, hearing, public notice: art. 45 does not count them) of a pause that began by
 * the deadline as it then stood. Pauses may not overlap (`pauseOverlapRefusal`), so each day counts once.
 */
export function decisionDueOn(
  c: { filedOn: string; pauses: readonly FraudPause[]; extensions: readonly FraudExtension[] },
  today: string,
  limits: FraudTimeLimits = FRAUD_TIME_LIMITS,
): string {
  let due = addDays(c.filedOn, limits.decisionDays + c.extensions.reduce((sum, e) => sum + e.days, 0));
  for (const p of [...c.pauses].sort((a, b) => a.from.localeCompare(b.from))) {
    if (p.from > due) break;
    due = addDays(due, pauseDays(p, today));
  }
  return due;
}

export interface DecisionCountdown {
  /** the deadline as of today (it moves while a pause lasts) */
  dueOn: string;
  /** days from today to the deadline: 0 on its last day, negative once overdue; frozen while paused */
  daysLeft: number;
  /** today lies in a pause */
  paused: boolean;
  /** the kind of that pause */
  pausedKind: FraudPauseKind | null;
  overdue: boolean;
}

/** The case list's countdown to the decision deadline. */
export function decisionCountdown(
  c: { filedOn: string; pauses: readonly FraudPause[]; extensions: readonly FraudExtension[] },
  today: string,
  limits: FraudTimeLimits = FRAUD_TIME_LIMITS,
): DecisionCountdown {
  const dueOn = decisionDueOn(c, today, limits);
  const current = c.pauses.find((p) => p.from <= today && (p.to === null || p.to >= today)) ?? null;
  const daysLeft = daysBetween(today, dueOn);
  return { dueOn, daysLeft, paused: current !== null, pausedKind: current?.kind ?? null, overdue: daysLeft < 0 };
}
