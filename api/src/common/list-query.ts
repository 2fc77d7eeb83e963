import { BadRequestException } from '@nestjs/common';
import type { Response } from 'express';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { chinaDate, maskIdNumber, validateIdNumber } from '@yibao/shared';
import type { Actor } from './actor';

/**
 * The list contract of ARCHITECTURE §3 (Refine simple-rest), implemented once for every resource:
 * `_start/_end` window, `_sort/_order` (comma lists), filters `f=v` (repeat = IN), `f_ne`, `f_like`,
 * `f_gte`, `f_lte`, and `q` across the resource's search fields. Anything unknown is a 400.
 *
 * Scale (1M-row tables): every sort ends with the primary key, so the order is total and stable. Deep pages
 * cost what shallow ones do when the client gives a cursor, `_after=<id of the last row it has>` (then
 * `_start/_end` count from that row): the page is a seek `WHERE (sort…, id) > (that row's values)`, not an
 * OFFSET. Without a cursor, a deep `_start` reads only primary keys up to the offset (a deferred join; an index
 * holding the filter and sort columns makes that an index-only scan) and then loads the page's rows by key.
 * `X-Total-Count` is exact, except that a count which took longer than `listTuning.slowCountMs` is reused
 * for the same query (same filters and scope) for `listTuning.countTtlMs`: paging a million rows does not
 * recount them for every page.
 *
 * ID numbers (`type: 'idNumber'`): the hidden digits of a masked number must not be recoverable by asking
 * the list questions. Such a field matches only a whole, checksum-valid number (`f=<18 characters>`, or `q`
 * equal to one), or — in `q` — its last four characters together with a name (`张三 123X`); no `like`,
 * `ne`, ranges or sorting. Every whole-number lookup is handed to the reader's recorder (audit log and access
 * log) before the query runs, so a list with such a field needs the reader (`fetchList(…, actor)`).
 */
export type ListFieldType = 'string' | 'int' | 'boolean' | 'date' | 'idNumber';
export type FilterOperator = 'eq' | 'ne' | 'like' | 'gte' | 'lte';

export interface ListField {
  type: ListFieldType;
  /** column in the query builder's main alias (defaults to the field name), or `alias.column` of a join */
  column?: string;
  sortable?: boolean;
  /** operators allowed; default: eq/ne plus like for strings, gte/lte for ints and dates */
  operators?: FilterOperator[];
  /**
   * A computed filter (e.g. "late"): builds the condition for one equality value instead of comparing a
   * column. Such a field is filter-only (eq), never sortable.
   */
  where?: (value: string | number | boolean | Date, alias: string, param: string) => { sql: string; params: Record<string, unknown> };
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
}

export interface ListWindow {
  skip: number;
  take: number;
}

/** Tunables of the large-list paths (see the header comment); tests lower them to exercise those paths. */
export const listTuning = {
  /** from this `_start` on, page through primary keys first (deferred join) */
  deferredJoinFrom: 1000,
  /** a count slower than this is cached … */
  slowCountMs: 100,
  /** … for this long */
  countTtlMs: 15_000,
  /** entries kept in the count cache (and list queries with bookmarks) */
  countCacheSize: 500,
  /** a deep `_start` seeks from a bookmark at most this many rows above it */
  bookmarkReach: 2000,
  bookmarkTtlMs: 120_000,
};

/** A search or filter by a whole ID number: what the recorder writes (never the number itself). */
export interface FullIdLookup {
  resource: string;
  field: string;
  maskedIdNumber: string;
}

type FullIdLookupRecorder = (reader: Actor, lookup: FullIdLookup) => Promise<void>;
let fullIdLookupRecorder: FullIdLookupRecorder | undefined;

/** Installed once by the access-log module (common does not depend on platform). Returns the uninstaller. */
export function recordFullIdLookupsWith(recorder: FullIdLookupRecorder): () => void {
  fullIdLookupRecorder = recorder;
  return () => {
    if (fullIdLookupRecorder === recorder) fullIdLookupRecorder = undefined;
  };
}

/** One term of the ORDER BY: the SQL column (alias.property) and its direction. */
interface SortTerm {
  column: string;
  order: 'ASC' | 'DESC';
}

/** What applyListQuery decided, for fetchList's cursor, deferred join and count. */
interface ListPlan {
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

function bad(message: string, field: string): BadRequestException {
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
export function applyListQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
): SelectQueryBuilder<T> {
  const { window, lookups } = planList(qb, query, spec);
  if (lookups.length) throw new Error('applyListQuery: a whole-ID lookup must be recorded; use fetchList with the reader');
  return qb.offset(window.skip).limit(window.take);
}

/** Filters, search and sort onto `qb` (no window yet); returns the plan for the window. */
function planList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: Record<string, unknown>, spec: ListSpec): ListPlan {
  const alias = qb.alias;
  // search columns need not be filterable fields; an ID column must be declared `type: 'idNumber'` (never LIKE-searched)
  const col = (name: string) => {
    const column = fieldOf(spec, name)?.column ?? name;
    return column.includes('.') ? column : `${alias}.${column}`;
  };
  let n = 0;
  const param = () => `lq${n++}`;
  const lookups: FullIdLookup[] = [];
  const lookup = (field: string, id: string) => lookups.push({ resource: spec.resource ?? qb.expressionMap.mainAlias?.metadata?.tableName ?? alias, field, maskedIdNumber: maskIdNumber(id) });

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
    const operators = field.where || field.type === 'idNumber' ? ['eq'] : (field.operators ?? defaultOperators(field.type));
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
      const { sql, params } = field.where(coerce(single(value, key), field, key), alias, p);
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
  const sorts = query._sort === undefined ? [] : single(query._sort, '_sort').split(',').map((s) => s.trim());
  const orders = query._order === undefined ? [] : single(query._order, '_order').split(',').map((s) => s.trim().toUpperCase());
  if (sorts.length) {
    sorts.forEach((name, i) => {
      const field = fieldOf(spec, name);
      // an ID number never sorts: the order of the hidden digits is what it would reveal
      const sortable = (f: ListField | undefined) => f && f.sortable !== false && !f.where && f.type !== 'idNumber';
      if (!sortable(field)) {
        const allowed = Object.entries(spec.fields).filter(([, f]) => sortable(f)).map(([k]) => k);
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

/** `WHERE (sort…, pk) > (values…)` in the list's order, NULLs sorting first as on MySQL and SQLite. */
function seekAfter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, sort: SortTerm[], values: unknown[], inclusive = false): void {
  const params: Record<string, unknown> = {};
  const ors: string[] = [];
  sort.forEach((term, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      const p = `lqk${j}`;
      ands.push(values[j] === null ? `${sort[j].column} IS NULL` : `${sort[j].column} = :${p}`);
    }
    const p = `lqk${i}`;
    const v = values[i];
    // the last term is the primary key (never NULL): `inclusive` starts at the row itself
    const gt = inclusive && i === sort.length - 1 ? '>=' : '>';
    const lt = inclusive && i === sort.length - 1 ? '<=' : '<';
    if (term.order === 'ASC') ands.push(v === null ? `${term.column} IS NOT NULL` : `${term.column} ${gt} :${p}`);
    else if (v === null) return; // nothing sorts after NULL going down
    else ands.push(`(${term.column} ${lt} :${p} OR ${term.column} IS NULL)`);
    ors.push(ands.length > 1 ? `(${ands.join(' AND ')})` : ands[0]);
  });
  sort.forEach((_, j) => values[j] !== null && (params[`lqk${j}`] = values[j]));
  qb.andWhere(ors.length ? `(${ors.join(' OR ')})` : '1 = 0', params);
}

const countCache = new Map<string, { total: number; at: number }>();
const countsRunning = new Map<string, Promise<number>>();

/**
 * COUNT of the filtered list. A slow one is remembered for the same SQL and parameters: fresh for countTtlMs,
 * then served once more while it is recounted in the background (up to 4 × countTtlMs old), and concurrent
 * requests for the same count share one query.
 */
async function countList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<number> {
  const counter = qb.clone().orderBy().offset(undefined).limit(undefined).skip(undefined).take(undefined);
  const [sql, params] = counter.getQueryAndParameters();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const run = () => {
    let running = countsRunning.get(key);
    if (!running) {
      const t0 = Date.now();
      // joins may repeat rows: then TypeORM's COUNT(DISTINCT pk); a single table counts rows, which an index can answer
      running = (qb.expressionMap.joinAttributes.length ? counter.getCount() : counter.select('COUNT(*)', 'n').getRawOne<{ n: number | string }>().then((r) => Number(r?.n ?? 0)))
        .then((total) => {
          if (Date.now() - t0 >= listTuning.slowCountMs) {
            countCache.delete(key);
            countCache.set(key, { total, at: Date.now() });
            while (countCache.size > listTuning.countCacheSize) countCache.delete(countCache.keys().next().value!);
          }
          return total;
        })
        .finally(() => countsRunning.delete(key));
      countsRunning.set(key, running);
    }
    return running;
  };
  const hit = countCache.get(key);
  const age = hit ? Date.now() - hit.at : Infinity;
  if (hit && age < listTuning.countTtlMs) return hit.total;
  if (hit && age < 4 * listTuning.countTtlMs) {
    run().catch(() => undefined);
    return hit.total;
  }
  return run();
}

/**
 * Bookmarks for `_start` paging (Refine sends no cursor): for a list query (SQL and parameters without the
 * window), the sort values of the row at an offset, remembered from pages served. The next page, the same page
 * again or one a few pages on seeks from the nearest bookmark instead of counting the offset from the top.
 * Rows added or removed above a bookmark since it was taken shift the page by that many, as they would shift
 * any page between two requests; bookmarks are dropped after `bookmarkTtlMs`.
 */
const bookmarks = new Map<string, { at: number; marks: Map<number, { values: unknown[]; inclusive: boolean }> }>();

function rememberBookmark(key: string, offset: number, values: unknown[], inclusive: boolean): void {
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return; // dates and booleans: not round-tripped
  let entry = bookmarks.get(key);
  if (!entry || Date.now() - entry.at > listTuning.bookmarkTtlMs) entry = { at: Date.now(), marks: new Map() };
  bookmarks.delete(key);
  bookmarks.set(key, entry);
  entry.marks.set(offset, { values, inclusive });
  while (entry.marks.size > 64) entry.marks.delete(entry.marks.keys().next().value!);
  while (bookmarks.size > listTuning.countCacheSize) bookmarks.delete(bookmarks.keys().next().value!);
}

function nearestBookmark(key: string, offset: number): { offset: number; values: unknown[]; inclusive: boolean } | undefined {
  const entry = bookmarks.get(key);
  if (!entry || Date.now() - entry.at > listTuning.bookmarkTtlMs) return undefined;
  let best: { offset: number; values: unknown[]; inclusive: boolean } | undefined;
  for (const [at, mark] of entry.marks) {
    if (at <= offset && offset - at <= listTuning.bookmarkReach && (!best || at > best.offset)) best = { offset: at, ...mark };
  }
  return best;
}

/** Runs a list query; rows plus the total for `X-Total-Count`. */
export async function fetchList<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
  reader?: Actor,
): Promise<{ rows: T[]; total: number }> {
  const { window, sort, primaryKey, after, lookups } = planList(qb, query, spec);
  if (lookups.length) {
    // recorded before the rows are read: a lookup leaves its trace whether it finds someone or not
    if (!reader || !fullIdLookupRecorder) throw new Error('fetchList: a whole-ID lookup needs the reader and the access-log recorder');
    for (const l of lookups) await fullIdLookupRecorder(reader, l);
  }
  const alias = qb.alias;
  const count = countList(qb);
  count.catch(() => undefined); // awaited below; a failure must not be unhandled while the rows load
  const page = qb.clone();
  if (after !== undefined && primaryKey) {
    // the cursor row's sort values, read through the same scope and filters: a row the caller cannot list is unknown
    const lookup = qb.clone().orderBy().select(sort[0].column, 'lqv0');
    sort.slice(1).forEach((t, i) => lookup.addSelect(t.column, `lqv${i + 1}`));
    const cursor = await lookup
      .andWhere(`${alias}.${primaryKey} = :lqAfter`, { lqAfter: after })
      .limit(1)
      .getRawOne<Record<string, unknown>>();
    if (!cursor) throw bad('_after: no such row in this list (游标记录不存在或不在筛选结果中)', '_after');
    seekAfter(page, sort, sort.map((_, i) => cursor[`lqv${i}`] ?? null));
  }
  let rows: T[] | undefined;
  // sort values of a loaded row, when every sort column is a column of the main alias
  const props = sort.map((t) => (t.column.startsWith(`${alias}.`) ? t.column.slice(alias.length + 1) : null));
  const valuesOf = props.every((p) => p !== null) ? (row: T) => props.map((p) => (row as Record<string, unknown>)[p!] ?? null) : undefined;
  const deep = primaryKey !== undefined && window.skip >= listTuning.deferredJoinFrom && window.take > 0;
  const [pageSql, pageParams] = deep ? page.getQueryAndParameters() : ['', []];
  const key = `${pageSql}\u0000${JSON.stringify(pageParams)}`;
  if (deep && valuesOf) {
    const mark = nearestBookmark(key, window.skip);
    if (mark) {
      seekAfter(page, sort, [...mark.values], mark.inclusive);
      rows = await page.offset(window.skip - mark.offset).limit(window.take).getMany();
    } else {
      // nearer the end than the start: walk back from the end, in the reverse order (NULLs first going up = last going down)
      const total = await count;
      if (window.skip >= total) rows = [];
      else if (window.skip > total / 2) {
        const take = Math.min(window.take, total - window.skip);
        page.orderBy();
        for (const t of sort) page.addOrderBy(t.column, t.order === 'ASC' ? 'DESC' : 'ASC');
        rows = (await page.offset(total - window.skip - take).limit(take).getMany()).reverse();
      }
    }
  }
  if (!rows && deep) {
    // deferred join: walk the offset over primary keys only (index-only where an index holds the filters), then load the page
    const walk = page.clone().select(`${alias}.${primaryKey}`, 'lqpk').offset(window.skip).limit(window.take);
    if (sort.length === 1 && sort[0].column === `${alias}.${primaryKey}` && (await primaryKeyWalkIsCheaper(qb, window.skip, await count))) walk.useIndex('PRIMARY');
    const keys = (await walk.getRawMany<{ lqpk: unknown }>()).map((r) => r.lqpk);
    rows = keys.length ? await page.andWhere(`${alias}.${primaryKey} IN (:...lqKeys)`, { lqKeys: keys }).getMany() : [];
  }
  if (!rows) rows = await page.offset(window.skip).limit(window.take).getMany();
  if (deep && valuesOf && rows.length) {
    rememberBookmark(key, window.skip, valuesOf(rows[0]), true);
    rememberBookmark(key, window.skip + rows.length, valuesOf(rows[rows.length - 1]), false);
  }
  return { rows, total: await count };
}

/**
 * The list contract over a query without an entity (e.g. a UNION in a subquery): filters, sort, window and
 * count as `fetchList`, raw rows back; the spec's `uniqueKey` keeps equal sort values in one order.
 */
export async function fetchRawList<R extends ObjectLiteral>(qb: SelectQueryBuilder<R>, query: Record<string, unknown>, spec: ListSpec): Promise<{ rows: R[]; total: number }> {
  const { window, sort, lookups } = planList(qb, query, spec);
  if (lookups.length) throw new Error('fetchRawList: a whole-ID lookup must be recorded; use fetchList with the reader');
  const last = sort.length ? sort[sort.length - 1].order : 'ASC';
  for (const key of spec.uniqueKey ?? []) if (!sort.some((t) => t.column === `${qb.alias}.${key}`)) qb.addOrderBy(`${qb.alias}.${key}`, last);
  const count = countList(qb);
  count.catch(() => undefined); // awaited below
  const rows = await qb.clone().offset(window.skip).limit(window.take).getRawMany<R>();
  return { rows, total: await count };
}

const tableRowEstimates = new WeakMap<object, Map<string, { rows: number; at: number }>>();

/**
 * Whether a deep page sorted by the primary key is found faster by walking the primary key in order than
 * by the plan MySQL/MariaDB picks itself. For a wide scope (a province) it picks the region index range and
 * sorts every matching row — 2.7–4 s at 1M people for page 10,000, where the ordered walk reads
 * `skip ÷ density` rows (84 ms). Walking wins while that is fewer than the matching rows; for a narrow
 * scope (a county among millions) it would not, and the database's own plan stays. Table size is the
 * server's estimate, asked at most once a minute.
 */
async function primaryKeyWalkIsCheaper<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, total: number): Promise<boolean> {
  const type = qb.connection.options.type;
  if ((type !== 'mysql' && type !== 'mariadb') || total <= 0) return false;
  const table = qb.expressionMap.mainAlias!.metadata.tableName;
  const known = tableRowEstimates.get(qb.connection) ?? tableRowEstimates.set(qb.connection, new Map()).get(qb.connection)!;
  let estimate = known.get(table);
  if (!estimate || Date.now() - estimate.at > 60_000) {
    const [row] = await qb.connection.query('SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [table]);
    estimate = { rows: Number(row?.n ?? 0), at: Date.now() };
    known.set(table, estimate);
  }
  // rows the walk reads (skip ÷ density) against the rows any other plan must at least look at (total)
  // (an unknown estimate, 0 on a table the server has not sampled yet, counts as dense)
  return skip * Math.max(estimate.rows, total) < total * total;
}

export function setTotalCount(res: Response, total: number): void {
  res.setHeader('X-Total-Count', String(total));
}
