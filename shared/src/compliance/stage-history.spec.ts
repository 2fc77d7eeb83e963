import { allStagesOnTime, stageSpans, stageWasLate, type StageTransition } from './stage-history';

const at = (s: string) => new Date(`${s}T10:00:00+08:00`);
const day = 86_400_000;
const plus = (d: Date, days: number) => new Date(d.getTime() + days * day);

describe('stage timeliness over the workflow history (MON-1, FRD-3: every stage the record passed, not only its current one)', () => {
  // a high-cost warning: detected (10 days), verified (15 days), assisted (30 days), cleared
  const created = at('2026-10-01');
  const t = (fromState: string, toState: string, when: Date, dueDays: number | null): StageTransition => ({
    fromState,
    toState,
    at: when,
    dueAt: dueDays === null ? null : plus(when, dueDays),
  });

  it.each<[string, StageTransition[], Date, boolean]>([
    [
      'verified on day 5, assisted on day 12, cleared on day 30',
      [t('detected', 'verified', at('2026-10-06'), 15), t('verified', 'assisted', at('2026-10-13'), 30), t('assisted', 'cleared', at('2026-10-31'), null)],
      at('2026-11-30'),
      true,
    ],
    // the bug: late at the first stage (verified on day 14 of 10), on time since — late
    [
      'verified late (day 14 of 10), on time since',
      [t('detected', 'verified', at('2026-10-15'), 15), t('verified', 'assisted', at('2026-10-20'), 30), t('assisted', 'cleared', at('2026-10-25'), null)],
      at('2026-11-30'),
      false,
    ],
    [
      'late at the middle stage only',
      [t('detected', 'verified', at('2026-10-02'), 15), t('verified', 'assisted', at('2026-10-30'), 30), t('assisted', 'cleared', at('2026-11-01'), null)],
      at('2026-11-30'),
      false,
    ],
    ['still in its current stage past its deadline', [t('detected', 'verified', at('2026-10-02'), 15)], at('2026-10-20'), false],
    ['still in its current stage within its deadline', [t('detected', 'verified', at('2026-10-02'), 15)], at('2026-10-10'), true],
  ])('%s', (_, transitions, now, onTime) => {
    const spans = stageSpans({ state: 'x', enteredAt: created, dueAt: null }, transitions, { createdAt: created, dueAt: plus(created, 10) });
    expect(spans).toHaveLength(transitions.length + 1);
    expect(allStagesOnTime(spans, now)).toBe(onTime);
  });

  it('without a history the current stage alone is judged', () => {
    const spans = stageSpans({ state: 'assisted', enteredAt: at('2026-10-01'), dueAt: at('2026-10-31') }, [], { createdAt: at('2026-09-01'), dueAt: null });
    expect(spans).toEqual([{ state: 'assisted', enteredAt: at('2026-10-01'), dueAt: at('2026-10-31'), leftAt: null }]);
    expect(allStagesOnTime(spans, at('2026-10-31'))).toBe(true);
    expect(allStagesOnTime(spans, at('2026-11-01'))).toBe(false);
  });

  it('a stage without a deadline is never late; leaving exactly at the deadline is on time', () => {
    expect(stageWasLate({ state: 'cleared', enteredAt: created, dueAt: null, leftAt: null }, at('2030-01-01'))).toBe(false);
    expect(stageWasLate({ state: 'detected', enteredAt: created, dueAt: plus(created, 10), leftAt: plus(created, 10) }, at('2030-01-01'))).toBe(false);
  });
});
