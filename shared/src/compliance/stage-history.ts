/**
 * Stage timeliness over a record's workflow history (MON-1, FRD-3): a record handled within its deadlines is one that
 * was late at none of the stages it passed — not only on time at the stage it is in now. A record that was late at
 * its verification stage and is now on time at its next one is late.
 */

/** One stage a record was in: its deadline (null: the stage has none) and when it left it (null: it is there now). */
export interface StageSpan {
  state: string;
  enteredAt: Date;
  dueAt: Date | null;
  leftAt: Date | null;
}

/** One workflow transition of the record, in the order applied: `dueAt` is the deadline of the stage it entered. */
export interface StageTransition {
  fromState: string;
  toState: string;
  at: Date;
  dueAt: Date | null;
}

/**
 * The stages of a record from its transitions: the first stage (the first transition's `fromState`, entered when the
 * record was made, due at `firstDueAt`), then each transition's target. Without transitions the record's one known
 * stage is its current one (`current`: entered at its stateChangedAt, due at its stored deadline) — records written
 * before the history was kept, or in bulk, are judged on that stage alone.
 */
export function stageSpans(
  current: { state: string; enteredAt: Date; dueAt: Date | null },
  transitions: readonly StageTransition[],
  first: { createdAt: Date; dueAt: Date | null },
): StageSpan[] {
  if (!transitions.length) return [{ ...current, leftAt: null }];
  const spans: StageSpan[] = [{ state: transitions[0].fromState, enteredAt: first.createdAt, dueAt: first.dueAt, leftAt: transitions[0].at }];
  transitions.forEach((t, i) => spans.push({ state: t.toState, enteredAt: t.at, dueAt: t.dueAt, leftAt: transitions[i + 1]?.at ?? null }));
  return spans;
}

/** A stage left after its deadline, or still open past it at `now`. */
export function stageWasLate(span: StageSpan, now: Date): boolean {
  if (!span.dueAt) return false;
  return (span.leftAt ?? now).getTime() > span.dueAt.getTime();
}

/** Whether every stage the record passed (up to `now`) was within its deadline. */
export function allStagesOnTime(spans: readonly StageSpan[], now: Date): boolean {
  return !spans.some((s) => stageWasLate(s, now));
}
