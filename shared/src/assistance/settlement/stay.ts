import { isCalendarDate } from '../../dates';
import type { FieldProblem } from '../../documents';
import { isIcd10Code } from '../../screening/diagnosis';
import type { VisitType } from '../codes';

/**
 * The facts of a settlement the screening rules read beside the bill (issue 17): the inpatient stay
 * (入院日期, 出院日期) and the principal diagnosis (主要诊断编码, ICD-10). All optional — settlement systems
 * before 2026 exported none — but when given they must be consistent:
 * - a stay is an inpatient settlement's (病案首页 入院/出院日期): outpatient and chronic-outpatient visits
 *   carry no stay dates, so a stay date on a visit is refused rather than kept for rules that read inpatient
 *   stays only;
 * - both dates or neither (a stay with one end cannot be placed for 同时住院 or 分解住院);
 * - 入院日期 ≤ 出院日期 ≤ 结算日期 (出院结算: the settlement closes the stay; a same-day stay is allowed and is
 *   what 挂床 screening looks at);
 * - the diagnosis in ICD-10 form (GB/T 14396 and the 医保版 extension codes).
 */
export interface SettlementStayFacts {
  visitType: VisitType;
  settledOn: string;
  admittedOn?: string | null;
  dischargedOn?: string | null;
  diagnosisCode?: string | null;
}

const given = (v: string | null | undefined): v is string => v !== undefined && v !== null && v !== '';

/** Problems with a settlement's stay dates and diagnosis, each naming its field (empty = valid). */
export function settlementStayProblems(f: SettlementStayFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const admitted = given(f.admittedOn) ? f.admittedOn : null;
  const discharged = given(f.dischargedOn) ? f.dischargedOn : null;
  if (admitted !== null || discharged !== null) {
    if (f.visitType !== 'inpatient') {
      problems.push({
        field: admitted !== null ? 'admittedOn' : 'dischargedOn',
        message: '仅住院结算填写入院、出院日期 (stay dates belong to inpatient settlements only)',
      });
      return problems;
    }
    if (admitted !== null && !isCalendarDate(admitted)) problems.push({ field: 'admittedOn', message: '须为 YYYY-MM-DD 日期 (a date)' });
    if (discharged !== null && !isCalendarDate(discharged)) problems.push({ field: 'dischargedOn', message: '须为 YYYY-MM-DD 日期 (a date)' });
    if (admitted === null) problems.push({ field: 'admittedOn', message: '填写出院日期时须同时填写入院日期 (required with dischargedOn)' });
    if (discharged === null) problems.push({ field: 'dischargedOn', message: '填写入院日期时须同时填写出院日期 (required with admittedOn)' });
    if (!problems.length) {
      if (admitted! > discharged!) problems.push({ field: 'dischargedOn', message: `不得早于入院日期 ${admitted} (must not be before admittedOn)` });
      else if (discharged! > f.settledOn) problems.push({ field: 'dischargedOn', message: `不得晚于结算日期 ${f.settledOn} (must not be after settledOn)` });
    }
  }
  if (given(f.diagnosisCode) && !isIcd10Code(f.diagnosisCode)) {
    problems.push({ field: 'diagnosisCode', message: '须为 ICD-10 编码，如 K35.800 或 I63.9 (an ICD-10 code)' });
  }
  return problems;
}
