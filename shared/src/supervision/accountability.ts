/**
 * 追责问责 (accountability records, DOMAIN §5; policy-modules §3): which measures fit which subject, the effect
 * period of a sanction and the deadline to carry out organisational measures. Pure rules, each citing its
 * source; the API checks and derives with them, the admin shows the same figures.
 *
 * The periods are national law, the same in every region and year, so they are data here with their source — not
 * a yearly regional parameter set (`parameterSetController` is for a pooling region's yearly figures).
 */
import { addDays, addMonths } from '../dates';
import type { AccountabilityMeasure, AccountabilitySubjectType } from './codes';

/** Any subject may be referred to the discipline inspection and supervision organs. */
const ANY_SUBJECT: readonly AccountabilityMeasure[] = ['referral_to_discipline'];

/**
 * The measures each subject type may receive: organisations and leading cadres 《中国共产党问责条例》(2019) art. 8
 * (检查、通报、改组; 通报、诫勉、组织调整或组织处理、纪律处分); officials 《公职人员政务处分法》 art. 7 (警告 … 开除) and
 * art. 12 (谈话提醒、批评教育、责令检查、诫勉 instead of a sanction).
 */
export const ACCOUNTABILITY_MEASURES_BY_SUBJECT: Readonly<Record<AccountabilitySubjectType, readonly AccountabilityMeasure[]>> = Object.freeze({
  organisation: ['self_examination', 'circulated_criticism', 'reorganisation', ...ANY_SUBJECT],
  leading_cadre: [
    'circulated_criticism',
    'admonishment',
    'suspension_for_inspection',
    'reassignment',
    'ordered_resignation',
    'dismissal_from_post',
    'demotion_of_post',
    'party_discipline',
    ...ANY_SUBJECT,
  ],
  official: [
    'warning',
    'demerit',
    'major_demerit',
    'demotion',
    'removal',
    'expulsion',
    'talk_reminder',
    'criticism_education',
    'ordered_examination',
    'admonishment',
    ...ANY_SUBJECT,
  ],
});

/** The most measures one record takes (they may be combined, 问责条例 art. 8; a handful in practice). */
export const MAX_ACCOUNTABILITY_MEASURES = 6;

/**
 * What is wrong with a record's measures for its subject, or null: at least one, at most
 * `MAX_ACCOUNTABILITY_MEASURES`, no repeats, each fitting the subject type.
 */
export function measuresRefusal(subjectType: AccountabilitySubjectType, measures: readonly string[]): string | null {
  if (!measures.length) return 'measures: 请至少选择一项问责方式 (at least one measure)';
  if (measures.length > MAX_ACCOUNTABILITY_MEASURES)
    return `measures: 最多 ${MAX_ACCOUNTABILITY_MEASURES} 项 (at most ${MAX_ACCOUNTABILITY_MEASURES} measures)`;
  if (new Set(measures).size !== measures.length) return 'measures: 问责方式不能重复 (a measure is listed twice)';
  const fitting = ACCOUNTABILITY_MEASURES_BY_SUBJECT[subjectType] as readonly string[];
  const misfits = measures.filter((m) => !fitting.includes(m));
  return misfits.length
    ? `measures: ${misfits.join('、')} 不适用于该问责对象类型 ${subjectType} (not a measure for a ${subjectType}; allowed: ${fitting.join(', ')})`
    : null;
}

/** The sanctions of 政务处分法 art. 7, lightest first: the heaviest one of a record decides its effect period. */
export const SANCTIONS_BY_WEIGHT = [
  'warning',
  'demerit',
  'major_demerit',
  'demotion',
  'removal',
  'expulsion',
] as const satisfies readonly AccountabilityMeasure[];
export type Sanction = (typeof SANCTIONS_BY_WEIGHT)[number];

/**
 * 政务处分的期间, 《公职人员政务处分法》(2020) art. 8: 警告 6 months, 记过 12, 记大过 18, 降级 and 撤职 24, counted from
 * the day the decision takes effect (the day it is made); 开除 has no period (permanent: `null`).
 */
export const SANCTION_EFFECT_MONTHS = {
  months: { warning: 6, demerit: 12, major_demerit: 18, demotion: 24, removal: 24, expulsion: null } as Readonly<Record<Sanction, number | null>>,
  source: '《中华人民共和国公职人员政务处分法》第八条：警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月；自政务处分决定生效之日起计算',
} as const;

export interface EffectPeriod {
  /** the heaviest sanction among the measures, null when there is none */
  sanction: Sanction | null;
  /** its period in months; null without a sanction or for 开除 (permanent) */
  effectMonths: number | null;
  /** `decidedOn` + effectMonths (YYYY-MM-DD); null when effectMonths is */
  effectEndsOn: string | null;
  /** 开除: no end */
  permanent: boolean;
}

/** The effect period of a decision (政务处分法 art. 8): the heaviest sanction's months from `decidedOn`. */
export function effectPeriod(measures: readonly string[], decidedOn: string): EffectPeriod {
  const sanction = [...SANCTIONS_BY_WEIGHT].reverse().find((s) => measures.includes(s)) ?? null;
  const months = sanction ? SANCTION_EFFECT_MONTHS.months[sanction] : null;
  return {
    sanction,
    effectMonths: months,
    effectEndsOn: months === null ? null : addMonths(decidedOn, months),
    permanent: sanction === 'expulsion',
  };
}

/**
 * Organisational measures (改组; 组织调整或组织处理: 停职检查、调整职务、责令辞职、免职、降职), which must be carried out within
 * one month of the decision: 《中国共产党问责条例》(2016) art. 9 (policy-modules §3.1, P51).
 */
export const ORGANISATIONAL_MEASURES = [
  'reorganisation',
  'suspension_for_inspection',
  'reassignment',
  'ordered_resignation',
  'dismissal_from_post',
  'demotion_of_post',
] as const satisfies readonly AccountabilityMeasure[];
export const ORGANISATIONAL_EXECUTION = {
  months: 1,
  source: '《中国共产党问责条例》（2016）第九条：组织调整或者组织处理应当在问责决定作出后一个月内完成',
} as const;

/** The day organisational measures must be carried out by (decision + 1 month), null when the record has none. */
export function executionDueOn(measures: readonly string[], decidedOn: string | null): string | null {
  if (!decidedOn || !measures.some((m) => (ORGANISATIONAL_MEASURES as readonly string[]).includes(m))) return null;
  return addMonths(decidedOn, ORGANISATIONAL_EXECUTION.months);
}

/**
 * Organisational measures not carried out within the month: executed after `executionDueOn`, or not executed and
 * `today` (China date) after it. An appeal does not stop the clock (execution continues during an appeal).
 */
export function isExecutionOverdue(r: { measures: readonly string[]; decidedOn: string | null; executedOn: string | null }, today: string): boolean {
  const due = executionDueOn(r.measures, r.decidedOn);
  return due !== null && (r.executedOn ?? today) > due;
}

/** 申诉期限: 15 days from the decision, 《关于实行党政领导干部问责的暂行规定》(2009) (policy-modules §3.1, P56). */
export const APPEAL_PERIOD = {
  days: 15,
  source: '《关于实行党政领导干部问责的暂行规定》（2009）：对问责决定不服的，可以自接到决定之日起十五日内提出申诉；申诉期间不停止执行',
} as const;

export function appealDueOn(decidedOn: string): string {
  return addDays(decidedOn, APPEAL_PERIOD.days);
}
