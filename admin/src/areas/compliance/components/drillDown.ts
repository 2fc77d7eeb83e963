import type { CrudFilter, LogicalFilter } from '@refinedev/core';
import { listUrl } from '../../../components/listUrl';

/**
 * The catalogue's drill-down (`{resource, filter}`, filled by the API for a cell) as the target list's URL. The
 * catalogue writes its filter in the target list's own query words (`scope`, `settledOn_gte`, `overdue` … — what the
 * computers' drill-down tests send to the list's API); the list page reads the URL's filters back (`useListPage`) and
 * the data provider turns them into exactly those words again (`field=v`, `field_gte`, `field_lte`, `field_ne`,
 * `field_like`), so the page asks its API the same question the tests asked. A field the list's filter card does not
 * show still goes with the request.
 */
const SUFFIXES: ReadonlyArray<[string, LogicalFilter['operator']]> = [
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_ne', 'ne'],
  ['_like', 'contains'],
];

export function drillDownFilters(filter: Readonly<Record<string, string>>): CrudFilter[] {
  return Object.entries(filter).map(([word, value]): CrudFilter => {
    const suffix = SUFFIXES.find(([s]) => word.endsWith(s) && word.length > s.length);
    return suffix ? { field: word.slice(0, -suffix[0].length), operator: suffix[1], value } : { field: word, operator: 'eq', value };
  });
}

/** The list page of the cell's records. */
export function drillDownUrl(drillDown: { resource: string; filter: Readonly<Record<string, string>> }): string {
  return listUrl(`/${drillDown.resource}`, drillDownFilters(drillDown.filter));
}
