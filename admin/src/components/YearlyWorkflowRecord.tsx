import type { CrudSort } from '@refinedev/core';
import { WORKFLOWS } from '@yibao/shared';
import { Descriptions } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FilterSpec } from '../hooks/useListPage';
import { RegionLabel } from './RegionName';
import { WorkflowStateTag, useWorkflow } from './WorkflowStateTag';

/**
 * A record a region files once a year through a workflow (the parameter sets, the responsibility tables):
 * the list's region/year/state filters and order, the region/year/state facts its show and edit pages head
 * with. Texts come from `<prefix>.fields.region | year | state`.
 */
export interface YearlyWorkflowRecord {
  regionCode: string;
  regionName?: string | null;
  year: number;
  state: string;
}

/** The newest year first, then the regions in code order. */
export const YEARLY_SORT: CrudSort[] = [
  { field: 'year', order: 'desc' },
  { field: 'regionCode', order: 'asc' },
];

/** The list's region, year and state filters (the states of the resource's workflow). */
export function useYearlyFilters(resource: string, prefix: string): FilterSpec {
  const { stateLabel } = useWorkflow(resource);
  return {
    regionCode: { kind: 'region', label: `${prefix}.fields.region`, width: 200 },
    year: { kind: 'number', label: `${prefix}.fields.year`, width: 110 },
    state: {
      kind: 'eq',
      label: `${prefix}.fields.state`,
      width: 150,
      options: Object.keys(WORKFLOWS[resource]?.states ?? {}).map((s) => ({ value: s, label: stateLabel(s) })),
    },
  };
}

/**
 * Region, year and state of a record, as the show and edit pages head them: Descriptions items (a plain
 * function, not a component, because Descriptions reads its items from its direct children). `names` names a
 * region the record does not name itself.
 */
export function yearlyFacts(t: TFunction, resource: string, prefix: string, record: YearlyWorkflowRecord, names?: Map<string, string>): ReactNode[] {
  return [
    <Descriptions.Item key="region" label={t(`${prefix}.fields.region`)}>
      <RegionLabel name={record.regionName ?? names?.get(record.regionCode) ?? null} code={record.regionCode} />
    </Descriptions.Item>,
    <Descriptions.Item key="year" label={t(`${prefix}.fields.year`)}>
      {record.year}
    </Descriptions.Item>,
    <Descriptions.Item key="state" label={t(`${prefix}.fields.state`)}>
      <WorkflowStateTag resource={resource} state={record.state} />
    </Descriptions.Item>,
  ];
}
