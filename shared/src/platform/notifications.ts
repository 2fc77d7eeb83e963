import { defineCodes, type CodeOf } from '../codes';

/**
 * 站内消息 (in-app notifications, platform/notifications): one mechanism, fed by the workflow engine (a record
 * arrives where the user can act, a filer's record is returned) and by one daily deadline sweep. Later areas add
 * kinds here; each kind's zh + en label is written once.
 */
export const NOTIFICATION_KIND_CODES = defineCodes({
  awaiting_action: { zh: '待办到达', en: 'Awaiting your action' },
  returned: { zh: '已被退回', en: 'Returned to you' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  overdue: { zh: '已逾期', en: 'Overdue' },
});
export type NotificationKind = CodeOf<typeof NOTIFICATION_KIND_CODES>;
export const NOTIFICATION_KINDS = NOTIFICATION_KIND_CODES.values;

/** `GET /api/notifications`: one of the caller's own notifications, linking to its record. */
export interface NotificationRecord {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  /** the record's resource (`rectification-items`) and id: the admin opens `/<resource>/show/<recordId>` */
  resource: string;
  recordId: number;
  /** the due date (China date, YYYY-MM-DD) a deadline notification is about; null for the others */
  dueOn: string | null;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/notifications/unread-count` */
export interface NotificationUnreadCount {
  unread: number;
}

/** `POST /api/notifications/read-all`: how many were marked read */
export interface NotificationsMarkedRead {
  marked: number;
}

/** What one deadline sweep did (`notification-sweeps` job result). */
export interface NotificationSweepResult {
  /** the distinct (role, region) inboxes looked at */
  inboxes: number;
  /** notifications written now (a repeated sweep writes none for what it already told) */
  created: number;
  /** notifications past retention, deleted */
  purged: number;
}

/** Days ahead of a deadline the sweep warns (NOTIFICATION_DUE_SOON_DAYS), and its bounds. */
export const NOTIFICATION_DUE_SOON_DEFAULT_DAYS = 3;
export const NOTIFICATION_DUE_SOON_MAX_DAYS = 30;
/** Days a notification is kept (NOTIFICATION_RETENTION_DAYS), read or not, and its bounds. */
export const NOTIFICATION_RETENTION_DEFAULT_DAYS = 180;
export const NOTIFICATION_RETENTION_MIN_DAYS = 30;
