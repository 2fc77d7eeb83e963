import type { DifferenceType, TaskOutcome } from './codes';

/**
 * How a county closes a verification task (核查任务办结, S0 §三(二), S1 §一(一)): any outcome closes any
 * difference type, but "now enrolled" and "valid reason" are claims about the ledger, so they close a task
 * only when the ledger's enrollment of the roster's year says so. Who closes is `taskCloser`: the county, or
 * for a duplicate the level that sees both ledgers; the API's record access (`actsAt`) applies it to the reader.
 */

/**
 * Where and at which level a task is closed: a duplicate at a level whose subtree holds the other ledger
 * (`subtree` of the ledger's region — it sees both); any other difference by the task's county (`own` level of
 * the county, a township's task too); the levels above only read it. `regionCode` null: the task names no
 * other ledger, so no one may close it as a duplicate.
 */
export interface TaskCloser {
  regionCode: string | null;
  level: 'own' | 'subtree';
  /** the refusal, naming who does close ("中文 (english)") */
  message: string;
}

export function taskCloser(task: { differenceType: DifferenceType | string; regionCode: string; detail: Record<string, unknown> }): TaskCloser {
  if (task.differenceType === 'duplicate') {
    const ledger = task.detail.ledgerRegionCode;
    return {
      regionCode: typeof ledger === 'string' ? ledger : null,
      level: 'subtree',
      message: '重复登记涉及另一地区台账，须由能同时查看两地台账的上级核实办结 (the level that sees both ledgers resolves a duplicate)',
    };
  }
  return {
    regionCode: task.regionCode.slice(0, 6),
    level: 'own',
    message: '核查任务由县级医保局办结；上级只办结跨地区重复登记 (the county closes this task)',
  };
}

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
