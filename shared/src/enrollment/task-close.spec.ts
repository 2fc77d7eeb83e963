import { TASK_OUTCOMES, TaskOutcome, taskCloser, taskClosing, taskOutcomeRefusal } from '.';

type Enrollment = { enrolled: boolean; notEnrolledReason: string | null } | undefined;
const enrolled = { enrolled: true, notEnrolledReason: null };
const withReason = { enrolled: false, notEnrolledReason: 'active_military' };
const noReason = { enrolled: false, notEnrolledReason: null };

describe('closing a verification task (核查任务办结)', () => {
  it.each<[TaskOutcome, string, Enrollment, RegExp | null]>([
    // [outcome, ledger's enrollment of the year, refusal]
    ['enrolled', 'enrolled', enrolled, null],
    ['enrolled', 'not enrolled, reason', withReason, /参保记录/],
    ['enrolled', 'none recorded', undefined, /尚无该人 2026 年的参保记录/],
    ['valid_reason', 'not enrolled, reason (S1 §一(一))', withReason, null],
    ['valid_reason', 'not enrolled, no reason', noReason, /未参保正当理由/],
    ['valid_reason', 'enrolled', enrolled, /未参保正当理由/],
    ['valid_reason', 'none recorded', undefined, /尚无该人 2026 年的未参保正当理由/],
    ['corrected', 'none recorded', undefined, null],
    ['not_a_difference', 'none recorded', undefined, null],
  ])('%s with the ledger saying "%s"', (outcome, _ledger, enrollment, refusal) => {
    const r = taskOutcomeRefusal(outcome, 2026, enrollment);
    if (refusal) expect(r).toMatch(refusal);
    else expect(r).toBeNull();
  });

  it('every outcome is covered, and closing writes outcome, note, time and closer', () => {
    for (const o of TASK_OUTCOMES) expect(() => taskOutcomeRefusal(o, 2026, enrolled)).not.toThrow();
    const at = new Date('2026-06-01T00:00:00Z');
    expect(taskClosing('corrected', undefined, 7, at)).toEqual({ outcome: 'corrected', outcomeNote: null, closedAt: at, closedById: 7 });
    expect(taskClosing('enrolled', '已补缴', 7, at).outcomeNote).toBe('已补缴');
  });

  it.each<[string, Parameters<typeof taskCloser>[0], string | null, 'own' | 'subtree', RegExp]>([
    // [case, task, region it is closed at, level there, refusal]
    ['a county task: its county', { differenceType: 'not_enrolled', regionCode: '450202', detail: {} }, '450202', 'own', /县级医保局办结/],
    ["a township's task: its county", { differenceType: 'new', regionCode: '450202101', detail: {} }, '450202', 'own', /县级/],
    [
      'a duplicate: the level above both ledgers (subtree of the other one)',
      { differenceType: 'duplicate', regionCode: '450202', detail: { ledgerRegionCode: '450302' } },
      '450302',
      'subtree',
      /两地台账/,
    ],
    ['a duplicate naming no other ledger: no one', { differenceType: 'duplicate', regionCode: '450202', detail: {} }, null, 'subtree', /上级/],
  ])('taskCloser: %s', (_case, task, regionCode, level, message) => {
    const closer = taskCloser(task);
    expect(closer).toMatchObject({ regionCode, level });
    expect(closer.message).toMatch(message);
  });
});
