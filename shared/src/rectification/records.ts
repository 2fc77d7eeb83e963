import type { WorkflowRecord } from '../platform/records';
import type { ProblemType, RectificationCategory, RectificationSource, SubTaskKind, SubTaskStatus } from './codes';

/** Wire shapes of the rectification area's responses (what the API's toRecord()s return). */

/** `GET /api/rectification-campaigns/:id`: a 专项治理 set up by the province for its province. */
export interface RectificationCampaignRecord {
  id: number;
  name: string;
  /** the document that starts it, e.g. 医保发〔2019〕57号 */
  documentNo: string;
  /** the province (its items live in its subtree) */
  regionCode: string;
  regionName: string | null;
  /** 立行立改 items are due this many days after they are identified */
  immediateDays: number;
  /** 平稳过渡 items are due on this date (S4 §五: 2020-12-31) */
  transitionDueOn: string;
  startedOn: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One of the three sub-tasks of a 平稳过渡 item. */
export interface RectificationSubTask {
  status: SubTaskStatus;
  note: string | null;
  /** the day it was done (China date), null while pending */
  doneOn: string | null;
}

/** A transition item's sub-tasks, by kind (S4 §五: 资金并转、政策对接、管理衔接). */
export type RectificationSubTasks = Record<SubTaskKind, RectificationSubTask>;

/** 挂牌督办: the province's letter putting the item under listed supervision. */
export interface RectificationSupervision {
  letterNo: string;
  comment: string | null;
  by: string;
  at: string;
}

/** `GET /api/rectification-items/:id`: one line of the unit's ledger (问题清单 / 任务清单 / 责任清单). */
export interface RectificationItemRecord extends WorkflowRecord {
  campaignId: number;
  campaignName: string | null;
  /** the unit the item is about (a city or county): its scope column */
  regionCode: string;
  regionName: string | null;
  problemType: ProblemType;
  /** derived from problemType (categoryOf) */
  category: RectificationCategory;
  title: string;
  description: string | null;
  /** the local policy or document that causes the problem */
  localPolicy: string | null;
  source: RectificationSource;
  /** what the source points at (an inspection, a screening key), free text */
  sourceRef: string | null;
  affectedPersons: number | null;
  /** 涉及金额 in fen (like every amount of the API) */
  amount: number | null;
  identifiedOn: string;
  /** the deadline (China date): the default of its category, earlier if set so, later only by a granted extension */
  dueOn: string;
  /** days from today (China date) to dueOn; negative once past; null when closed or dismissed */
  daysLeft: number | null;
  /** not closed or dismissed, and today is after dueOn */
  overdue: boolean;
  /** 持续整改: an extension was granted */
  continuing: boolean;
  /** the new deadline asked for while an extension is requested */
  requestedDueOn: string | null;
  /** 挂牌督办 */
  supervised: boolean;
  supervision: RectificationSupervision | null;
  /** one of the 14 responsibility-table roles (RESPONSIBILITY_ROLES) */
  responsibleRole: string | null;
  /** the person in that role on the unit's approved responsibility table of the item's year (never typed here) */
  responsiblePerson: string | null;
  /** that row's unit, title and phone */
  responsibleContact: { unit: string; title: string; phone: string } | null;
  /** 整改措施 */
  measures: string | null;
  /** the three sub-tasks for a transition item; null for an immediate one */
  subTasks: RectificationSubTasks | null;
  /** the caller may edit it now (its unit, while 待整改 or 整改中): fields, sub-tasks and evidence */
  editable: boolean;
  /** evidence files attached (GET :id/attachments lists them) */
  attachmentCount: number;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One county × problem type a screening run found flagged settlements for, and what became of its item. */
export interface OverProtectionScreeningLine {
  regionCode: string;
  problemType: 'zero_copay' | 'over_reimbursement';
  /** the settlement flag behind it (`GET /api/settlements?flag=…&regionCode=…&year=…` lists them) */
  flag: 'zero_oop' | 'reimbursement_over_ceiling';
  settlements: number;
  affectedPersons: number;
  /** fen paid by the three systems above 95 % of the in-policy cost */
  amount: number;
  itemId: number | null;
  /** created: a new item; updated: the open item's figures moved; unchanged; closed: the item was closed or dismissed and nothing was recorded since */
  outcome: 'created' | 'updated' | 'unchanged' | 'closed';
}

/** The result of a 数据筛查 run (`over-protection-screenings`). */
export interface OverProtectionScreeningSummary {
  regionCode: string;
  year: number;
  campaignId: number;
  created: number;
  updated: number;
  unchanged: number;
  lines: OverProtectionScreeningLine[];
}

/** Items of one region of the board: per workflow state, and how many are overdue or under 挂牌督办. */
export interface RectificationBoardCounts {
  /** by workflow state (every state of RECTIFICATION_ITEM_WORKFLOW, 0 when none) */
  states: Record<string, number>;
  total: number;
  overdue: number;
  supervised: number;
}

/** One row of the board: a child region of the board's region (or the region itself, for items filed at its own level). */
export interface RectificationBoardRow extends RectificationBoardCounts {
  regionCode: string;
  regionName: string | null;
  /** true for the row of the board's own region (its own items, e.g. a city's) */
  own: boolean;
}

/** `GET /api/rectification-items/board?campaignId=&regionCode=`: regions × states of the items in a region's subtree. */
export interface RectificationBoard {
  regionCode: string;
  regionName: string | null;
  /** null: every campaign */
  campaignId: number | null;
  /** the workflow's states, in its order (the board's columns) */
  states: string[];
  rows: RectificationBoardRow[];
  totals: RectificationBoardCounts;
}
