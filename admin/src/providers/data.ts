import type { BaseRecord, CrudFilter, CrudSort, DataProvider, Pagination } from '@refinedev/core';
import { API_URL, type ApiError, apiFetch } from './http';

/**
 * The one data provider: Refine's simple-rest list contract (ARCHITECTURE §3) over `apiFetch`, which adds
 * the CSRF header on writes and maps errors (400 → field errors, 409 stale → reload, 5xx/network → notice).
 */

/** Biggest window the API serves in one request; used when a caller turns pagination off. */
const MAX_WINDOW = 1000;

function unsupported(what: string): ApiError {
  return { statusCode: 400, message: `unsupported filter: ${what}` };
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Refine filters → `field=v` (repeat = IN), `field_ne`, `field_like`, `field_gte`, `field_lte`; field `q` is full text. */
export function appendFilters(query: URLSearchParams, filters: CrudFilter[] = []): void {
  for (const filter of filters) {
    if (!('field' in filter)) throw unsupported(`${filter.operator} group`);
    const { field, operator, value } = filter;
    if (isEmpty(value)) continue;
    switch (operator) {
      case 'eq':
        query.append(field, String(value));
        break;
      case 'in':
        for (const v of value as unknown[]) query.append(field, String(v));
        break;
      case 'ne':
        query.append(`${field}_ne`, String(value));
        break;
      case 'contains':
        query.append(`${field}_like`, String(value));
        break;
      case 'gte':
      case 'lte':
        query.append(`${field}_${operator}`, String(value));
        break;
      case 'between': {
        const [from, to] = value as [unknown, unknown];
        if (!isEmpty(from)) query.append(`${field}_gte`, String(from));
        if (!isEmpty(to)) query.append(`${field}_lte`, String(to));
        break;
      }
      default:
        throw unsupported(`${field} ${operator}`);
    }
  }
}

function appendSorters(query: URLSearchParams, sorters: CrudSort[] = []): void {
  if (!sorters.length) return;
  query.set('_sort', sorters.map((s) => s.field).join(','));
  query.set('_order', sorters.map((s) => s.order).join(','));
}

function appendWindow(query: URLSearchParams, pagination: Pagination | undefined): void {
  if (pagination?.mode === 'off') {
    query.set('_start', '0');
    query.set('_end', String(MAX_WINDOW));
    return;
  }
  const page = pagination?.currentPage ?? 1;
  const size = pagination?.pageSize ?? 10;
  query.set('_start', String((page - 1) * size));
  query.set('_end', String(page * size));
}

const path = (resource: string, id?: string | number) => (id === undefined ? `/${resource}` : `/${resource}/${encodeURIComponent(String(id))}`);

export const dataProvider: DataProvider = {
  getApiUrl: () => API_URL,

  getList: async ({ resource, pagination, sorters, filters }) => {
    const query = new URLSearchParams();
    appendWindow(query, pagination);
    appendSorters(query, sorters);
    appendFilters(query, filters);
    const { data, headers } = await apiFetch<BaseRecord[]>(path(resource), { query });
    return { data: data as never[], total: Number(headers.get('X-Total-Count') ?? data.length) };
  },

  getMany: async ({ resource, ids }) => {
    const query = new URLSearchParams({ _start: '0', _end: String(ids.length) });
    for (const id of ids) query.append('id', String(id));
    const { data } = await apiFetch<BaseRecord[]>(path(resource), { query });
    return { data: data as never[] };
  },

  getOne: async ({ resource, id }) => {
    const { data } = await apiFetch<BaseRecord>(path(resource, id));
    return { data: data as never };
  },

  create: async ({ resource, variables }) => {
    const { data } = await apiFetch<BaseRecord>(path(resource), { method: 'POST', body: variables });
    return { data: data as never };
  },

  update: async ({ resource, id, variables }) => {
    const { data } = await apiFetch<BaseRecord>(path(resource, id), { method: 'PATCH', body: variables });
    return { data: data as never };
  },

  deleteOne: async ({ resource, id }) => {
    const { data } = await apiFetch<BaseRecord>(path(resource, id), { method: 'DELETE' });
    return { data: data as never };
  },

  /** Actions and reads off the CRUD grid: `/users/7/unlock`, `/regions/tree`, `/audit-logs/verify`. */
  custom: async ({ url, method, payload, query, filters, sorters }) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) if (!isEmpty(v)) qs.append(k, String(v));
    appendSorters(qs, sorters);
    appendFilters(qs, filters);
    const relative = url.startsWith(API_URL) ? url.slice(API_URL.length) : url;
    const verb = method.toUpperCase() as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
    const { data } = await apiFetch<BaseRecord>(relative, { method: verb, query: qs, body: verb === 'GET' ? undefined : (payload ?? {}) });
    return { data: data as never };
  },
};
