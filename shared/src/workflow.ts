import type { CodeList } from './codes';
import { isCalendarDate } from './dates';
import type { Role } from './roles';
import { isWithinRegion, parentRegionCodeOf } from './regions';

/**
 * Approval workflows as data (DOMAIN §5, ARCHITECTURE §4). One engine in the API applies them and the
 * admin reads the same definitions to show only the actions the engine would allow.
 *
 * `level` says where the actor must sit relative to the record's region:
 * - `own`: the record's own region (the filing unit: a city officer for a city record);
 * - `above`: the region directly above it (a county record is approved by its city, a city record by
 *   its province) — never two levels up, never the filer itself;
 * - `ancestor`: any region strictly above it (the province decides accountability for a county bureau, two
 *   levels down) — never the record's own region;
 * - `subtree`: anywhere the actor's scope covers (administrators confirming each other's account changes);
 * - `{column}`: exactly the region the record's named column holds (an inspection's `inspectingRegionCode`: the
 *   unit that runs it, whatever its distance from the inspected region). The column must hold a region
 *   at or above the record's own, or the inbox (scoped to the actor's subtree) would not find the record.
 */
export type WorkflowLevel = 'own' | 'above' | 'ancestor' | 'subtree' | ColumnLevel;

/** A level naming a column of the record that holds the region the actor must sit at. */
export interface ColumnLevel {
  column: string;
}

/** The record a level is judged against: its region and, for a column level, its columns. */
export type LevelRecord = { regionCode: string } & Readonly<Record<string, unknown>>;

export interface WorkflowAction {
  to: string;
  from: readonly string[];
  roles: readonly Role[];
  level: WorkflowLevel;
  commentRequired?: boolean;
  label: { zh: string; en: string };
  /** antd button style hint for the admin's action bar */
  tone?: 'primary' | 'danger' | 'default';
  /** false: possible, but nothing awaits it (reopening an approved record) — keep it out of the inbox */
  inbox?: boolean;
  /**
   * What the action carries besides its comment, by field name (e.g. the new `dueOn` an extension asks for): sent
   * beside `comment` and `version`, checked by `actionPayloadErrors`, handed to the resource's hooks and kept in
   * the history. An action without one takes no other field.
   */
  payload?: Readonly<Record<string, ActionPayloadField>>;
}

/** One value an action carries. Amounts are integer fen, as every amount of the API. */
export type ActionPayloadField = { label: { zh: string; en: string }; required?: boolean } & (
  | {
      type: 'date';
      /** the record's date field (YYYY-MM-DD) the value must be later than, e.g. a new deadline after the current one */
      laterThan?: string;
    }
  | { type: 'amount'; min: number; max: number }
  | { type: 'text'; maxLength: number }
  /** several distinct codes of one list (its labels are the list's), e.g. the measures an accountability decision takes */
  | {
      type: 'codes';
      codes: CodeList<string>;
      maxItems: number;
      /** the codes a record may take, by the value of one of its fields (the measures that fit its subject type) */
      allowedBy?: AllowedBy;
    }
  /** one code of a list, e.g. a decision's type (a string on the wire, not a one-item array) */
  | { type: 'code'; codes: CodeList<string>; allowedBy?: AllowedBy }
  /** yes or no (JSON true/false), e.g. whether the conduct harmed health */
  | { type: 'flag' }
  /** a whole number within bounds, e.g. the months a suspension runs (3–12) */
  | { type: 'count'; min: number; max: number; unit?: { zh: string; en: string } }
  /** one user, by id: an active account of one of `roles`, sitting at `level` relative to the record */
  | ({ type: 'user' } & PayloadUserRule)
  /** several distinct users, by id, each as `user` says */
  | ({ type: 'users'; minItems: number; maxItems: number } & PayloadUserRule)
);

/** The codes a record may take by the value of one of its fields. */
export interface AllowedBy {
  field: string;
  allowed: Readonly<Record<string, readonly string[]>>;
}

/**
 * Who a `user`/`users` field may name: an account of one of `roles` at `level` relative to the record — the same
 * levels as an action's actor (`own`: the record's own region, e.g. the handling unit's officers; `above`: the region
 * directly above it; …).
 */
export interface PayloadUserRule {
  roles: readonly Role[];
  level: WorkflowLevel;
}

/** A user a payload names, as the API looks it up (disabled or unauthorised accounts are not `active`). */
export interface PayloadUser {
  id: number;
  role: Role;
  regionCode: string;
  active: boolean;
}

/** One user a `user`/`users` field may name (`GET /api/inbox/candidates`): what the action dialog's select shows. */
export interface PayloadCandidate {
  id: number;
  displayName: string;
  role: Role;
  regionCode: string;
  regionName: string | null;
}

/** The values of an action's payload, as checked (a field not sent is absent). Users are ids. */
export type ActionPayload = Record<string, string | number | boolean | string[] | number[]>;

/** Largest list a `users` field may declare, and largest `count` bound: the forms stay bounded whatever a definition says. */
export const MAX_PAYLOAD_USERS = 50;

/** The body fields every action takes; a payload field may not reuse them. */
export const ACTION_BODY_FIELDS = ['comment', 'version'] as const;

export interface PayloadFieldError {
  field: string;
  message: string;
}

/**
 * What is wrong with a payload field's declaration, or null: the bounds every kind needs (a count's whole-number
 * range, a user list's 1 ≤ min ≤ max ≤ MAX_PAYLOAD_USERS, a user field's roles). The registry spec holds every
 * definition to it.
 */
export function payloadFieldDeclarationError(name: string, f: ActionPayloadField): string | null {
  const range = (min: number, max: number) => Number.isSafeInteger(min) && Number.isSafeInteger(max) && min <= max;
  switch (f.type) {
    case 'amount':
    case 'count':
      return range(f.min, f.max) ? null : `${name}: min ${f.min} … max ${f.max} is not a range of whole numbers`;
    case 'users':
      if (!(range(f.minItems, f.maxItems) && f.minItems >= 1 && f.maxItems <= MAX_PAYLOAD_USERS))
        return `${name}: 1 ≤ minItems ≤ maxItems ≤ ${MAX_PAYLOAD_USERS}`;
      return f.roles.length ? null : `${name}: names no role`;
    case 'user':
      return f.roles.length ? null : `${name}: names no role`;
    case 'codes':
      return range(1, f.maxItems) ? null : `${name}: maxItems ${f.maxItems}`;
    case 'text':
      return range(1, f.maxLength) ? null : `${name}: maxLength ${f.maxLength}`;
    default:
      return null;
  }
}

const isUserId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;

/**
 * What is wrong with one payload value, or null: its form (a real date, an integer amount or count in range, bounded
 * text, a code of the list, a boolean, a user id or a bounded list of distinct ones) and, when the record is given, a
 * date's `laterThan` and the codes a record's field allows (`allowedBy`). Whether the users named exist and fit the
 * field's roles and level is `payloadUserError` (the API looks them up). The API's action DTO checks the form with it
 * before the route runs; `actionPayloadOf` checks all of it against the record.
 */
export function actionPayloadFieldError(name: string, f: ActionPayloadField, value: unknown, record: Record<string, unknown> = {}): string | null {
  switch (f.type) {
    case 'date': {
      if (!isCalendarDate(value)) return `${name}: 须为 YYYY-MM-DD 格式的日期 (a date such as 2026-06-30)`;
      const current = f.laterThan ? record[f.laterThan] : undefined;
      if (typeof current === 'string' && value <= current) return `${name}: 须晚于当前的 ${current} (must be later than the current ${current})`;
      return null;
    }
    case 'amount':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= f.min && value <= f.max
        ? null
        : `${name}: 须为 ${f.min} 至 ${f.max} 之间的整数（分） (an integer amount in fen, ${f.min}…${f.max})`;
    case 'count':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= f.min && value <= f.max
        ? null
        : `${name}: 须为 ${f.min} 至 ${f.max} 之间的整数 (a whole number, ${f.min}…${f.max})`;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' && value.length <= f.maxLength
        ? null
        : `${name}: 须为 1–${f.maxLength} 个字符的文字 (text of 1–${f.maxLength} characters)`;
    case 'flag':
      return typeof value === 'boolean' ? null : `${name}: 须为 true 或 false (true or false)`;
    case 'code':
      return typeof value === 'string' && f.codes.is(value)
        ? allowedByError(name, f.allowedBy, [value], record)
        : `${name}: 须为以下代码之一：${f.codes.values.join('、')} (one code of the list)`;
    case 'codes':
      return Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= f.maxItems &&
        value.every((v) => f.codes.is(v)) &&
        new Set(value).size === value.length
        ? allowedByError(name, f.allowedBy, value, record)
        : `${name}: 须为 1–${f.maxItems} 个不重复的代码，取自 ${f.codes.values.join('、')} (1–${f.maxItems} distinct codes of the list)`;
    case 'user':
      return isUserId(value) ? null : `${name}: 须为一个用户编号 (one user id)`;
    case 'users': {
      const bounds = `${name}: 须为 ${f.minItems}–${f.maxItems} 个用户编号 (${f.minItems}–${f.maxItems} user ids)`;
      if (!Array.isArray(value) || value.length < f.minItems || value.length > Math.min(f.maxItems, MAX_PAYLOAD_USERS) || !value.every(isUserId)) return bounds;
      const twice = value.filter((id, i) => value.indexOf(id) !== i);
      return twice.length ? `${name}: 用户 ${[...new Set(twice)].join('、')} 重复 (user ${[...new Set(twice)].join(', ')} named twice)` : null;
    }
  }
}

/** Codes the record's `allowedBy` field does not allow (when the record is given and holds that field), or null. */
function allowedByError(name: string, allowedBy: AllowedBy | undefined, codes: readonly string[], record: Record<string, unknown>): string | null {
  const key = allowedBy ? record[allowedBy.field] : undefined;
  if (!allowedBy || typeof key !== 'string') return null;
  const allowed = allowedBy.allowed[key] ?? [];
  const misfits = codes.filter((c) => !allowed.includes(c));
  return misfits.length
    ? `${name}: ${misfits.join('、')} 不适用于 ${allowedBy.field} = ${key} (not allowed for ${allowedBy.field} ${key}; allowed: ${allowed.join(', ')})`
    : null;
}

/**
 * What is wrong with one user a `user`/`users` field names, or null: unknown or inactive, of another role, or not at
 * the field's level relative to the record (an officer of another region).
 */
export function payloadUserError(
  name: string,
  rule: PayloadUserRule,
  id: number,
  user: PayloadUser | undefined,
  record: Record<string, unknown>,
): string | null {
  if (!user || !user.active) return `${name}: 用户 ${id} 不存在或已停用 (no active user ${id})`;
  if (!rule.roles.includes(user.role))
    return `${name}: 用户 ${id} 的角色须为 ${rule.roles.join('、')} (user ${id} must have one of the roles ${rule.roles.join(', ')})`;
  const onRecord = typeof record.regionCode === 'string' && levelMatches(rule.level, user.regionCode, record as LevelRecord);
  if (!onRecord) {
    const [zh, en] =
      typeof rule.level === 'object' ? [`${rule.level.column} 所指地区`, `the region the record’s ${rule.level.column} names`] : LEVEL_WORDS[rule.level];
    return `${name}: 用户 ${id} 不属于本记录的${zh} (user ${id} is not at ${en})`;
  }
  return null;
}

/** Where a user field's level puts its users, relative to the record, in words. */
const LEVEL_WORDS: Record<Exclude<WorkflowLevel, ColumnLevel>, [string, string]> = {
  own: ['本级地区', 'the record’s own region'],
  above: ['上一级地区', 'the region directly above the record'],
  ancestor: ['上级地区', 'a region above the record'],
  subtree: ['辖区', 'the record’s region or below it'],
};

/** The user ids a body names in the action's `user`/`users` fields, well-formed ones only (what the API looks up). */
export function payloadUserIds(action: WorkflowAction, body: Record<string, unknown>): number[] {
  const ids = new Set<number>();
  for (const [name, f] of Object.entries(action.payload ?? {})) {
    const v = Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined;
    if (f.type === 'user' && isUserId(v)) ids.add(v);
    if (f.type === 'users' && Array.isArray(v)) for (const id of v.slice(0, MAX_PAYLOAD_USERS)) if (isUserId(id)) ids.add(id);
  }
  return [...ids];
}

/**
 * The action's payload out of a request body, or what is wrong with it, one entry per field: a field the
 * action does not declare, a required one missing, a value of the wrong form, a date not later than the record's
 * (`laterThan`), a code the record does not allow, a user unknown or not fitting the field. `body` is the whole action
 * body (comment and version are not payload); `record` the record as stored; `users` the accounts the body names
 * (`payloadUserIds`), looked up — a user not in it is unknown.
 */
export function actionPayloadOf(
  action: WorkflowAction,
  body: Record<string, unknown>,
  record: Record<string, unknown>,
  users: ReadonlyMap<number, PayloadUser> = new Map(),
): { ok: true; payload: ActionPayload } | { ok: false; errors: PayloadFieldError[] } {
  const declared = action.payload ?? {};
  const errors: PayloadFieldError[] = [];
  const payload: ActionPayload = {};
  for (const name of Object.keys(body)) {
    if ((ACTION_BODY_FIELDS as readonly string[]).includes(name) || body[name] === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(declared, name))
      errors.push({ field: name, message: `${name}: 该操作不接受此字段 (this action takes no ${name})` });
  }
  for (const [name, f] of Object.entries(declared)) {
    const value = Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined;
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length)) {
      if (f.required) errors.push({ field: name, message: `${name}: 请填写${f.label.zh} (${f.label.en} is required)` });
      continue;
    }
    const problem = actionPayloadFieldError(name, f, value, record) ?? usersProblem(name, f, value, users, record);
    if (problem) errors.push({ field: name, message: problem });
    else payload[name] = f.type === 'text' ? (value as string).trim() : Array.isArray(value) ? [...(value as string[])] : (value as string | number | boolean);
  }
  return errors.length ? { ok: false, errors } : { ok: true, payload };
}

/** The first user of a well-formed `user`/`users` value that does not fit the field, or null. */
function usersProblem(
  name: string,
  f: ActionPayloadField,
  value: unknown,
  users: ReadonlyMap<number, PayloadUser>,
  record: Record<string, unknown>,
): string | null {
  if (f.type !== 'user' && f.type !== 'users') return null;
  for (const id of f.type === 'user' ? [value as number] : (value as number[])) {
    const problem = payloadUserError(name, f, id, users.get(id), record);
    if (problem) return problem;
  }
  return null;
}

export interface WorkflowState {
  label: { zh: string; en: string };
  /** how long a record may wait in this state for the next action, in days (overdue after) */
  deadlineDays?: number;
  /** the record's content may be edited by its filer in this state */
  editable?: boolean;
  color: string;
}

export interface WorkflowDefinition {
  resource: string;
  initial: string;
  /** the state whose snapshots the "changes since the last approval" diff compares against */
  approvedState: string;
  states: Record<string, WorkflowState>;
  actions: Record<string, WorkflowAction>;
}

/**
 * A pooling region's yearly parameter set (policy parameters, subsidy standards): the city drafts it, the
 * province approves it. The approved copy is the one in force — a revision (approved → draft) is edited
 * and re-approved while the last approved copy keeps paying, so no calculation ever reads an unapproved
 * figure.
 */
export function parameterSetWorkflow(resource: string): WorkflowDefinition {
  return {
    resource,
    initial: 'draft',
    approvedState: 'approved',
    states: {
      draft: { label: { zh: '草稿', en: 'Draft' }, editable: true, color: 'default' },
      submitted: { label: { zh: '已报送待审批', en: 'Submitted' }, deadlineDays: 10, color: 'processing' },
      returned: { label: { zh: '已退回待修改', en: 'Returned' }, editable: true, deadlineDays: 10, color: 'warning' },
      approved: { label: { zh: '已批准执行', en: 'Approved' }, color: 'success' },
    },
    actions: {
      submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['city_officer'], level: 'own', label: { zh: '报省审批', en: 'Submit' }, tone: 'primary' },
      approve: { from: ['submitted'], to: 'approved', roles: ['province_supervisor'], level: 'above', label: { zh: '批准', en: 'Approve' }, tone: 'primary' },
      return: {
        from: ['submitted'],
        to: 'returned',
        roles: ['province_supervisor'],
        level: 'above',
        commentRequired: true,
        label: { zh: '退回', en: 'Return' },
        tone: 'danger',
      },
      revise: {
        from: ['approved'],
        to: 'draft',
        roles: ['city_officer'],
        level: 'own',
        commentRequired: true,
        label: { zh: '修订', en: 'Revise' },
        tone: 'default',
        inbox: false,
      },
    },
  };
}

export interface WorkflowActor {
  role: Role;
  regionCode: string;
}

/**
 * Whether the actor's region stands in the required relation to the record: given as its region code alone,
 * or as the record (a column level reads the named column; given only a region, a column level never matches).
 */
export function levelMatches(level: WorkflowLevel, actorRegion: string, record: string | LevelRecord): boolean {
  const recordRegion = typeof record === 'string' ? record : record.regionCode;
  if (typeof level === 'object') return typeof record === 'object' && typeof record[level.column] === 'string' && record[level.column] === actorRegion;
  switch (level) {
    case 'own':
      return actorRegion === recordRegion;
    case 'above':
      return parentRegionCodeOf(recordRegion) === actorRegion;
    case 'ancestor':
      return actorRegion !== recordRegion && isWithinRegion(recordRegion, actorRegion);
    case 'subtree':
      return isWithinRegion(recordRegion, actorRegion);
  }
}

export type TransitionCheck = { ok: true; action: WorkflowAction } | { ok: false; reason: 'unknown_action' | 'wrong_state' | 'forbidden' | 'comment_required' };

/** The engine's decision for one action, in the order the API reports problems. */
export function checkTransition(
  def: WorkflowDefinition,
  state: string,
  actionName: string,
  actor: WorkflowActor,
  record: string | LevelRecord,
  comment?: string | null,
): TransitionCheck {
  const action = Object.prototype.hasOwnProperty.call(def.actions, actionName) ? def.actions[actionName] : undefined;
  if (!action) return { ok: false, reason: 'unknown_action' };
  if (!action.roles.includes(actor.role) || !levelMatches(action.level, actor.regionCode, record)) {
    return { ok: false, reason: 'forbidden' };
  }
  if (!action.from.includes(state)) return { ok: false, reason: 'wrong_state' };
  if (action.commentRequired && !comment?.trim()) return { ok: false, reason: 'comment_required' };
  return { ok: true, action };
}

/** The actions this actor may take on this record now (the admin's action bar). */
export function availableActions(def: WorkflowDefinition, state: string, actor: WorkflowActor, record: string | LevelRecord): string[] {
  return Object.entries(def.actions)
    .filter(([, a]) => a.from.includes(state) && a.roles.includes(actor.role) && levelMatches(a.level, actor.regionCode, record))
    .map(([name]) => name);
}

/** Every state reachable from the initial one: what the property test holds the engine to. */
export function reachableStates(def: WorkflowDefinition): Set<string> {
  const seen = new Set([def.initial]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of Object.values(def.actions)) {
      if (a.from.some((s) => seen.has(s)) && !seen.has(a.to)) {
        seen.add(a.to);
        grew = true;
      }
    }
  }
  return seen;
}

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Field-level differences between two JSON values ("what changed since the last approval"). */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (before === after) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) out.push(...diffValues(before[i], after[i], `${path}[${i}]`));
    return out;
  }
  if (isObj(before) && isObj(after) && !Array.isArray(before) && !Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  return [{ path, before: before ?? null, after: after ?? null }];
}

/** One item of `GET /api/inbox`: a record awaiting the caller's action. */
export interface InboxItem {
  resource: string;
  id: number;
  regionCode: string;
  regionName: string | null;
  title: string;
  state: string;
  version: number;
  actions: string[];
  waitingSince: string;
  dueAt: string | null;
  overdue: boolean;
}

/** `GET /api/inbox/summary` (the items themselves: `GET /api/inbox`, a paged list of `InboxItem`) */
export interface InboxSummary {
  total: number;
  overdue: number;
  /** per approvable resource the role takes part in (empty ones too) */
  counts: Record<string, number>;
  overdueCounts: Record<string, number>;
}

/** `POST /api/inbox/bulk` */
export interface BulkActionResult {
  succeeded: number;
  failed: number;
  /** a failure's `details` are its error body's (a domain error's `{code, params}`: the admin translates it) */
  results: Array<{ id: number; ok: boolean; status: number; message?: string; details?: unknown; record?: unknown }>;
}

/** One transition, as `GET /api/<resource>/:id/history` returns it (oldest first). */
export interface WorkflowHistoryEntry {
  id: number;
  action: string;
  fromState: string;
  toState: string;
  actorUsername: string;
  actorRole: string;
  actorRegionCode: string;
  /** the actor's region may lie outside the viewer's subtree (the level above) */
  actorRegionName: string | null;
  comment: string | null;
  /** what the action carried besides its comment (its declared payload), null when nothing */
  payload: ActionPayload | null;
  /** the display names of the users its `user`/`users` fields name, by id (an account since removed is absent) */
  payloadUsers: Record<string, string>;
  at: string;
}
