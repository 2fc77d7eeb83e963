import type { TaskOutcome } from './codes';

/**
 * How a county closes a verification task (核查任务办结, S0 §三(二), S1 §一(一)): any outcome closes any
 * difference type, but "now enrolled" and "valid reason" are claims about the ledger, so they close a task
 * only when the ledger's enrollment of the roster's year says so. Who may close (the county; a duplicate the
 * level that sees both ledgers) is a scope question and stays with the API's record access.
 */

/** The ledger fact an outcome claims, or null when it claims none (已更正, 经核实无差异). */
export const TASK_OUTCOME_EVIDENCE: Readonly<Record<TaskOutcome, 'enrolled' | 'valid_reason' | null>> = {
  enrolled: 'enrolled',
  valid_reason: 'valid_reason',
  corrected: null,
  not_a_difference: null,
};

/** The year whose enrollment a task's outcome is checked against: the roster's. */
export function taskYear(month: string): number {
  return Number(month.slice(0, 4));
}

/**
 * Why `outcome` cannot close a task of `year` given the person's enrollment of that year (undefined when
 * none is recorded); null when it may. Tasks without a ledger entry (duplicates) need no evidence.
 */
export function taskOutcomeRefusal(
  outcome: TaskOutcome,
  year: number,
  enrollment: { enrolled: boolean; notEnrolledReason: string | null } | null | undefined,
): string | null {
  const evidence = TASK_OUTCOME_EVIDENCE[outcome];
  if (evidence === 'enrolled' && !enrollment?.enrolled) return `台账中尚无该人 ${year} 年的参保记录，请先登记参保 (record the enrollment first)`;
  if (evidence === 'valid_reason' && !(enrollment && !enrollment.enrolled && enrollment.notEnrolledReason)) {
    return `台账中尚无该人 ${year} 年的未参保正当理由，请先登记 (record the reason first)`;
  }
  return null;
}

/** What closing writes: the outcome, its note, when and by whom (the task is then read-only). */
export function taskClosing(outcome: TaskOutcome, note: string | undefined, closedById: number, at: Date) {
  return { outcome, outcomeNote: note ?? null, closedAt: at, closedById };
}
