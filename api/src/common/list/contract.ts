import { BadRequestException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { chinaDate, isCalendarDate, maskIdNumber, parseCompliancePeriod, validateIdNumber, type CompliancePeriod } from '@yibao/shared';
import { dialectOf } from '../../database/data-source';
import type { Actor } from '../actor';

/**
 * The list contract's questions (see ./index.ts): what a list declares (ListSpec) and how a request's filters,
 * `q`, sort and window become conditions on a query builder, with the whole-ID rules. Paging and caches build on it.
 */
export type ListFieldType = 'string' | 'int' | 'boolean' | 'date' | 'idNumber';
export type FilterOperator = 'eq' | 'ne' | 'like' | 'gte' | 'lte';
/** The SQL dialect a list runs on (a computed filter's date arithmetic differs). */
export type ListDialect = 'sqlite' | 'mysql';

export interface ListField {
  type: ListFieldType;
  /** column in the query builder's main alias (defaults to the field name), or `alias.column` of a join */
  column?: string;
  sortable?: boolean;
  /** operators allowed; default: eq/ne plus like for strings, gte/lte for ints and dates */
  operators?: FilterOperator[];
  /**
   * A computed filter (e.g. "late"): builds the condition for one equality value instead of comparing a
   * column. Such a field is filter-only (eq), never sortable. `dialect` for a condition that needs date arithmetic
   * (the workflow's `dueSql`).
   */
  where?: (value: string | number | boolean | Date, alias: string, param: string, dialect: ListDialect) => { sql: string; params: Record<string, unknown> };
}

/**
 * A filter on the year of a `YYYY-MM-DD` text column (`birthYear`, a calendar's `year`): `LIKE 'YYYY-%'`, which
 * an index on the column serves. Filter-only (eq), like every computed field.
 */
export function yearOfDateColumn(column: string): ListField {
  return {
    type: 'int',
    where: (year, alias, p) => ({ sql: `${alias}.${column} LIKE :${p}`, params: { [p]: `${String(year).padStart(4, '0').slice(0, 4)}-%` } }),
  };
}

/**
 * A yes/no filter over a condition (`overdue=true`: the rows where it holds; `overdue=false`: the others, `NOT` it),
 * the condition built when the request runs (so "today" is the request's day). Filter-only (eq), like every computed
 * field.
 */
export function conditionFilter(
  condition: (alias: string, param: string, dialect: ListDialect) => { sql: string; params: Record<string, unknown> },
): ListField {
  return {
    type: 'boolean',
    where: (holds, alias, p, dialect) => {
      const c = condition(alias, p, dialect);
      return { sql: holds ? c.sql : `NOT ${c.sql}`, params: c.params };
    },
  };
}

/** A computed filter's China date (`YYYY-MM-DD`), or a 400 naming the field. */
export function listDate(value: unknown, field: string): string {
  if (!isCalendarDate(value)) throw bad(`${field}: 须为 YYYY-MM-DD 格式的日期 (a date such as 2026-10-01)`, field);
  return value;
}

/**
 * A filter on a timestamp column by China date (`createdFrom=2026-10-01`, `createdTo=2026-10-31`): from the start or
 * to the end of that day in China time (the column holds instants). Filter-only (eq), like every computed field.
 */
export function chinaDayOfTimestamp(column: string, bound: 'from' | 'to', field: string): ListField {
  return {
    type: 'string',
    where: (value, alias, p) => {
      const day = listDate(value, field);
      const instant = new Date(`${day}T${bound === 'from' ? '00:00:00.000' : '23:59:59.999'}+08:00`);
      return { sql: `${alias}.${column} ${bound === 'from' ? '>=' : '<='} :${p}`, params: { [p]: instant } };
    },
  };
}

/** A computed filter's period (`2026-10`, `2026-Q3` or `2026`), or a 400 naming the field. */
export function listPeriod(value: unknown, field: string): CompliancePeriod {
  const period = parseCompliancePeriod(value);
  if (!period) throw bad(`${field}: 须为月、季或年，如 2026-10、2026-Q3、2026 (a month, quarter or year)`, field);
  return period;
}

/** A computed filter's year (`2026`, within the periods' years), or a 400 naming the field. */
export function listYear(value: unknown, field: string): number {
  const period = parseCompliancePeriod(value);
  if (!period || period.kind !== 'year') throw bad(`${field}: 须为年份，如 2026 (a year such as 2026)`, field);
  return period.year;
}

/**
 * A filter whose records are decided in code before the query — a judgement SQL does not express (e.g. over each
 * record's workflow history, shared `stageSpans`), made once by its owner for the counts and the list alike. The
 * service resolves the request's value to the ids (`undefined` when the request does not use the filter) and builds
 * its spec with them; the condition is the main alias's `id IN` those. Filter-only (eq), like every computed field.
 */
export function decidedIdsFilter(field: string, ids: readonly number[] | undefined): ListField {
  return {
    type: 'string',
    where: (_value, alias, p) => {
      if (!ids) throw new Error(`list spec: ${field} is resolved by the list's service before the query`);
      return ids.length ? { sql: `${alias}.id IN (:...${p})`, params: { [p]: [...ids] } } : { sql: '1 = 0', params: {} };
    },
  };
}

export interface ListSpec {
  fields: Record<string, ListField>;
  /** the resource name written with full-ID lookups (needed when a field has type 'idNumber') */
  resource?: string;
  /** columns searched by `q` (LIKE, OR-ed): fields, or other columns of the main alias */
  search?: string[];
  defaultSort: Array<[string, 'ASC' | 'DESC']>;
  /** the largest window one request may ask for */
  maxPageSize?: number;
  /** for a list without an entity (`fetchRawList`): the columns that make a row unique, sorted last */
  uniqueKey?: string[];
  /**
   * every page, not only a deep one, first walks primary keys (the deferred join), then loads the page's rows: for a
   * list whose default order is an index that also holds its common filters, so the walk stays inside the index
   * instead of fetching each row it passes to test the filters (MariaDB does not push them into an index scan)
   */
  walkKeysFirst?: boolean;
}

export interface ListWindow {
  skip: number;
  take: number;
}

/** A search or filter by a whole ID number: what the recorder writes (never the number itself). */
export interface FullIdLookup {
  resource: string;
  field: string;
  maskedIdNumber: string;
}

/**
 * Where whole-ID lookups are recorded: provided by the access-log module (common does not import platform),
 * injected by each service whose list has an ID column, and passed to `fetchList` in the `ListReader`.
 */
export abstract class FullIdLookupLog {
  abstract recordFullIdLookup(reader: Actor, lookup: FullIdLookup): Promise<void>;
}

/** Who reads a list with an ID column, and where their whole-ID lookups are recorded. */
export interface ListReader {
  actor: Actor;
  lookups: FullIdLookupLog;
}

/** Hands each whole-ID lookup to the log before the query runs (a lookup leaves its trace whether it finds someone or not). */
export async function recordFullIdLookups(reader: ListReader | undefined, lookups: FullIdLookup[], caller: string): Promise<void> {
  if (!lookups.length) return;
  if (!reader) throw new Error(`${caller}: a whole-ID lookup needs the reader and the full-ID lookup log`);
  for (const l of lookups) await reader.lookups.recordFullIdLookup(reader.actor, l);
}

/** One term of the ORDER BY: the SQL column (alias.property) and its direction. */
export interface SortTerm {
  column: string;
  order: 'ASC' | 'DESC';
}

/** What applyListQuery decided, for fetchList's cursor, deferred join and count. */
export interface ListPlan {
  window: ListWindow;
  sort: SortTerm[];
  /** the primary key property, when the entity has exactly one */
  primaryKey?: string;
  after?: string;
  /** whole ID numbers asked for (to be recorded before the query runs) */
  lookups: FullIdLookup[];
}

const RESERVED = new Set(['_start', '_end', '_sort', '_order', '_after', 'q']);
const SUFFIXES: FilterOperator[] = ['ne', 'like', 'gte', 'lte'];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;
/** LIKE escape character that means the same on MySQL and SQLite. */
const LIKE_ESCAPE = '!';

/**
 * The spec's own field of that name: a filter or sort named `__proto__`, `constructor` or `toString` must not
 * find Object.prototype's members (that was a 500).
 */
function fieldOf(spec: ListSpec, name: string): ListField | undefined {
  return Object.prototype.hasOwnProperty.call(spec.fields, name) ? spec.fields[name] : undefined;
}

function defaultOperators(type: ListFieldType): FilterOperator[] {
  switch (type) {
    case 'string':
      return ['eq', 'ne', 'like', 'gte', 'lte'];
    case 'int':
    case 'date':
      return ['eq', 'ne', 'gte', 'lte'];
    case 'boolean':
      return ['eq', 'ne'];
    case 'idNumber':
      return ['eq'];
  }
}

/** The operators a field accepts: a computed field and an ID number only equality. */
export function operatorsOf(field: ListField): FilterOperator[] {
  return field.where || field.type === 'idNumber' ? ['eq'] : (field.operators ?? defaultOperators(field.type));
}

/** Whether `_sort` may name the field: an ID number never sorts (the order of the hidden digits is what it would reveal). */
export function isSortable(field: ListField | undefined): field is ListField {
  return !!field && field.sortable !== false && !field.where && field.type !== 'idNumber';
}

/** A whole, checksum-valid ID number (normalised), or null. */
function wholeIdNumber(raw: string): string | null {
  const id = validateIdNumber(raw, chinaDate(new Date()));
  return id.ok ? id.idNumber : null;
}

/** `张三 123X` / `123X 张三`: a name and an ID number's last four characters. */
function nameWithLastFour(q: string): { name: string; lastFour: string } | null {
  const parts = q.split(/\s+/);
  if (parts.length !== 2) return null;
  const i = parts.findIndex((p) => /^\d{3}[\dXx]$/.test(p));
  if (i < 0 || /^\d{3}[\dXx]$/.test(parts[1 - i])) return null;
  return { name: parts[1 - i], lastFour: parts[i].toUpperCase() };
}

export function bad(message: string, field: string): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: [message], details: [{ field, messages: [message] }] });
}

function single(value: unknown, key: string): string {
  if (Array.isArray(value)) throw bad(`${key}: give one value only (只能给出一个值)`, key);
  if (typeof value !== 'string') throw bad(`${key}: must be a plain value (格式不正确)`, key);
  return value;
}

function nonNegativeInt(value: unknown, key: string): number {
  const raw = single(value, key);
  if (!/^\d{1,9}$/.test(raw)) throw bad(`${key}: must be a non-negative integer (须为非负整数)`, key);
  return Number(raw);
}

export function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c);
}

function coerce(raw: string, field: ListField, key: string): string | number | boolean | Date {
  switch (field.type) {
    case 'string':
      if (raw.length > 200) throw bad(`${key}: at most 200 characters (不超过200字)`, key);
      return raw;
    case 'int':
      if (!/^-?\d{1,15}$/.test(raw)) throw bad(`${key}: must be an integer (须为整数)`, key);
      return Number(raw);
    case 'boolean':
      if (['true', '1'].includes(raw)) return true;
      if (['false', '0'].includes(raw)) return false;
      throw bad(`${key}: must be true or false (须为 true 或 false)`, key);
    case 'idNumber': {
      const id = wholeIdNumber(raw);
      if (!id) throw bad(`${key}: 须为完整且校验正确的18位身份证号 (a whole, valid ID number; partial matches are not offered)`, key);
      return id;
    }
    case 'date': {
      const d = new Date(raw);
      if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(d.getTime())) {
        throw bad(`${key}: must be an ISO date such as 2026-01-31 or 2026-01-31T08:00:00Z (须为ISO日期)`, key);
      }
      return d;
    }
  }
}

/** Reads the window only (for resources that build their rows in memory, e.g. a tree). */
export function parseWindow(query: Record<string, unknown>, spec: Pick<ListSpec, 'maxPageSize'>): ListWindow {
  const start = query._start === undefined ? 0 : nonNegativeInt(query._start, '_start');
  const end = query._end === undefined ? start + DEFAULT_PAGE_SIZE : nonNegativeInt(query._end, '_end');
  if (end < start) throw bad('_end: must not be smaller than _start (_end 不能小于 _start)', '_end');
  const max = spec.maxPageSize ?? MAX_PAGE_SIZE;
  if (end - start > max) throw bad(`_end: at most ${max} rows per request (每次最多 ${max} 行)`, '_end');
  return { skip: start, take: end - start };
}

/**
 * Applies filters, search, sort and window to `qb` (whose main alias holds the columns). Call after the
 * scope helper has restricted `qb`; never before, so a filter cannot widen the scope.
 */
export function applyListQuery<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: Record<string, unknown>, spec: ListSpec): SelectQueryBuilder<T> {
  const { window, lookups } = planList(qb, query, spec);
  if (lookups.length) throw new Error('applyListQuery: a whole-ID lookup must be recorded; use fetchList with the reader');
  return qb.offset(window.skip).limit(window.take);
}

/** Filters, search and sort onto `qb` (no window yet); returns the plan for the window. */
export function planList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: Record<string, unknown>, spec: ListSpec): ListPlan {
  const alias = qb.alias;
  // search columns need not be filterable fields; an ID column must be declared `type: 'idNumber'` (never LIKE-searched)
  const col = (name: string) => {
    const column = fieldOf(spec, name)?.column ?? name;
    return column.includes('.') ? column : `${alias}.${column}`;
  };
  let n = 0;
  const param = () => `lq${n++}`;
  const lookups: FullIdLookup[] = [];
  const lookup = (field: string, id: string) =>
    lookups.push({ resource: spec.resource ?? qb.expressionMap.mainAlias?.metadata?.tableName ?? alias, field, maskedIdNumber: maskIdNumber(id) });

  for (const [key, value] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    let name = key;
    let op: FilterOperator = 'eq';
    for (const suffix of SUFFIXES) {
      if (key.endsWith(`_${suffix}`)) {
        name = key.slice(0, -suffix.length - 1);
        op = suffix;
        break;
      }
    }
    const field = fieldOf(spec, name);
    if (!field) {
      throw bad(`${key}: unknown filter field (未知筛选字段); allowed: ${Object.keys(spec.fields).join(', ')}`, key);
    }
    const operators = operatorsOf(field);
    if (field.type === 'idNumber' && op !== 'eq') {
      throw bad(`${key}: 身份证号只能按完整号码精确查找 (an ID number matches whole only; no partial, range or exclusion filters)`, key);
    }
    if (!operators.includes(op)) {
      throw bad(`${key}: operator "${op}" is not supported on ${name} (该字段不支持此筛选方式)`, key);
    }
    const values = (Array.isArray(value) ? value : [value]).map((v) => {
      if (typeof v !== 'string') throw bad(`${key}: must be a plain value (格式不正确)`, key);
      return v;
    });
    if (values.length === 0) continue;
    const p = param();
    if (field.where) {
      const dialect: ListDialect = dialectOf(qb.connection);
      const { sql, params } = field.where(coerce(single(value, key), field, key), alias, p, dialect);
      qb.andWhere(sql, params);
    } else if (op === 'eq' || op === 'ne') {
      const coerced = values.map((v) => coerce(v, field, key));
      if (field.type === 'idNumber') coerced.forEach((id) => lookup(name, String(id)));
      if (coerced.length === 1) {
        qb.andWhere(`${col(name)} ${op === 'eq' ? '=' : '<>'} :${p}`, { [p]: coerced[0] });
      } else {
        qb.andWhere(`${col(name)} ${op === 'eq' ? 'IN' : 'NOT IN'} (:...${p})`, { [p]: coerced });
      }
    } else if (op === 'like') {
      const v = single(value, key);
      qb.andWhere(`${col(name)} LIKE :${p} ESCAPE '${LIKE_ESCAPE}'`, { [p]: `%${escapeLike(String(coerce(v, field, key)))}%` });
    } else {
      const v = coerce(single(value, key), field, key);
      qb.andWhere(`${col(name)} ${op === 'gte' ? '>=' : '<='} :${p}`, { [p]: v });
    }
  }

  if (query.q !== undefined) {
    const q = single(query.q, 'q').trim();
    if (!spec.search?.length) throw bad('q: this list has no full-text search (此列表不支持关键字搜索)', 'q');
    if (q.length > 100) throw bad('q: at most 100 characters (不超过100字)', 'q');
    if (q) {
      const p = param();
      const isId = (f: string) => spec.fields[f]?.type === 'idNumber';
      const undeclared = spec.search.find((f) => !isId(f) && /idnumber/i.test(f));
      if (undeclared) throw new Error(`list spec: search column ${undeclared} holds ID numbers; declare it as a field of type 'idNumber'`);
      const text = spec.search.filter((f) => !isId(f));
      const ids = spec.search.filter(isId);
      const whole = ids.length ? wholeIdNumber(q) : null;
      const named = ids.length && !whole ? nameWithLastFour(q) : null;
      if (whole) {
        // a whole number matches exactly, and the lookup is recorded
        ids.forEach((f) => lookup(f, whole));
        qb.andWhere(`(${ids.map((f) => `${col(f)} = :${p}`).join(' OR ')})`, { [p]: whole });
      } else if (named && text.length) {
        // the last four are shown in the masked number anyway; with a name they narrow, never reveal
        const ors = text.map((f) => `${col(f)} LIKE :${p} ESCAPE '${LIKE_ESCAPE}'`).join(' OR ');
        const ends = ids.map((f) => `${col(f)} LIKE :${p}e ESCAPE '${LIKE_ESCAPE}'`).join(' OR ');
        qb.andWhere(`(${ors}) AND (${ends})`, { [p]: `%${escapeLike(named.name)}%`, [`${p}e`]: `%${escapeLike(named.lastFour)}` });
      } else if (text.length) {
        // partial digits never search an ID column: that would reveal the hidden ones digit by digit
        const ors = text.map((f) => `${col(f)} LIKE :${p} ESCAPE '${LIKE_ESCAPE}'`).join(' OR ');
        qb.andWhere(`(${ors})`, { [p]: `%${escapeLike(q)}%` });
      } else {
        qb.andWhere('1 = 0');
      }
    }
  }

  const sort: SortTerm[] = [];
  const sorts =
    query._sort === undefined
      ? []
      : single(query._sort, '_sort')
          .split(',')
          .map((s) => s.trim());
  const orders =
    query._order === undefined
      ? []
      : single(query._order, '_order')
          .split(',')
          .map((s) => s.trim().toUpperCase());
  if (sorts.length) {
    sorts.forEach((name, i) => {
      const field = fieldOf(spec, name);
      if (!isSortable(field)) {
        const allowed = Object.entries(spec.fields)
          .filter(([, f]) => isSortable(f))
          .map(([k]) => k);
        throw bad(`_sort: cannot sort by "${name}" (不支持按该字段排序); allowed: ${allowed.join(', ')}`, '_sort');
      }
      const order = orders[i] ?? 'ASC';
      if (order !== 'ASC' && order !== 'DESC') throw bad('_order: must be asc or desc (须为 asc 或 desc)', '_order');
      sort.push({ column: col(name), order });
    });
  } else {
    for (const [name, order] of spec.defaultSort) sort.push({ column: col(name), order });
  }
  // the primary key last, in the direction of the last term (one index scan), so equal values keep one order
  const primary = qb.expressionMap.mainAlias?.hasMetadata ? qb.expressionMap.mainAlias.metadata.primaryColumns : [];
  const primaryKey = primary.length === 1 ? primary[0].propertyName : undefined;
  if (primaryKey && !sort.some((t) => t.column === `${alias}.${primaryKey}`)) {
    sort.push({ column: `${alias}.${primaryKey}`, order: sort.length ? sort[sort.length - 1].order : 'ASC' });
  }
  for (const t of sort) qb.addOrderBy(t.column, t.order);

  let after: string | undefined;
  if (query._after !== undefined) {
    after = single(query._after, '_after');
    if (!primaryKey) throw bad('_after: this list has no cursor paging (此列表不支持游标分页)', '_after');
    if (!/^[\w-]{1,64}$/.test(after)) throw bad('_after: must be the id of a row (须为记录编号)', '_after');
  }
  return { window: parseWindow(query, spec), sort, primaryKey, after, lookups };
}
