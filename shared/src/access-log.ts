import type { ActorEventRecord } from './users';

/**
 * The access log (PIPL art. 55–56): refused record access and reads of personal data, kept apart from the
 * hash-chained audit log of business changes. Never an ID number in clear or a query string.
 */
export const ACCESS_LOG_KINDS = [
  /** 403: the role may not, or CSRF failed */
  'forbidden',
  /** 404 on a record: missing or outside the caller's scope */
  'not_found',
  /** a person's page */
  'read',
  /** a list searched or filtered by a whole ID number (the masked form is kept) */
  'id_search',
  /** a full ID number shown */
  'reveal',
  /** an import's error report (rows with personal data) downloaded */
  'download',
] as const;
export type AccessLogKind = (typeof ACCESS_LOG_KINDS)[number];

export const ACCESS_LOG_KIND_LABELS: Record<AccessLogKind, string> = {
  forbidden: '越权访问（403）',
  not_found: '访问不存在或辖区外记录（404）',
  read: '查看个人信息',
  id_search: '按完整身份证号查询',
  reveal: '查看完整身份证号',
  download: '下载导入错误报告',
};

export interface AccessLogRecord extends ActorEventRecord {
  kind: AccessLogKind;
  method: string;
  /** the route (pattern, never the query string) */
  route: string;
  statusCode: number;
  /** e.g. the masked ID number searched for */
  detail: string | null;
}

/** Default and least retention of the access log in days (PIPL: at least six months). */
export const ACCESS_LOG_RETENTION_DEFAULT_DAYS = 365;
export const ACCESS_LOG_RETENTION_MIN_DAYS = 180;
