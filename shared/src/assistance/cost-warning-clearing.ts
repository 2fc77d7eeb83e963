import { formatFen } from './settlement/labels';

/**
 * 动态清零 (S3 §三: 发现一户、监测一户、帮扶一户、动态清零一户; 问题限时清零): clearing a warning says the
 * person's risk of 因病返贫致贫 is dealt with. The measures the county recorded (医疗救助, 临时救助, 慈善 …)
 * count against the year's burden after basic + 大病; when what is left is still at or over the warning line
 * the warning is not resolved by them, and clearing it anyway needs a stated reason (e.g. the person moved
 * to another pooling region, or the burden was a data error found after verification) — never a silent 清零.
 */

/** A warning's figures as the clearing rule reads them (the record's own, all fen). */
export interface WarningClearingFigures {
  burdenFen: number;
  thresholdFen: number;
  measures: ReadonlyArray<{ amountFen: number }>;
}

/** What the measures leave of the burden, compared with the line the warning was raised at. */
export interface WarningClearance {
  burdenFen: number;
  thresholdFen: number;
  /** the recorded measures' amounts, summed */
  measuresFen: number;
  /** burden − measures, never below 0 */
  remainingFen: number;
  /** remaining as a whole percentage of the line (the show page's 1193 %) */
  remainingPercent: number;
  /** remaining below the line: the measures resolve the warning (the line itself warns, S3 §三 达到预警线) */
  resolved: boolean;
}

export function warningClearance(w: WarningClearingFigures): WarningClearance {
  const measuresFen = w.measures.reduce((sum, m) => sum + Math.max(0, m.amountFen), 0);
  const remainingFen = Math.max(0, w.burdenFen - measuresFen);
  return {
    burdenFen: w.burdenFen,
    thresholdFen: w.thresholdFen,
    measuresFen,
    remainingFen,
    remainingPercent: w.thresholdFen > 0 ? Math.round((remainingFen * 100) / w.thresholdFen) : 0,
    resolved: remainingFen < w.thresholdFen,
  };
}

/**
 * Why a warning cannot be cleared with `reason` (the action's comment), or null when it may: resolved by its
 * measures it clears without one; otherwise the reason is required and the refusal names the burden, the
 * measures and the line.
 */
export function warningClearRefusal(w: WarningClearingFigures, reason: string | null | undefined): string | null {
  const c = warningClearance(w);
  if (c.resolved || (reason ?? '').trim().length > 0) return null;
  return (
    `个人负担 ${formatFen(c.burdenFen)}，已登记帮扶措施 ${formatFen(c.measuresFen)}，剩余 ${formatFen(c.remainingFen)}` +
    `（预警线 ${formatFen(c.thresholdFen)} 的 ${c.remainingPercent}%）仍未降至预警线以下，清零须填写理由 ` +
    `(the burden left after measures is still at or over the warning line: state the reason to clear)`
  );
}
