/**
 * 过度保障治理's rules (S4 医保发〔2019〕57号 §五, S3 §四), pure and table-tested (rules.spec.ts): the category a
 * problem implies, the deadline of an item, when it is overdue, and what closing it needs.
 */
import { addDays, isCalendarDate } from '../dates';
import { PROBLEM_TYPE_CATEGORY, SUB_TASK_KINDS, SUB_TASK_KIND_LABELS, type ProblemType, type RectificationCategory } from './codes';
import type { RectificationSubTasks } from './records';
import { RECTIFICATION_ITEM_WORKFLOW } from './workflows';

/** S4 §五: 平稳过渡 items move into the three systems by the end of 2020 — the default of a campaign's transitionDueOn. */
export const TRANSITION_DUE_ON_2020 = '2020-12-31';

/** S4 §五 sorts each problem under 立行立改 or 平稳过渡: the category is the problem type's, never chosen apart from it. */
export function categoryOf(problemType: ProblemType): RectificationCategory {
  return PROBLEM_TYPE_CATEGORY[problemType];
}

export interface CampaignDeadlines {
  /** 立行立改: due this many days after the problem is identified */
  immediateDays: number;
  /** 平稳过渡: due on this date */
  transitionDueOn: string;
}

/**
 * An item's default deadline: 立行立改 items `immediateDays` after they are identified ("立行立改" — close at once,
 * the campaign says how soon), 平稳过渡 items on the campaign's transition date (S4 §五: by 2020-12-31).
 */
export function defaultDueOn(item: { category: RectificationCategory; identifiedOn: string }, campaign: CampaignDeadlines): string {
  return item.category === 'immediate' ? addDays(item.identifiedOn, campaign.immediateDays) : campaign.transitionDueOn;
}

/**
 * Why a deadline a unit sets is refused, or null: it may be earlier than the default, never later — a later
 * one only comes from a granted extension (持续整改, `grantedDueOn`) — and never before the problem was found.
 */
export function dueOnRefusal(
  dueOn: string,
  item: { category: RectificationCategory; identifiedOn: string },
  campaign: CampaignDeadlines,
  grantedDueOn: string | null = null,
): string | null {
  if (!isCalendarDate(dueOn)) return 'dueOn: 须为 YYYY-MM-DD 格式的日期 (a date such as 2026-06-30)';
  if (dueOn < item.identifiedOn) return `dueOn: 整改期限不能早于发现日期 ${item.identifiedOn} (the deadline cannot be before the problem was identified)`;
  const fallback = defaultDueOn(item, campaign);
  const latest = grantedDueOn && grantedDueOn > fallback ? grantedDueOn : fallback;
  if (dueOn > latest) {
    return grantedDueOn
      ? `dueOn: 整改期限不能晚于批准延期后的 ${latest}；再延期须申请 (no later than the granted extension's ${latest}; request another extension)`
      : `dueOn: 整改期限不能晚于${item.category === 'immediate' ? '立行立改' : '平稳过渡'}的默认期限 ${latest}；延期须申请并经上级同意 (no later than the default ${latest}; a later one needs a granted extension)`;
  }
  return null;
}

/** States in which an item is finished: never overdue again. */
export const FINISHED_ITEM_STATES: readonly string[] = Object.keys(RECTIFICATION_ITEM_WORKFLOW.states).filter(
  (s) => !Object.values(RECTIFICATION_ITEM_WORKFLOW.actions).some((a) => a.from.includes(s)),
);

/** Overdue: not closed or dismissed, and today (China date) is after the deadline (the deadline's own day is in time). */
export function isOverdue(state: string, dueOn: string, today: string): boolean {
  return !FINISHED_ITEM_STATES.includes(state) && today > dueOn;
}

/** The three sub-tasks of a new 平稳过渡 item, all pending; an immediate item has none. */
export function initialSubTasks(category: RectificationCategory): RectificationSubTasks | null {
  if (category !== 'transition') return null;
  return Object.fromEntries(SUB_TASK_KINDS.map((k) => [k, { status: 'pending', note: null, doneOn: null }])) as unknown as RectificationSubTasks;
}

export interface ClosureRefusal {
  field: 'attachments' | 'subTasks';
  message: string;
}

/**
 * Why an item may not ask for 销号 yet, or null. Closure is verified on evidence (S4 §五; 清单销号: each item
 * closed on what was submitted), so at least one evidence file; a 平稳过渡 item only once 资金并转, 政策对接 and
 * 管理衔接 are all done ("同步推进", S4 §五).
 */
export function closureRefusal(item: { attachments: number; category: RectificationCategory; subTasks: RectificationSubTasks | null }): ClosureRefusal | null {
  if (item.attachments < 1) {
    return { field: 'attachments', message: 'attachments: 申请销号须先上传整改佐证材料 (attach evidence of the rectification before requesting closure)' };
  }
  if (item.category === 'transition') {
    const open = SUB_TASK_KINDS.filter((k) => item.subTasks?.[k]?.status !== 'done');
    if (open.length) {
      const zh = open.map((k) => SUB_TASK_KIND_LABELS[k]).join('、');
      return { field: 'subTasks', message: `subTasks: ${zh}尚未完成，平稳过渡事项须三项同步完成后申请销号 (sub-tasks not done: ${open.join(', ')})` };
    }
  }
  return null;
}
