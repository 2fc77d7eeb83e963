import { defineCodes, type CodeLocale, type CodeOf } from './codes';
import { fillTemplate, type NoteParams } from './notes';
import { WORKFLOWS } from './workflows';

/**
 * Domain errors by code. The API's error body stays `{statusCode, message, error, details?}` (ARCHITECTURE
 * §3); a domain error puts `{code, params}` in `details` (beside `reason` where a client already reads one)
 * and its `message` is this list's zh + en text. The admin translates a known code in the user's language
 * (components/serverErrors.ts) and falls back to `message` for any other error.
 *
 * Params as in notes.ts, plus: `action` and `state` are a workflow's action / state codes, shown by their
 * labels in the workflow of `resource`; `resource` is shown by the admin's resource label (the API, which
 * keeps no resource labels, writes the code).
 */
export const ERROR_CODES = defineCodes({
  workflow_unknown_action: { zh: '该记录没有这项操作', en: 'This record has no such action' },
  workflow_forbidden: { zh: '您的角色或层级不能对该记录执行“{{action}}”', en: 'Your role or level may not “{{action}}” this record' },
  workflow_wrong_state: {
    zh: '当前状态“{{state}}”下不能“{{action}}”，请刷新后查看最新状态',
    en: '“{{action}}” is not possible in the state “{{state}}”; reload to see the latest state',
  },
  workflow_comment_required: { zh: '“{{action}}”须填写意见', en: 'A comment is required to “{{action}}”' },
  record_not_found: { zh: '{{resource}} {{id}} 不存在或不在您的管辖范围内', en: '{{resource}} {{id}} does not exist or is outside your region' },
  record_level_refused: { zh: '您的角色或层级不能处理该记录', en: 'Your role or level may not act on this record' },
  role_forbidden: { zh: '您的角色无权执行此操作', en: 'Your role may not do this' },
  stale_version: { zh: '该记录已被他人修改，请刷新后重试', en: 'Someone else changed this record; reload and try again' },
  duplicate_record: { zh: '记录已存在', en: 'A record with this key already exists' },
  value_too_long: { zh: '字段值过长或格式不符', en: 'A value is too long or malformed' },
  body_too_large: { zh: '请求体过大', en: 'The request body is too large' },
  body_not_json: { zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  fraud_clue_already_extended: {
    zh: '线索核查期限已延长过一次，不能再次延长（令第4号第十四条）',
    en: 'The verification period of this clue was already extended once (Order No. 4 art. 14)',
  },
  database_busy: {
    zh: '数据库繁忙（并发修改冲突），请稍后重试',
    en: 'The database is busy (concurrent changes conflicted); try again shortly',
  },
  internal_error: { zh: '服务器内部错误，请稍后重试或联系管理员', en: 'Internal error; try again later or contact the administrator' },
});
export type ErrorCode = CodeOf<typeof ERROR_CODES>;

/** What a domain error carries in `details`. */
export interface ErrorDetails {
  code: ErrorCode;
  params: NoteParams;
}

/** The details of an error body when they name a known code (anything else: null, show `message`). */
export function errorDetailsOf(details: unknown): ErrorDetails | null {
  const d = details as { code?: unknown; params?: unknown } | null | undefined;
  if (!d || typeof d !== 'object' || !ERROR_CODES.is(d.code)) return null;
  const params = d.params && typeof d.params === 'object' && !Array.isArray(d.params) ? (d.params as NoteParams) : {};
  return { code: d.code, params };
}

/**
 * A domain error's text in one language. `resourceLabel` names a resource (the admin passes its locale's
 * label); workflow actions and states are labelled from the workflow of `params.resource`.
 */
export function errorText(details: ErrorDetails, locale: CodeLocale, resourceLabel: (resource: string) => string = (r) => r): string {
  const p: Record<string, NoteParams[string]> = { ...details.params };
  const resource = typeof p.resource === 'string' ? p.resource : '';
  const def = WORKFLOWS[resource];
  if (typeof p.action === 'string') p.action = def?.actions[p.action]?.label[locale] ?? p.action;
  if (typeof p.state === 'string') p.state = def?.states[p.state]?.label[locale] ?? p.state;
  if (resource) p.resource = resourceLabel(resource);
  return fillTemplate(ERROR_CODES[locale][details.code], p, locale);
}

/** The API's `message` for a domain error: "中文 (English)", as every message of the API. */
export function errorMessage(code: ErrorCode, params: NoteParams = {}): string {
  return `${errorText({ code, params }, 'zh')} (${errorText({ code, params }, 'en')})`;
}
