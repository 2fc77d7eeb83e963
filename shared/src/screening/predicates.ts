import type { VisitType } from '../assistance/codes';
import { addMonths, daysBetween } from '../dates';
import { settledWhileBlocked, type InstitutionBlock } from '../fraud/measures';
import type { Sex } from '../id-number';
import { icd10Category } from './diagnosis';
import type { ScreeningRuleParams } from './rule-params';

/**
 * The screening rules as pure predicates over plain settlement facts (issue 17; policy-modules §1.8). The run's SQL is
 * property-tested against them: for the same settlements and parameters both find the same hits. Each function
 * returns its hits with the ids of the settlements they rest on, ascending; a hit is found once (a pair once, not
 * as (A, B) and (B, A)). Dates are YYYY-MM-DD and compared as strings; amounts are fen.
 */

/** One settlement as the rules read it (a row of `settlements`, with only what the rules need). */
export interface ScreenedSettlement {
  id: number;
  /** the person (18 characters, GB 11643): sex and birth date are read from it */
  idNumber: string;
  settledOn: string;
  /** inpatient only (null otherwise or when not given) */
  admittedOn: string | null;
  dischargedOn: string | null;
  /** 主要诊断编码 (ICD-10); null when not given */
  diagnosisCode: string | null;
  institutionCode: string;
  visitType: VisitType;
  /** 政策范围内费用, fen */
  inPolicyCost: number;
  /** the settlement's flags (SETTLEMENT_RECORD_FLAG_CODES), e.g. `zero_oop` */
  flags: readonly string[];
  /** 个人自付 as the institution recorded it (`paidOutOfPocket`), fen */
  paidOutOfPocket: number;
  /** 个人自付 as the calculator computed it (`computed.outOfPocket`), fen; null when the settlement was not computed */
  computedOutOfPocket: number | null;
}

/** A hit that rests on settlements of one person. */
export interface SettlementHit {
  idNumber: string;
  /** ascending */
  settlementIds: number[];
}

/** The visit types that are outpatient settlements (普通门诊 and 门诊特慢病); `inpatient` is the only stay. */
export const OUTPATIENT_VISIT_TYPES: readonly VisitType[] = ['outpatient', 'chronic_outpatient'];

/** Sex and birth date as the ID number states them (GB 11643: digits 7–14 the birth date, the 17th odd for men). */
export function personFromIdNumber(idNumber: string): { sex: Sex; birthDate: string } {
  return {
    sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
  };
}

/** An inpatient stay with both dates, as the stay rules read it. */
interface Stay {
  s: ScreenedSettlement;
  admittedOn: string;
  dischargedOn: string;
}

/** Inpatient settlements with an admission and a discharge date (a stay without them cannot be placed in time). */
function stays(settlements: readonly ScreenedSettlement[]): Stay[] {
  const out: Stay[] = [];
  for (const s of settlements) {
    if (s.visitType === 'inpatient' && s.admittedOn && s.dischargedOn) out.push({ s, admittedOn: s.admittedOn, dischargedOn: s.dischargedOn });
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function pairHit(a: ScreenedSettlement, b: ScreenedSettlement): SettlementHit {
  return { idNumber: a.idNumber, settlementIds: a.id < b.id ? [a.id, b.id] : [b.id, a.id] };
}

function byIds(a: SettlementHit, b: SettlementHit): number {
  for (let i = 0; i < Math.min(a.settlementIds.length, b.settlementIds.length); i++) {
    if (a.settlementIds[i] !== b.settlementIds[i]) return a.settlementIds[i] - b.settlementIds[i];
  }
  return a.settlementIds.length - b.settlementIds.length;
}

/** Whether a 3-character category lies in one of `ranges` (`first-last`, inclusive; `O00-O9A` takes O00 … O99). */
export function categoryInRanges(category: string, ranges: readonly string[]): boolean {
  return ranges.some((range) => {
    const [first, last] = range.split('-');
    return category >= first && category <= (last ?? first);
  });
}

/**
 * 分解住院 (policy-modules §1.8, P31 “同一种疾病15日内两次住院”; R3): two inpatient stays of one person at the same
 * institution with the same 3-character diagnosis, the second admitted 0 … `days` days after the first's discharge
 * (`admittedOn − dischargedOn`, so a readmission on the day of discharge is day 0). Categories in
 * `excludedCategories` (planned chemotherapy/radiotherapy cycles, Z51) never hit. Every such pair is a hit (three
 * stays in a fortnight are up to three pairs). Overlapping stays are not readmissions (overlapping_stays).
 */
export function splitAdmissionHits(settlements: readonly ScreenedSettlement[], params: ScreeningRuleParams['split_admission']): SettlementHit[] {
  const excluded = new Set(params.excludedCategories);
  const candidates = stays(settlements).flatMap((stay) => {
    const category = icd10Category(stay.s.diagnosisCode);
    return category && !excluded.has(category) ? [{ ...stay, category }] : [];
  });
  const hits: SettlementHit[] = [];
  for (const group of groupBy(candidates, (c) => `${c.s.idNumber}|${c.s.institutionCode}|${c.category}`).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        const gapAB = daysBetween(a.dischargedOn, b.admittedOn);
        const gapBA = daysBetween(b.dischargedOn, a.admittedOn);
        if ((gapAB >= 0 && gapAB <= params.days) || (gapBA >= 0 && gapBA <= params.days)) hits.push(pairHit(a.s, b.s));
      }
    }
  }
  return hits.sort(byIds);
}

/**
 * 同时住院 (policy-modules §1.8, R3): two inpatient stays (different settlements) of one person whose intervals
 * intersect, `A.admittedOn ≤ B.dischargedOn and A.dischargedOn ≥ B.admittedOn` — at any institutions; the dates are
 * inclusive, so a discharge and an admission on the same day intersect.
 */
export function overlappingStayHits(settlements: readonly ScreenedSettlement[]): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const group of groupBy(stays(settlements), (st) => st.s.idNumber).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (a.admittedOn <= b.dischargedOn && a.dischargedOn >= b.admittedOn) hits.push(pairHit(a.s, b.s));
      }
    }
  }
  return hits.sort(byIds);
}

/**
 * The days of a stay as the phantom-stay rule counts them: `dischargedOn − admittedOn` in calendar days (住院天数 as the
 * 病案首页 counts it: the day of discharge is not a day in hospital; a same-day stay is 0).
 */
export function stayDays(admittedOn: string, dischargedOn: string): number {
  return daysBetween(admittedOn, dischargedOn);
}

/**
 * 挂床住院 (policy-modules §1.8, P31 and an R3-like checklist): an inpatient stay admitted and discharged the same day
 * (0 days), or of at least `minDays` days whose in-policy cost per day is below `maxDailyInPolicyCost`
 * (`inPolicyCost < maxDailyInPolicyCost × days`, in whole fen: a cost of exactly the threshold per day is not a hit).
 */
export function phantomStayHits(settlements: readonly ScreenedSettlement[], params: ScreeningRuleParams['phantom_stay']): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const st of stays(settlements)) {
    const days = stayDays(st.admittedOn, st.dischargedOn);
    const sameDay = days === 0;
    const cheap = days >= params.minDays && st.s.inPolicyCost < params.maxDailyInPolicyCost * days;
    if (sameDay || cheap) hits.push({ idNumber: st.s.idNumber, settlementIds: [st.s.id] });
  }
  return hits.sort(byIds);
}

/** A frequent-visits hit: one person at one institution in one calendar month. */
export interface FrequentVisitsHit extends SettlementHit {
  institutionCode: string;
  /** YYYY-MM of `settledOn` */
  month: string;
}

/**
 * 高频就诊 (issue 17; policy-modules §1.8 高频购药 “> 4 times in a calendar month” as the pattern): more than
 * `maxVisitsPerMonth` outpatient settlements (OUTPATIENT_VISIT_TYPES) of one person at one institution whose
 * `settledOn` falls in the same calendar month. With 8, nine visits hit and eight do not.
 */
export function frequentVisitHits(settlements: readonly ScreenedSettlement[], params: ScreeningRuleParams['frequent_visits']): FrequentVisitsHit[] {
  const outpatient = settlements.filter((s) => OUTPATIENT_VISIT_TYPES.includes(s.visitType));
  const hits: FrequentVisitsHit[] = [];
  for (const group of groupBy(outpatient, (s) => `${s.idNumber}|${s.institutionCode}|${s.settledOn.slice(0, 7)}`).values()) {
    if (group.length > params.maxVisitsPerMonth) {
      hits.push({
        idNumber: group[0].idNumber,
        institutionCode: group[0].institutionCode,
        month: group[0].settledOn.slice(0, 7),
        settlementIds: group.map((s) => s.id).sort((a, b) => a - b),
      });
    }
  }
  return hits.sort(byIds);
}

/**
 * 诊断与性别不符 (NHSA rule batches 1-1/1-2 限性别, policy-modules §1.8 via R2): a diagnosis whose 3-character category
 * lies in `femaleOnlyRanges` on a man, or in `maleOnlyRanges` on a woman (sex from the ID number). Settlements of
 * every visit type; a settlement without a well-formed diagnosis never hits.
 */
export function sexMismatchHits(settlements: readonly ScreenedSettlement[], params: ScreeningRuleParams['sex_mismatch']): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const s of settlements) {
    const category = icd10Category(s.diagnosisCode);
    if (!category) continue;
    const { sex } = personFromIdNumber(s.idNumber);
    const reserved = sex === 'male' ? params.femaleOnlyRanges : params.maleOnlyRanges;
    if (categoryInRanges(category, reserved)) hits.push({ idNumber: s.idNumber, settlementIds: [s.id] });
  }
  return hits.sort(byIds);
}

/** The date a settlement's care began: the admission for a stay, else the settlement date. */
export function careDate(s: Pick<ScreenedSettlement, 'admittedOn' | 'settledOn'>): string {
  return s.admittedOn ?? s.settledOn;
}

/**
 * 诊断与年龄不符 (NHSA rule batch 8-2 限年龄, policy-modules §1.8 via R2): a perinatal diagnosis (`perinatalRanges`,
 * P00–P96) for a person older than `maxAgeYears` when the care began (careDate): the care date is after the
 * birthday on which the person turned `maxAgeYears` (birth 2024-03-10, 1 year: 2025-03-10 is not a hit, 2025-03-11 is;
 * a 29 February birthday turns on 28 February).
 */
export function ageMismatchHits(settlements: readonly ScreenedSettlement[], params: ScreeningRuleParams['age_mismatch']): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const s of settlements) {
    const category = icd10Category(s.diagnosisCode);
    if (!category || !categoryInRanges(category, params.perinatalRanges)) continue;
    const { birthDate } = personFromIdNumber(s.idNumber);
    if (careDate(s) > addMonths(birthDate, 12 * params.maxAgeYears)) hits.push({ idNumber: s.idNumber, settlementIds: [s.id] });
  }
  return hits.sort(byIds);
}

/**
 * 死亡后就医 (issue 17; the ledger's 死亡 date, a fact no hospital-side engine has): care that began after the day the
 * ledger records the person as deceased — a stay admitted, or an outpatient settlement settled, after `deathDates`'
 * date (careDate > death date). A stay begun before death and settled afterwards (the family settles it) is not a hit;
 * care on the day of death is not a hit.
 */
export function afterDeathHits(settlements: readonly ScreenedSettlement[], deathDates: ReadonlyMap<string, string>): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const s of settlements) {
    const died = deathDates.get(s.idNumber);
    if (died && careDate(s) > died) hits.push({ idNumber: s.idNumber, settlementIds: [s.id] });
  }
  return hits.sort(byIds);
}

/**
 * 暂停或解除协议期间结算 (令第2号 art. 42; issue 16's agreement history): settled at an institution on a date one of its
 * blocks covers — a termination from its date on, a suspension from its date to `suspendedUntil` inclusive
 * (`settledWhileBlocked`, the same test as the settlement flag `institution_suspended`, applied again because a
 * suspension can be recorded after the settlement).
 */
export function suspendedInstitutionHits(
  settlements: readonly ScreenedSettlement[],
  blocks: ReadonlyMap<string, readonly InstitutionBlock[]>,
): SettlementHit[] {
  const hits: SettlementHit[] = [];
  for (const s of settlements) {
    const list = blocks.get(s.institutionCode);
    if (list && settledWhileBlocked(list, s.settledOn)) hits.push({ idNumber: s.idNumber, settlementIds: [s.id] });
  }
  return hits.sort(byIds);
}

/**
 * 零自付 (医保发〔2019〕57号 §五 立行立改): the calculator left the person nothing to pay (its `zero_oop` flag, shared
 * with over-protection screening), or the institution recorded no out-of-pocket payment where the calculator's own
 * result is not zero — a hospital's 免收自付, which the calculator never produces and only the recorded tiers show.
 */
export function isZeroOutOfPocket(s: Pick<ScreenedSettlement, 'flags' | 'paidOutOfPocket' | 'computedOutOfPocket'>): boolean {
  return s.flags.includes('zero_oop') || (s.paidOutOfPocket === 0 && s.computedOutOfPocket !== null && s.computedOutOfPocket !== 0);
}

export function zeroOutOfPocketHits(settlements: readonly ScreenedSettlement[]): SettlementHit[] {
  return settlements
    .filter(isZeroOutOfPocket)
    .map((s) => ({ idNumber: s.idNumber, settlementIds: [s.id] }))
    .sort(byIds);
}

/** An institution's inpatient admissions in the year and the county it belongs to. */
export interface InstitutionAdmissions {
  institutionCode: string;
  countyCode: string;
  admissions: number;
}

export interface InstitutionOutlierHit {
  institutionCode: string;
  countyCode: string;
  admissions: number;
  /** admissions per 1,000 poor persons enrolled in the county */
  rate: number;
  /** the county's institutions' median rate and its spread (MAD, or the mean absolute deviation when MAD is 0) */
  median: number;
  spread: number;
  /** median + k × spread: the rate above which an institution is an outlier */
  threshold: number;
}

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * 机构住院率异常 (policy-modules §1.8 institution outliers, R3; 医保发〔2019〕57号 §六 high admission rates): each
 * institution's inpatient admissions per 1,000 poor persons enrolled in its county, against its county's institutions
 * (itself included): a hit when the rate exceeds the median by more than `k` × MAD (median absolute deviation). Where
 * the MAD is 0 (most peers alike) the mean absolute deviation stands in, so one institution far above identical peers is
 * still found; where both are 0 nothing differs and nothing hits. A county with no enrolled poor persons is skipped.
 */
export function institutionOutlierHits(
  institutions: readonly InstitutionAdmissions[],
  enrolledByCounty: ReadonlyMap<string, number>,
  params: ScreeningRuleParams['institution_outlier'],
): InstitutionOutlierHit[] {
  const hits: InstitutionOutlierHit[] = [];
  for (const [countyCode, peers] of groupBy(institutions, (i) => i.countyCode)) {
    const enrolled = enrolledByCounty.get(countyCode) ?? 0;
    if (enrolled <= 0) continue;
    const rates = peers.map((p) => (p.admissions * 1000) / enrolled);
    const med = median([...rates].sort((a, b) => a - b));
    const deviations = rates.map((r) => Math.abs(r - med));
    const mad = median([...deviations].sort((a, b) => a - b));
    const spread = mad > 0 ? mad : deviations.reduce((sum, d) => sum + d, 0) / deviations.length;
    if (spread === 0) continue;
    const threshold = med + params.k * spread;
    peers.forEach((p, i) => {
      if (rates[i] > threshold) hits.push({ ...p, rate: rates[i], median: med, spread, threshold });
    });
  }
  return hits.sort((a, b) => (a.institutionCode < b.institutionCode ? -1 : a.institutionCode > b.institutionCode ? 1 : 0));
}
