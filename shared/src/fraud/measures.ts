/**
 * Measures that reach other modules (issue 16): a decision suspending an institution's department or terminating its
 * agreement sets the institution's status from the service date; settlements there after that date are flagged
 * `institution_suspended`; a person's direct settlement suspension is recorded on the beneficiary. Pure, tested in
 * measures.spec.ts.
 */
import { addDays, addMonths } from '../dates';
import { FRAUD_MEASURE_MONTHS, type AgreementStatus, type FraudMeasure } from './codes';

/** What is wrong with a decision's suspension months, or null (条例 arts. 38, 40: 6–12 months; art. 41: 3–12). */
export function suspensionMonthsProblem(measures: readonly FraudMeasure[], months: number | null): { field: 'suspensionMonths'; message: string } | null {
  const suspension = measures.find((m) => FRAUD_MEASURE_MONTHS[m]);
  if (!suspension) {
    return months === null
      ? null
      : { field: 'suspensionMonths', message: 'suspensionMonths: 未决定暂停措施，不填月数 (no suspension decided: give no months)' };
  }
  const range = FRAUD_MEASURE_MONTHS[suspension]!;
  if (months !== null && Number.isInteger(months) && months >= range.min && months <= range.max) return null;
  return {
    field: 'suspensionMonths',
    message: `suspensionMonths: 暂停期限须为 ${range.min}–${range.max} 个月（${range.source}） (a suspension of ${range.min}–${range.max} months)`,
  };
}

/** The last day of a suspension of `months` that starts on `from` (6 months from 03-02 ends 09-01). */
export function suspensionEndsOn(from: string, months: number): string {
  return addDays(addMonths(from, months), -1);
}

/**
 * The institution's agreement status a served decision sets (termination over suspension), or null when the decision
 * takes neither measure. Both run from the service date (令第4号: a decision takes effect once served).
 */
export function institutionStatusAfterDecision(
  measures: readonly FraudMeasure[],
  suspensionMonths: number | null,
  servedOn: string,
): { agreementStatus: AgreementStatus; from: string; suspendedUntil: string | null } | null {
  if (measures.includes('agreement_termination')) return { agreementStatus: 'terminated', from: servedOn, suspendedUntil: null };
  if (measures.includes('department_suspension') && suspensionMonths) {
    return { agreementStatus: 'suspended', from: servedOn, suspendedUntil: suspensionEndsOn(servedOn, suspensionMonths) };
  }
  return null;
}

/** A period in which an institution may not settle with the fund: from the service date, until the suspension's last day (null: terminated). */
export interface InstitutionBlock {
  agreementStatus: AgreementStatus;
  from: string;
  suspendedUntil: string | null;
}

/**
 * Whether a settlement on `settledOn` falls in one of the institution's blocks (the settlement flag
 * `institution_suspended`; 令第2号 art. 42: costs during suspension are not settled).
 */
export function settledWhileBlocked(blocks: readonly InstitutionBlock[], settledOn: string): boolean {
  return blocks.some(
    (b) =>
      b.agreementStatus !== 'active' &&
      settledOn >= b.from &&
      (b.agreementStatus === 'terminated' || (b.suspendedUntil !== null && settledOn <= b.suspendedUntil)),
  );
}

/**
 * The agreement status as of `today`: a suspension whose last day (`suspendedUntil`) has passed reads as active again
 * (令第2号 art. 42: the suspension runs for its months, then the agreement resumes without a further decision). The
 * stored status stays what the decision wrote; every read and the registry's filter derive from the dates
 * (`INSTITUTION_LIST.agreementStatus` is the same rule in SQL), as a case's `overdue` is derived from its deadline.
 */
export function agreementStatusOn(stored: AgreementStatus, suspendedUntil: string | null, today: string): AgreementStatus {
  return stored === 'suspended' && suspendedUntil !== null && suspendedUntil < today ? 'active' : stored;
}
