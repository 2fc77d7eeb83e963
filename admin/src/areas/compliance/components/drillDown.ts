import type { CrudFilter } from '@refinedev/core';
import { listUrl } from '../../../components/listUrl';
import { regionSubtreeFilters } from '../../../components/RegionTreeSelect';

/**
 * The catalogue's drill-down (`{resource, filter}`, filled by the API for a cell) as the target list's URL, which the
 * list's `useListPage` reads back into its filters and sends to its API: the rows behind the cell's numerator.
 *
 * The catalogue writes its filters in words of its own (`settledFrom`, `dueTo`, `enrolled` …); each list takes them
 * under its own field names. This table is the one place that knows both: a `<word>From`/`<word>To` pair becomes the
 * list's date field with `gte`/`lte`, `regionCode` the region and its subtree (the lists' region filter) or the
 * region itself where a list takes only equality, anything else `field=value`. A date word a list has no field for
 * is left out (the list then shows a superset, never an error: an unknown filter is a 400).
 */
const DATE_FIELDS: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  settlements: { settled: 'settledOn' },
  'verification-tasks': { due: 'deadline' },
  'cost-warnings': { due: null },
  'rectification-items': { due: 'dueOn' },
  'reporting-tasks': { due: 'dueOn' },
  'fraud-clues': { received: 'receivedOn' },
  'fraud-suspicions': { created: null, due: 'dueOn' },
};

/** Lists whose region filter is equality only (their API refuses a code range). */
const REGION_EQUALS = new Set(['fraud-clues', 'fraud-suspicions']);

/** Words a list takes under another name or shape. */
const RENAMED: Readonly<Record<string, (value: string, filter: Readonly<Record<string, string>>) => CrudFilter[]>> = {
  // 应保未保: the not-enrolled of the year (beneficiaries list: enrolledIn / notEnrolledIn = year)
  'beneficiaries.enrolled': (v, f) => [{ field: v === 'true' ? 'enrolledIn' : 'notEnrolledIn', operator: 'eq', value: f.year }],
  'beneficiaries.year': () => [],
  // reported late: the task's onTime flag
  'reporting-tasks.late': (v) => [{ field: 'onTime', operator: 'eq', value: v === 'true' ? 'false' : 'true' }],
};

export function drillDownFilters(resource: string, filter: Readonly<Record<string, string>>): CrudFilter[] {
  const dates = DATE_FIELDS[resource] ?? {};
  return Object.entries(filter).flatMap(([word, value]): CrudFilter[] => {
    const renamed = RENAMED[`${resource}.${word}`];
    if (renamed) return renamed(value, filter);
    if (word === 'regionCode') return REGION_EQUALS.has(resource) ? [{ field: word, operator: 'eq', value }] : regionSubtreeFilters(word, value);
    const range = /^(.+)(From|To)$/.exec(word);
    if (range) {
      const field = Object.prototype.hasOwnProperty.call(dates, range[1]) ? dates[range[1]] : `${range[1]}On`;
      return field ? [{ field, operator: range[2] === 'From' ? 'gte' : 'lte', value }] : [];
    }
    return [{ field: word, operator: 'eq', value }];
  });
}

/** The list page of exactly the cell's numerator records. */
export function drillDownUrl(drillDown: { resource: string; filter: Readonly<Record<string, string>> }): string {
  return listUrl(`/${drillDown.resource}`, drillDownFilters(drillDown.resource, drillDown.filter));
}
