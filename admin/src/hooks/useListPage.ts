import { getDefaultSortOrder, useTable } from '@refinedev/antd';
import { type BaseRecord, type CrudFilter, type CrudSort, getDefaultFilter } from '@refinedev/core';
import type { FormProps, TableProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { regionFromSubtreeFilters, regionSubtreeFilters } from '../components/RegionTreeSelect';
import { TABLE_LAYOUT, tablePagination } from '../components/table';
import type { ApiError } from '../providers/http';

/**
 * How one filter of a list's filter card maps to the API's query:
 * - `eq`: `field=value` as chosen (a select);
 * - `text`: trimmed, empty → none (the `q` keyword);
 * - `contains`: trimmed, empty → none, matched as a part (`field_like`);
 * - `number`: a number input (a year);
 * - `region`: a region and its subtree as a code range (docs/decisions.md 16);
 * - `month`: a month picker → `YYYY-MM`;
 * - `dateRange`: a range picker → `field_gte` / `field_lte` (`YYYY-MM-DD`);
 * - `dateTimeRange`: a range picker with time → `field_gte` / `field_lte` (ISO instants).
 */
export type FilterKind = 'eq' | 'text' | 'contains' | 'number' | 'region' | 'month' | 'dateRange' | 'dateTimeRange';

/**
 * A form field that maps to the query in a page's own way (e.g. a status that decides which query field a
 * year goes to): its filters from its value (and the form's other values), and its value read back from the
 * URL's filters.
 */
export interface CustomFilter {
  toFilters: (value: unknown, values: Record<string, unknown>) => CrudFilter[];
  fromFilters: (filters: CrudFilter[]) => unknown;
}

/**
 * A filter as the filter card shows it, written once: how it maps to the query (`kind`) and how it is entered.
 * The card renders it from this (a text box, a select, a year, a region, a month or a date range by kind);
 * a field the card cannot draw stays a plain kind here and a Form.Item among the card's children.
 */
export interface FilterField {
  kind: FilterKind | CustomFilter;
  /** locale key of the label */
  label: string;
  /** a select's choices, their labels translated */
  options?: { value: string; label: string }[];
  /** locale key of the placeholder; selects, years, regions and months say 「全部」 without one */
  placeholder?: string;
  /** how a custom filter is entered (a plain kind decides this itself) */
  input?: FilterInput;
  width?: number;
}

/** A yes/no select's choices for a `true`/`false` filter. */
export const yesNoOptions = (yes: string, no: string) => [
  { value: 'true', label: yes },
  { value: 'false', label: no },
];

/** The control a filter is entered with. */
export type FilterInput = 'text' | 'select' | 'year' | 'region' | 'month' | 'dateRange' | 'dateTimeRange';

export type FilterSpec = Record<string, FilterKind | CustomFilter | FilterField>;

const isField = (entry: FilterSpec[string]): entry is FilterField => typeof entry === 'object' && 'label' in entry;
/** The query mapping of a spec entry, described or not. */
const kindOf = (entry: FilterSpec[string]): FilterKind | CustomFilter => (isField(entry) ? entry.kind : entry);

/** The control a described filter is entered with. */
export function filterInput(field: FilterField): FilterInput {
  if (field.input) return field.input;
  switch (field.kind) {
    case 'eq':
      return field.options ? 'select' : 'text';
    case 'number':
      return 'year';
    case 'region':
    case 'month':
    case 'dateRange':
    case 'dateTimeRange':
      return field.kind;
    case 'text':
    case 'contains':
      return 'text';
    default:
      return field.options ? 'select' : 'text';
  }
}

type RangeValue = [Dayjs | null, Dayjs | null] | null | undefined;

function toFilters(spec: FilterSpec, values: Record<string, unknown>): CrudFilter[] {
  return Object.entries(spec).flatMap(([field, entry]): CrudFilter[] => {
    const kind = kindOf(entry);
    const v = values[field];
    if (typeof kind === 'object') return kind.toFilters(v, values);
    switch (kind) {
      case 'text':
      case 'contains':
        return [{ field, operator: kind === 'text' ? 'eq' : 'contains', value: typeof v === 'string' ? v.trim() || undefined : undefined }];
      case 'number':
        return [{ field, operator: 'eq', value: v ?? undefined }];
      case 'region':
        return regionSubtreeFilters(field, v as string | undefined);
      case 'month':
        return [{ field, operator: 'eq', value: v ? (v as Dayjs).format('YYYY-MM') : undefined }];
      case 'dateRange':
      case 'dateTimeRange': {
        const [from, to] = (v as RangeValue) ?? [null, null];
        const format = (d: Dayjs | null) => (d ? (kind === 'dateRange' ? d.format('YYYY-MM-DD') : d.toISOString()) : undefined);
        return [
          { field, operator: 'gte', value: format(from) },
          { field, operator: 'lte', value: format(to) },
        ];
      }
      default:
        return [{ field, operator: 'eq', value: v }];
    }
  });
}

function toInitialValues(spec: FilterSpec, filters: CrudFilter[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(spec).map(([field, entry]) => {
      const kind = kindOf(entry);
      if (typeof kind === 'object') return [field, kind.fromFilters(filters)];
      switch (kind) {
        case 'contains':
          return [field, getDefaultFilter(field, filters, 'contains')];
        case 'region':
          return [field, regionFromSubtreeFilters(field, filters)];
        case 'number': {
          const v = getDefaultFilter(field, filters, 'eq');
          return [field, v === undefined || v === '' ? undefined : Number(v)];
        }
        case 'month': {
          const v = getDefaultFilter(field, filters, 'eq') as string | undefined;
          return [field, v ? dayjs(`${v}-01`) : undefined];
        }
        case 'dateRange':
        case 'dateTimeRange': {
          const from = getDefaultFilter(field, filters, 'gte') as string | undefined;
          const to = getDefaultFilter(field, filters, 'lte') as string | undefined;
          return [field, from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : undefined];
        }
        default:
          return [field, getDefaultFilter(field, filters, 'eq')];
      }
    }),
  );
}

export interface ListPageOptions {
  /** the filter card's fields and how each becomes a query filter */
  filters: FilterSpec;
  /** the order a list opens in; `false`: the API's own order, not re-sortable */
  sort?: CrudSort[] | false;
  /** filters a list opens with (e.g. open tasks only) */
  initialFilters?: CrudFilter[];
  pageSize?: number;
  /** e.g. a refetch interval while an import runs */
  refetchInterval?: number | false | ((rows: BaseRecord[] | undefined) => number | false);
  resource?: string;
}

/**
 * The setup every list page shares: Refine's `useTable` with filters, sort and page in the URL, the filter
 * card's form (its fields turned into query filters, and read back from the URL into the form), and the
 * table's pagination as staff expect it. Returns `filterCard` for <FilterCard> (the form and the described
 * fields it draws), `filterFormProps` for a page that draws its own form, `tableProps` for the
 * <Table>, and `sortOrder(field)` for a column's `defaultSortOrder`.
 */
export function useListPage<T extends BaseRecord>({ filters: spec, sort, initialFilters, pageSize = 20, refetchInterval, resource }: ListPageOptions) {
  const { t } = useTranslation();
  const table = useTable<T, ApiError, Record<string, unknown>>({
    resource,
    syncWithLocation: true,
    pagination: { pageSize },
    sorters: sort === false ? { mode: 'off' } : sort ? { initial: sort } : undefined,
    filters: initialFilters ? { initial: initialFilters } : undefined,
    onSearch: (values) => toFilters(spec, values),
    queryOptions:
      refetchInterval === undefined
        ? undefined
        : { refetchInterval: typeof refetchInterval === 'function' ? (q) => refetchInterval(q.state.data?.data as BaseRecord[] | undefined) : refetchInterval },
  });
  const { tableProps, searchFormProps, filters, sorters } = table;
  const initialValues = toInitialValues(spec, filters);
  // Refine's useTable copies each URL filter's raw value into the form field of the same name once, on mount:
  // a date range's ISO text in a date picker crashed the page (a reloaded or shared filtered link). Put back
  // the values read through the spec; this effect runs right after Refine's, before the form re-renders.
  useEffect(() => {
    searchFormProps.form?.setFieldsValue(initialValues as Parameters<NonNullable<typeof searchFormProps.form>['setFieldsValue']>[0]);
    // once, on mount, like Refine's
  }, []);
  const filterFormProps: FormProps = { ...searchFormProps, initialValues } as FormProps;
  const fields = Object.entries(spec).filter((e): e is [string, FilterField] => isField(e[1]));
  return {
    ...table,
    filterFormProps,
    /** for <FilterCard {...filterCard}>: the form, and the described fields it renders */
    filterCard: { formProps: filterFormProps, fields },
    tableProps: { ...TABLE_LAYOUT, ...tableProps, pagination: tablePagination(tableProps.pagination, t) } as TableProps<T>,
    sortOrder: (field: string) => getDefaultSortOrder(field, sorters),
  };
}
