import { BadRequestException } from '@nestjs/common';
import type { Response } from 'express';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * The list contract of ARCHITECTURE §3 (Refine simple-rest), implemented once for every resource:
 * `_start/_end` window, `_sort/_order` (comma lists), filters `f=v` (repeat = IN), `f_ne`, `f_like`,
 * `f_gte`, `f_lte`, and `q` across the resource's search fields. Anything unknown is a 400.
 */
export type ListFieldType = 'string' | 'int' | 'boolean' | 'date';
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
  /** columns searched by `q` (LIKE, OR-ed): fields, or other columns of the main alias */
  search?: string[];
  defaultSort: Array<[string, 'ASC' | 'DESC']>;
  /** the largest window one request may ask for */
  maxPageSize?: number;
}

export interface ListWindow {
  skip: number;
  take: number;
}

const RESERVED = new Set(['_start', '_end', '_sort', '_order', 'q']);
const SUFFIXES: FilterOperator[] = ['ne', 'like', 'gte', 'lte'];
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;
/** LIKE escape character that means the same on MySQL and SQLite. */
const LIKE_ESCAPE = '!';

function defaultOperators(type: ListFieldType): FilterOperator[] {
  switch (type) {
    case 'string':
      return ['eq', 'ne', 'like', 'gte', 'lte'];
    case 'int':
    case 'date':
      return ['eq', 'ne', 'gte', 'lte'];
    case 'boolean':
      return ['eq', 'ne'];
  }
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
  const alias = qb.alias;
  // search columns need not be filterable fields (an ID number is searchable by its digits, never filtered by value)
  const col = (name: string) => {
    const column = spec.fields[name]?.column ?? name;
    return column.includes('.') ? column : `${alias}.${column}`;
  };
  let n = 0;
  const param = () => `lq${n++}`;

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
    const field = spec.fields[name];
    if (!field) {
      throw bad(`${key}: unknown filter field (未知筛选字段); allowed: ${Object.keys(spec.fields).join(', ')}`, key);
    }
    const operators = field.where ? ['eq'] : (field.operators ?? defaultOperators(field.type));
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
      const ors = spec.search.map((f) => `${col(f)} LIKE :${p} ESCAPE '${LIKE_ESCAPE}'`).join(' OR ');
      qb.andWhere(`(${ors})`, { [p]: `%${escapeLike(q)}%` });
    }
  }

  const sorts = query._sort === undefined ? [] : single(query._sort, '_sort').split(',').map((s) => s.trim());
  const orders = query._order === undefined ? [] : single(query._order, '_order').split(',').map((s) => s.trim().toUpperCase());
  if (sorts.length) {
    sorts.forEach((name, i) => {
      const field = spec.fields[name];
      const sortable = (f: ListField | undefined) => f && f.sortable !== false && !f.where;
      if (!sortable(field)) {
        const allowed = Object.entries(spec.fields).filter(([, f]) => sortable(f)).map(([k]) => k);
        throw bad(`_sort: cannot sort by "${name}" (不支持按该字段排序); allowed: ${allowed.join(', ')}`, '_sort');
      }
      const order = orders[i] ?? 'ASC';
      if (order !== 'ASC' && order !== 'DESC') throw bad('_order: must be asc or desc (须为 asc 或 desc)', '_order');
      qb.addOrderBy(col(name), order);
    });
  } else {
    for (const [name, order] of spec.defaultSort) qb.addOrderBy(col(name), order);
  }

  const { skip, take } = parseWindow(query, spec);
  return qb.offset(skip).limit(take);
}

/** Runs a list query; rows plus the total for `X-Total-Count`. */
export async function fetchList<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: Record<string, unknown>,
  spec: ListSpec,
): Promise<{ rows: T[]; total: number }> {
  applyListQuery(qb, query, spec);
  const [rows, total] = await qb.getManyAndCount();
  return { rows, total };
}

export function setTotalCount(res: Response, total: number): void {
  res.setHeader('X-Total-Count', String(total));
}
