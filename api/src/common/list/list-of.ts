import { applyDecorators, CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { DEFAULT_PAGE_SIZE, FilterOperator, isSortable, ListField, ListFieldType, ListSpec, MAX_PAGE_SIZE, operatorsOf } from './contract';

/** What a list endpoint's service returns: one page of rows and the total for `X-Total-Count`. */
export interface ListPage<T> {
  rows: T[];
  total: number;
}

/** Answers a `ListPage` as its rows, with the total in `X-Total-Count` (the header Refine's simple-rest reads). */
@Injectable()
export class TotalCountInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((page: ListPage<unknown>) => {
        context.switchToHttp().getResponse<Response>().setHeader('X-Total-Count', String(page.total));
        return page.rows;
      }),
    );
  }
}

const SCHEMA: Record<ListFieldType, { type: 'string' | 'integer' | 'boolean'; format?: string }> = {
  string: { type: 'string' },
  int: { type: 'integer' },
  boolean: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  idNumber: { type: 'string' },
};

const OPERATOR_DOCS: Record<FilterOperator, string> = {
  eq: '等于 (equals; repeat the parameter for any of several values)',
  ne: '不等于 (not equal; repeat for none of several values)',
  like: '包含 (contains)',
  gte: '不小于 (at least)',
  lte: '不大于 (at most)',
};

function filterParameters(name: string, field: ListField) {
  return operatorsOf(field).map((op) =>
    ApiQuery({
      name: op === 'eq' ? name : `${name}_${op}`,
      required: false,
      schema: SCHEMA[field.type],
      description:
        field.type === 'idNumber'
          ? '完整且校验正确的18位身份证号，精确查找并记入审计 (a whole, valid ID number; exact, audited)'
          : field.where
            ? '计算条件 (a computed condition)'
            : OPERATOR_DOCS[op],
    }),
  );
}

/**
 * The list half of a list route's summary, from its spec so it cannot drift: the filters, what `q` searches and
 * the sortable fields (each filter's operators are in its parameters).
 */
export function listSummary(spec: ListSpec): string {
  const sortable = Object.entries(spec.fields)
    .filter(([, f]) => isSortable(f))
    .map(([k]) => k);
  const filters = Object.entries(spec.fields)
    .filter(([, f]) => operatorsOf(f).length)
    .map(([k]) => k);
  return [
    `filters: ${filters.join(', ')}`,
    ...(spec.search?.length ? [`q: ${spec.search.join(', ')}`] : []),
    ...(sortable.length ? [`sort: ${sortable.join(', ')}`] : []),
    'X-Total-Count',
  ].join('; ');
}

/**
 * The one route decorator of a list endpoint (ARCHITECTURE §3): the summary (`what` the list is, then
 * `listSummary`), the spec's query parameters in OpenAPI (window, sort, `q`, every filter with its operators) and
 * the answer — the handler returns `{rows, total}` (a `ListPage`), the client gets the rows with `X-Total-Count`.
 * The parameters themselves are checked by the spec at run time.
 */
export function ListOf(spec: ListSpec, what: string) {
  const max = spec.maxPageSize ?? MAX_PAGE_SIZE;
  const sortable = Object.entries(spec.fields)
    .filter(([, f]) => isSortable(f))
    .map(([k]) => k);
  return applyDecorators(
    ApiOperation({ summary: `${what} — ${listSummary(spec)}` }),
    UseInterceptors(TotalCountInterceptor),
    ApiOkResponse({
      description: '一页记录 (one page of rows)',
      headers: { 'X-Total-Count': { description: '符合条件的总数 (rows matching the filters)', schema: { type: 'integer' } } },
    }),
    ApiQuery({ name: '_start', required: false, schema: { type: 'integer', minimum: 0, default: 0 }, description: '窗口起点 (first row, 0-based)' }),
    ApiQuery({
      name: '_end',
      required: false,
      schema: { type: 'integer', minimum: 0 },
      description: `窗口终点，不含 (end, exclusive; default _start + ${DEFAULT_PAGE_SIZE}, at most ${max} rows)`,
    }),
    ApiQuery({ name: '_sort', required: false, schema: { type: 'string' }, description: `排序字段，逗号分隔 (comma list of: ${sortable.join(', ')})` }),
    ApiQuery({
      name: '_order',
      required: false,
      schema: { type: 'string', example: 'asc' },
      description: 'asc / desc, 逗号分隔，与 _sort 对应 (one per _sort field)',
    }),
    ...(spec.uniqueKey
      ? []
      : [
          ApiQuery({
            name: '_after',
            required: false,
            schema: { type: 'string' },
            description: '游标：上一页最后一行的 id (cursor: id of the last row already read)',
          }),
        ]),
    ...(spec.search?.length ? [ApiQuery({ name: 'q', required: false, schema: { type: 'string', maxLength: 100 }, description: '关键字搜索 (search)' })] : []),
    ...Object.entries(spec.fields).flatMap(([name, field]) => filterParameters(name, field)),
  );
}
